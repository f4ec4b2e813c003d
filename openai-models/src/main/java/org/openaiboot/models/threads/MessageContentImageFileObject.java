package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A content part of a message that shows an image stored as a file
 * ({@code "type": "image_file"}).
 *
 * @param imageFile the file that holds the image
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageContentImageFileObject(@JsonProperty("image_file") ImageFile imageFile,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements MessageContent {

	/** The discriminator of this variant. */
	public static final String TYPE = "image_file";

	public MessageContentImageFileObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public MessageContentImageFileObject(ImageFile imageFile) {
		this(imageFile, Map.of());
	}

	/**
	 * Create an image part for the given file.
	 * @param fileId the ID of the file that holds the image
	 * @return the content part
	 */
	public static MessageContentImageFileObject of(String fileId) {
		return new MessageContentImageFileObject(new ImageFile(fileId));
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * Points at the file of the image.
	 *
	 * @param fileId the ID of the file
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ImageFile(@JsonProperty("file_id") String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public ImageFile {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public ImageFile(String fileId) {
			this(fileId, Map.of());
		}

	}

}
