package org.openaiboot.models.threads;

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
 * One step of a run: a message the assistant wrote, or tool calls it made.
 * <p>
 * Members that the API always sends but that may be {@code null} (the error, the end
 * timestamps, the metadata and the usage) are written as JSON {@code null} when unset,
 * as the API does.
 *
 * @param id the id of the step
 * @param object always {@code thread.run.step}
 * @param createdAt when the step was created, in Unix seconds
 * @param assistantId the id of the assistant that took the step
 * @param threadId the id of the thread of the run
 * @param runId the id of the run the step belongs to
 * @param type the kind of step
 * @param status where the step stands
 * @param stepDetails what the step did; its {@code type} matches {@link #type()}
 * @param lastError the last error of the step, or {@code null} if there was none
 * @param expiredAt when the step expired (with its run), in Unix seconds, or {@code null}
 * @param cancelledAt when the step was cancelled, in Unix seconds, or {@code null}
 * @param failedAt when the step failed, in Unix seconds, or {@code null}
 * @param completedAt when the step completed, in Unix seconds, or {@code null}
 * @param metadata the key-value pairs attached to the step, or {@code null}
 * @param usage the tokens the step consumed, or {@code null} while it is in progress
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunStepObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt, @JsonProperty("assistant_id") String assistantId,
		@JsonProperty("thread_id") String threadId, @JsonProperty("run_id") String runId,
		@JsonProperty("type") Type type, @JsonProperty("status") Status status,
		@JsonProperty("step_details") RunStepDetails stepDetails,
		@JsonProperty("last_error") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable LastError lastError,
		@JsonProperty("expired_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long expiredAt,
		@JsonProperty("cancelled_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long cancelledAt,
		@JsonProperty("failed_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long failedAt,
		@JsonProperty("completed_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long completedAt,
		@JsonProperty("metadata") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Map<String, String> metadata,
		@JsonProperty("usage") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable RunStepCompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a run step. */
	public static final String OBJECT = "thread.run.step";

	public RunStepObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The kind of a run step.
	 *
	 * @param value the wire value
	 */
	public record Type(@JsonValue String value) {

		/** The assistant wrote a message. */
		public static final Type MESSAGE_CREATION = new Type("message_creation");

		/** The assistant called tools. */
		public static final Type TOOL_CALLS = new Type("tool_calls");

		public Type {
			Validate.required(value, "type");
		}

		@JsonCreator
		public static Type of(String value) {
			return new Type(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Where a run step stands.
	 *
	 * @param value the wire value
	 */
	public record Status(@JsonValue String value) {

		/** The step is running. */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/** The step was cancelled. */
		public static final Status CANCELLED = new Status("cancelled");

		/** The step ended with an error. */
		public static final Status FAILED = new Status("failed");

		/** The step finished. */
		public static final Status COMPLETED = new Status("completed");

		/** The run of the step expired. */
		public static final Status EXPIRED = new Status("expired");

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

	/**
	 * The error that stopped a run step.
	 *
	 * @param code what kind of error it was
	 * @param message what went wrong, for people
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record LastError(@JsonProperty("code") Code code, @JsonProperty("message") String message,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public LastError {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public LastError(Code code, String message) {
			this(code, message, Map.of());
		}

		/**
		 * The kind of error that stopped a run step.
		 *
		 * @param value the wire value
		 */
		public record Code(@JsonValue String value) {

			/** A failure on the server's side. */
			public static final Code SERVER_ERROR = new Code("server_error");

			/** A rate limit was hit. */
			public static final Code RATE_LIMIT_EXCEEDED = new Code("rate_limit_exceeded");

			public Code {
				Validate.required(value, "code");
			}

			@JsonCreator
			public static Code of(String value) {
				return new Code(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

	}

}
