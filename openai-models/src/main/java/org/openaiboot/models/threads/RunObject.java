package org.openaiboot.models.threads;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.assistants.AssistantTool;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A run: one execution of an assistant on a thread.
 * <p>
 * Members that the API always sends but that may be {@code null} (the required action,
 * the error, the timestamps, the instructions, the metadata and the usage) are written
 * as JSON {@code null} when unset, as the API does.
 *
 * @param id the id of the run
 * @param object always {@code thread.run}
 * @param createdAt when the run was created, in Unix seconds
 * @param threadId the id of the thread the run works on
 * @param assistantId the id of the assistant that runs
 * @param status where the run stands
 * @param requiredAction what the application must do before the run goes on, or
 * {@code null} when nothing is needed
 * @param lastError the last error of the run, or {@code null} if there was none
 * @param expiresAt when the run expires, in Unix seconds, or {@code null}
 * @param startedAt when the run started, in Unix seconds, or {@code null}
 * @param cancelledAt when the run was cancelled, in Unix seconds, or {@code null}
 * @param failedAt when the run failed, in Unix seconds, or {@code null}
 * @param completedAt when the run completed, in Unix seconds, or {@code null}
 * @param model the model the run uses
 * @param instructions the instructions the run uses, or {@code null}
 * @param tools the tools the run may use
 * @param fileIds the ids of the files the run may use
 * @param metadata the key-value pairs attached to the run, or {@code null}
 * @param usage the tokens the run consumed, or {@code null} while it is not finished
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("assistant_id") String assistantId, @JsonProperty("status") Status status,
		@JsonProperty("required_action") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable RequiredAction requiredAction,
		@JsonProperty("last_error") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable LastError lastError,
		@JsonProperty("expires_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long expiresAt,
		@JsonProperty("started_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long startedAt,
		@JsonProperty("cancelled_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long cancelledAt,
		@JsonProperty("failed_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long failedAt,
		@JsonProperty("completed_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long completedAt,
		@JsonProperty("model") String model,
		@JsonProperty("instructions") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String instructions,
		@JsonProperty("tools") List<AssistantTool> tools, @JsonProperty("file_ids") List<String> fileIds,
		@JsonProperty("metadata") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Map<String, String> metadata,
		@JsonProperty("usage") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable RunCompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a run. */
	public static final String OBJECT = "thread.run";

	public RunObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Where a run stands.
	 *
	 * @param value the wire value
	 */
	public record Status(@JsonValue String value) {

		/** Waiting to start. */
		public static final Status QUEUED = new Status("queued");

		/** Running. */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/** Waiting for the application to submit tool outputs. */
		public static final Status REQUIRES_ACTION = new Status("requires_action");

		/** Being cancelled. */
		public static final Status CANCELLING = new Status("cancelling");

		/** Cancelled. */
		public static final Status CANCELLED = new Status("cancelled");

		/** Ended with an error. */
		public static final Status FAILED = new Status("failed");

		/** Finished. */
		public static final Status COMPLETED = new Status("completed");

		/** Ran out of time. */
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
	 * What the application must do for the run to go on.
	 *
	 * @param type the kind of action; {@code submit_tool_outputs} is the only one so far
	 * @param submitToolOutputs the tool calls whose outputs the run waits for
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record RequiredAction(@JsonProperty("type") String type,
			@JsonProperty("submit_tool_outputs") SubmitToolOutputs submitToolOutputs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** The value of {@code type} when tool outputs are needed. */
		public static final String TYPE_SUBMIT_TOOL_OUTPUTS = "submit_tool_outputs";

		public RequiredAction {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public RequiredAction(SubmitToolOutputs submitToolOutputs) {
			this(TYPE_SUBMIT_TOOL_OUTPUTS, submitToolOutputs, Map.of());
		}

		/**
		 * The tool calls the run waits on; answer them all with a
		 * {@link SubmitToolOutputsRunRequest}.
		 *
		 * @param toolCalls the calls to run
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record SubmitToolOutputs(@JsonProperty("tool_calls") List<RunToolCallObject> toolCalls,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public SubmitToolOutputs {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			public SubmitToolOutputs(List<RunToolCallObject> toolCalls) {
				this(toolCalls, Map.of());
			}

		}

	}

	/**
	 * The error that stopped a run.
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
		 * The kind of error that stopped a run.
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
