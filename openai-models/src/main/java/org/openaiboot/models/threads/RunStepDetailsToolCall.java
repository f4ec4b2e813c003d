package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One tool call a run step made, told apart by its {@code type}: the code interpreter,
 * retrieval, or a function of the application. A tool type this version does not know
 * is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = RunStepDetailsToolCall.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = RunStepDetailsToolCallsCodeObject.class,
				name = RunStepDetailsToolCallsCodeObject.TYPE),
		@JsonSubTypes.Type(value = RunStepDetailsToolCallsRetrievalObject.class,
				name = RunStepDetailsToolCallsRetrievalObject.TYPE),
		@JsonSubTypes.Type(value = RunStepDetailsToolCallsFunctionObject.class,
				name = RunStepDetailsToolCallsFunctionObject.TYPE) })
public sealed interface RunStepDetailsToolCall permits RunStepDetailsToolCallsCodeObject,
		RunStepDetailsToolCallsRetrievalObject, RunStepDetailsToolCallsFunctionObject, RunStepDetailsToolCall.Unknown {

	/**
	 * The id of the tool call.
	 * @return the id, or {@code null} if an unknown call has none
	 */
	@Nullable String id();

	/**
	 * The discriminator as sent on the wire.
	 * @return the tool type, such as {@code code_interpreter}
	 */
	String type();

	/**
	 * A tool call of a type this version does not know, kept member by member as read.
	 *
	 * @param properties all members of the JSON object, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
			implements RunStepDetailsToolCall {

		public Unknown {
			properties = AdditionalProperties.copyOf(properties);
		}

		@Override
		@JsonIgnore
		public @Nullable String id() {
			return (this.properties.get("id") instanceof String id) ? id : null;
		}

		@Override
		@JsonIgnore
		public String type() {
			return String.valueOf(this.properties.get("type"));
		}

	}

}
