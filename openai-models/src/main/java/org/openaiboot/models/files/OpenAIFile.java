package org.openaiboot.models.files;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A file stored at OpenAI (the {@code OpenAIFile} schema), either uploaded or produced by
 * the API, such as the results of a fine-tuning job.
 * <p>
 * {@code status} and {@code status_details} are deprecated. Although the schema lists
 * {@code status} as required, the API's own examples leave it out, so it is
 * {@code @Nullable} here.
 *
 * @param id the file id, such as {@code file-abc123}, used to refer to it elsewhere
 * @param object always {@code file}
 * @param bytes the size of the file in bytes
 * @param createdAt when the file was created, in Unix seconds
 * @param expiresAt when the file will be deleted, in Unix seconds, if it expires
 * @param filename the name the file was uploaded with
 * @param purpose what the file is for
 * @param status where the file is in its processing; deprecated
 * @param statusDetails why a fine-tuning training file failed validation; deprecated in
 * favour of the error of the fine-tuning job
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenAIFile(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("bytes") int bytes, @JsonProperty("created_at") long createdAt,
		@JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("filename") String filename, @JsonProperty("purpose") Purpose purpose,
		@JsonProperty("status") @Nullable Status status, @JsonProperty("status_details") @Nullable String statusDetails,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a file. */
	public static final String OBJECT = "file";

	public OpenAIFile {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public OpenAIFile(String id, int bytes, long createdAt, String filename, Purpose purpose) {
		this(id, OBJECT, bytes, createdAt, null, filename, purpose, null, null, Map.of());
	}

	/**
	 * A file without an expiry, with the members of version 2.0.0 of the API.
	 * @param id the file id
	 * @param object always {@code file}
	 * @param bytes the size in bytes
	 * @param createdAt when the file was created, in Unix seconds
	 * @param filename the name the file was uploaded with
	 * @param purpose what the file is for
	 * @param status where the file is in its processing
	 * @param statusDetails why validation failed
	 * @param additionalProperties members this version of the type does not know
	 */
	public OpenAIFile(String id, String object, int bytes, long createdAt, String filename, Purpose purpose,
			@Nullable Status status, @Nullable String statusDetails,
			Map<String, @Nullable Object> additionalProperties) {
		this(id, object, bytes, createdAt, null, filename, purpose, status, statusDetails, additionalProperties);
	}

	/**
	 * What a file is for. The same values serve as the {@code purpose} filter of the list
	 * operation. {@link #FINE_TUNE_RESULTS}, {@link #ASSISTANTS_OUTPUT} and
	 * {@link #BATCH_OUTPUT} mark files the API produced and cannot be given to an upload;
	 * the others can.
	 *
	 * @param value the wire value
	 */
	public record Purpose(@JsonValue String value) {

		/** Training or validation data for fine-tuning, in JSONL. */
		public static final Purpose FINE_TUNE = new Purpose("fine-tune");

		/** The results a fine-tuning job wrote. */
		public static final Purpose FINE_TUNE_RESULTS = new Purpose("fine-tune-results");

		/** A file for assistants and messages to use. */
		public static final Purpose ASSISTANTS = new Purpose("assistants");

		/** A file an assistant wrote, such as a chart from the code interpreter. */
		public static final Purpose ASSISTANTS_OUTPUT = new Purpose("assistants_output");

		/** The requests of a batch, in JSONL. */
		public static final Purpose BATCH = new Purpose("batch");

		/** The results a batch wrote. */
		public static final Purpose BATCH_OUTPUT = new Purpose("batch_output");

		/** An image for a model to look at. */
		public static final Purpose VISION = new Purpose("vision");

		/** Any file for a model to read as input. */
		public static final Purpose USER_DATA = new Purpose("user_data");

		/** The data of an evaluation. */
		public static final Purpose EVALS = new Purpose("evals");

		public Purpose {
			Validate.required(value, "purpose");
		}

		@JsonCreator
		public static Purpose of(String value) {
			return new Purpose(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Where a file is in its processing (deprecated by the API).
	 *
	 * @param value the wire value
	 */
	public record Status(@JsonValue String value) {

		/** Received, not yet processed. */
		public static final Status UPLOADED = new Status("uploaded");

		/** Processed and ready to use. */
		public static final Status PROCESSED = new Status("processed");

		/** Processing failed. */
		public static final Status ERROR = new Status("error");

		public Status {
			Validate.required(value, "status");
		}

		@JsonCreator
		public static Status of(String value) {
			return new Status(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
