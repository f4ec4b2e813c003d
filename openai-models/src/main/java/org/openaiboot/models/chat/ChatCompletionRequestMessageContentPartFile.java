package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * A file part of a user message, such as a PDF: an uploaded file by its id, or the file's
 * content in the request.
 *
 * @param file the file
 * @param promptCacheBreakpoint marks this part as the end of a prefix to cache
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ChatCompletionRequestMessageContentPartFile(@JsonProperty("file") File file,
		@JsonProperty("prompt_cache_breakpoint") @Nullable PromptCacheBreakpoint promptCacheBreakpoint,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessageContentPart {

	/** The discriminator of this part. */
	public static final String TYPE = "file";

	public ChatCompletionRequestMessageContentPartFile {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a part for an uploaded file.
	 * @param fileId the id of the uploaded file
	 * @return the part
	 */
	public static ChatCompletionRequestMessageContentPartFile ofFileId(String fileId) {
		return builder().file(new File(null, null, fileId, Map.of())).build();
	}

	/**
	 * Create a part with the file's content in the request.
	 * @param filename the file's name
	 * @param fileData the file's content, Base64 encoded (as a {@code data:} URL)
	 * @return the part
	 */
	public static ChatCompletionRequestMessageContentPartFile ofData(String filename, String fileData) {
		return builder().file(new File(filename, fileData, null, Map.of())).build();
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().file(this.file)
			.promptCacheBreakpoint(this.promptCacheBreakpoint)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartFile}; {@link #build()}
	 * requires the file, given by its id or by its data.
	 */
	public static final class Builder {

		private @Nullable File file;

		private @Nullable PromptCacheBreakpoint promptCacheBreakpoint;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder file(@Nullable File file) {
			this.file = file;
			return this;
		}

		public Builder promptCacheBreakpoint(@Nullable PromptCacheBreakpoint promptCacheBreakpoint) {
			this.promptCacheBreakpoint = promptCacheBreakpoint;
			return this;
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public ChatCompletionRequestMessageContentPartFile build() {
			File file = Validate.required(this.file, "file");
			if (file.fileId() == null && file.fileData() == null) {
				throw new ValidationException("file", "needs file_id or file_data", null);
			}
			return new ChatCompletionRequestMessageContentPartFile(file, this.promptCacheBreakpoint,
					this.additionalProperties);
		}

	}

	/**
	 * The file of a file part.
	 *
	 * @param filename the file's name, when its data is sent
	 * @param fileData the file's content, Base64 encoded
	 * @param fileId the id of an uploaded file
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record File(@JsonProperty("filename") @Nullable String filename,
			@JsonProperty("file_data") @Nullable String fileData, @JsonProperty("file_id") @Nullable String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public File {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
