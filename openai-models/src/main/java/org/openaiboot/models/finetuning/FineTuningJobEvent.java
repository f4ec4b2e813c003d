package org.openaiboot.models.finetuning;

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
 * A log entry of a fine-tuning job.
 *
 * @param id the event's ID
 * @param createdAt when the event happened, in Unix seconds
 * @param level how serious the event is
 * @param message what happened, for people
 * @param object always {@code fine_tuning.job.event}
 * @param type whether the event is a message or a report of training metrics
 * @param data the structured content of the event, such as the metrics of a training
 * step; the API sends it always, as {@code null} when there is none, so a {@code null} is
 * written back
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTuningJobEvent(@JsonProperty("id") String id, @JsonProperty("created_at") long createdAt,
		@JsonProperty("level") Level level, @JsonProperty("message") String message,
		@JsonProperty("object") String object, @JsonProperty("type") @Nullable Type type,
		@JsonProperty("data") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Map<String, @Nullable Object> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a fine-tuning job event. */
	public static final String OBJECT = "fine_tuning.job.event";

	public FineTuningJobEvent {
		data = (data != null) ? AdditionalProperties.copyOf(data) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * An event with the members of version 2.0.0 of the API.
	 * @param id the event's ID
	 * @param createdAt when the event happened, in Unix seconds
	 * @param level how serious the event is
	 * @param message what happened
	 * @param object always {@code fine_tuning.job.event}
	 * @param additionalProperties members this version of the type does not know
	 */
	public FineTuningJobEvent(String id, long createdAt, Level level, String message, String object,
			Map<String, @Nullable Object> additionalProperties) {
		this(id, createdAt, level, message, object, null, null, additionalProperties);
	}

	/**
	 * The kind of an event.
	 *
	 * @param value the wire value
	 */
	public record Type(@JsonValue String value) {

		/** A message for people. */
		public static final Type MESSAGE = new Type("message");

		/** The metrics of a training step, in {@code data}. */
		public static final Type METRICS = new Type("metrics");

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
	 * The severity of an event.
	 *
	 * @param value the wire value
	 */
	public record Level(@JsonValue String value) {

		/** Progress worth knowing. */
		public static final Level INFO = new Level("info");

		/** Something unexpected that did not stop the job. */
		public static final Level WARN = new Level("warn");

		/** A failure. */
		public static final Level ERROR = new Level("error");

		public Level {
			Validate.required(value, "level");
		}

		@JsonCreator
		public static Level of(String value) {
			return new Level(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
