package org.openaiboot.models.assistants;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * The body of a request that attaches an uploaded file to an assistant.
 *
 * @param fileId the ID of a file uploaded with the purpose {@code assistants}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAssistantFileRequest(@JsonProperty("file_id") String fileId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateAssistantFileRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request that attaches the given file.
	 * @param fileId the file's ID
	 * @return the request
	 */
	public static CreateAssistantFileRequest of(String fileId) {
		return builder().fileId(fileId).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().fileId(this.fileId).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateAssistantFileRequest}; {@link #build()} requires the file ID.
	 */
	public static final class Builder {

		private @Nullable String fileId;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
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

		public CreateAssistantFileRequest build() {
			String fileId = Validate.requiredText(this.fileId, "file_id");
			return new CreateAssistantFileRequest(fileId, this.additionalProperties);
		}

	}

}
