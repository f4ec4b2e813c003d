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
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A message of a thread, written by the user or by an assistant during a run.
 * <p>
 * {@code assistant_id}, {@code run_id} and {@code metadata} are always present on the
 * wire, possibly as {@code null}, and are written back the same way.
 *
 * @param id the message's ID
 * @param object always {@code thread.message}
 * @param createdAt when the message was created, in Unix seconds
 * @param threadId the ID of the thread the message is part of
 * @param role who wrote the message
 * @param content the parts of the message: text and images, in order
 * @param assistantId the assistant that wrote the message, or {@code null} for a user
 * message
 * @param runId the run during which the message was written, or {@code null}
 * @param fileIds the files attached to the message (at most 10)
 * @param metadata the caller's own key-value pairs
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("role") Role role, @JsonProperty("content") List<MessageContent> content,
		@JsonProperty("assistant_id") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String assistantId,
		@JsonProperty("run_id") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String runId,
		@JsonProperty("file_ids") List<String> fileIds,
		@JsonProperty("metadata") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a message. */
	public static final String OBJECT = "thread.message";

	public MessageObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Who wrote a message.
	 *
	 * @param value the wire value
	 */
	public record Role(@JsonValue String value) {

		/** A message of the user. */
		public static final Role USER = new Role("user");

		/** A message an assistant wrote during a run. */
		public static final Role ASSISTANT = new Role("assistant");

		public Role {
			Validate.required(value, "role");
		}

		@JsonCreator
		public static Role of(String value) {
			return new Role(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
