package org.openaiboot.models.files;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.files.OpenAIFile.Purpose;

/**
 * A request to upload a file, sent as {@code multipart/form-data}.
 * <p>
 * This record holds the text fields of the form only. The file content (required; JSONL
 * for fine-tuning) is a binary part that the client takes separately and sends under the
 * part name {@link #FILE_FIELD}.
 *
 * @param purpose what the file is for: {@link Purpose#FINE_TUNE} or
 * {@link Purpose#ASSISTANTS}
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFileRequest(@JsonProperty("purpose") Purpose purpose,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the file content (required, binary). */
	public static final String FILE_FIELD = "file";

	private static final Set<Purpose> OUTPUT_PURPOSES = Set.of(Purpose.FINE_TUNE_RESULTS, Purpose.ASSISTANTS_OUTPUT);

	public CreateFileRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the given purpose.
	 * @param purpose what the file is for
	 * @return the request
	 */
	public static CreateFileRequest of(Purpose purpose) {
		return builder().purpose(purpose).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().purpose(this.purpose).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateFileRequest}; {@link #build()} checks the purpose. The file
	 * content itself is given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable Purpose purpose;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder purpose(@Nullable Purpose purpose) {
			this.purpose = purpose;
			return this;
		}

		public Builder purpose(@Nullable String purpose) {
			return purpose((purpose != null) ? Purpose.of(purpose) : null);
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public CreateFileRequest build() {
			Validate.required(this.purpose, "purpose");
			if (OUTPUT_PURPOSES.contains(this.purpose)) {
				throw new ValidationException("purpose", "must be one of fine-tune, assistants for an upload",
						this.purpose.value());
			}
			return new CreateFileRequest(this.purpose, this.additionalProperties);
		}

	}

}
