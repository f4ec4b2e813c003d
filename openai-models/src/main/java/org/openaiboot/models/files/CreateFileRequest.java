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
 * @param purpose what the file is for: any {@link Purpose} but the ones that mark files
 * the API produced
 * @param expiresAfter when the file is deleted on its own; sent as the form fields
 * {@code expires_after[anchor]} and {@code expires_after[seconds]}
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFileRequest(@JsonProperty("purpose") Purpose purpose,
		@JsonProperty("expires_after") @Nullable ExpiresAfter expiresAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the file content (required, binary). */
	public static final String FILE_FIELD = "file";

	private static final Set<Purpose> OUTPUT_PURPOSES = Set.of(Purpose.FINE_TUNE_RESULTS, Purpose.ASSISTANTS_OUTPUT,
			Purpose.BATCH_OUTPUT);

	public CreateFileRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request without an expiry, as in version 2.0.0 of the API.
	 * @param purpose what the file is for
	 * @param additionalProperties form fields this version of the type does not know
	 */
	public CreateFileRequest(Purpose purpose, Map<String, @Nullable Object> additionalProperties) {
		this(purpose, null, additionalProperties);
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
		return new Builder().purpose(this.purpose)
			.expiresAfter(this.expiresAfter)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateFileRequest}; {@link #build()} checks the purpose and the
	 * expiry. The file content itself is given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable Purpose purpose;

		private @Nullable ExpiresAfter expiresAfter;

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

		public Builder expiresAfter(@Nullable ExpiresAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
			return this;
		}

		/**
		 * Delete the file this many seconds after its upload.
		 * @param seconds from 3600 (one hour) to 2592000 (30 days)
		 * @return this builder
		 */
		public Builder expiresAfterSeconds(long seconds) {
			return expiresAfter(ExpiresAfter.ofSeconds(seconds));
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
				throw new ValidationException("purpose",
						"must be one of fine-tune, assistants, batch, vision, user_data, evals for an upload",
						this.purpose.value());
			}
			if (this.expiresAfter != null) {
				Validate.required(this.expiresAfter.anchor(), "expires_after.anchor");
				Validate.range(this.expiresAfter.seconds(), "expires_after.seconds", ExpiresAfter.SECONDS_MIN,
						ExpiresAfter.SECONDS_MAX);
			}
			return new CreateFileRequest(this.purpose, this.expiresAfter, this.additionalProperties);
		}

	}

	/**
	 * When an uploaded file is deleted on its own: a number of seconds after an anchor
	 * time (today only the upload time).
	 *
	 * @param anchor the time the seconds count from: {@link #CREATED_AT}
	 * @param seconds how long after the anchor, from 3600 (one hour) to 2592000 (30 days)
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ExpiresAfter(@JsonProperty("anchor") String anchor, @JsonProperty("seconds") long seconds,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** The anchor of the upload time. */
		public static final String CREATED_AT = "created_at";

		/** The shortest expiry, one hour. */
		public static final long SECONDS_MIN = 3600;

		/** The longest expiry, 30 days. */
		public static final long SECONDS_MAX = 2592000;

		public ExpiresAfter {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * An expiry counted from the upload.
		 * @param seconds how long after the upload
		 * @return the expiry
		 */
		public static ExpiresAfter ofSeconds(long seconds) {
			return new ExpiresAfter(CREATED_AT, seconds, Map.of());
		}

	}

}
