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
 * An image the code interpreter produced, stored as a file.
 *
 * @param image the file that holds the image
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsToolCallsCodeOutputImageObject(@JsonProperty("image") Image image,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements RunStepDetailsToolCallsCodeOutput {

	/** The discriminator of this output. */
	public static final String TYPE = "image";

	public RunStepDetailsToolCallsCodeOutputImageObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsToolCallsCodeOutputImageObject(Image image) {
		this(image, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * Points at the file of the image.
	 *
	 * @param fileId the id of the file that holds the image
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Image(@JsonProperty("file_id") String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Image {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public Image(String fileId) {
			this(fileId, Map.of());
		}

	}

}
