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
 * An annotation that points at a file the code interpreter tool wrote
 * ({@code "type": "file_path"}).
 *
 * @param text the span of the message text that the link replaces
 * @param filePath the file that was written
 * @param startIndex where the span starts in the message text
 * @param endIndex where the span ends in the message text
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageContentTextAnnotationsFilePathObject(@JsonProperty("text") String text,
		@JsonProperty("file_path") FilePath filePath, @JsonProperty("start_index") int startIndex,
		@JsonProperty("end_index") int endIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements MessageContentTextAnnotation {

	/** The discriminator of this variant. */
	public static final String TYPE = "file_path";

	public MessageContentTextAnnotationsFilePathObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public MessageContentTextAnnotationsFilePathObject(String text, FilePath filePath, int startIndex,
			int endIndex) {
		this(text, filePath, startIndex, endIndex, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * The file a tool wrote.
	 *
	 * @param fileId the ID of the file
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FilePath(@JsonProperty("file_id") String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public FilePath {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public FilePath(String fileId) {
			this(fileId, Map.of());
		}

	}

}
