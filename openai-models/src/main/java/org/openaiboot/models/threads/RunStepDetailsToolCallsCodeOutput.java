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
 * One output of a code interpreter call, told apart by its {@code type}: log text or an
 * image file. An output type this version does not know is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = RunStepDetailsToolCallsCodeOutput.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = RunStepDetailsToolCallsCodeOutputLogsObject.class,
				name = RunStepDetailsToolCallsCodeOutputLogsObject.TYPE),
		@JsonSubTypes.Type(value = RunStepDetailsToolCallsCodeOutputImageObject.class,
				name = RunStepDetailsToolCallsCodeOutputImageObject.TYPE) })
public sealed interface RunStepDetailsToolCallsCodeOutput permits RunStepDetailsToolCallsCodeOutputLogsObject,
		RunStepDetailsToolCallsCodeOutputImageObject, RunStepDetailsToolCallsCodeOutput.Unknown {

	/**
	 * The discriminator as sent on the wire.
	 * @return the output type, such as {@code logs}
	 */
	String type();

	/**
	 * An output of a type this version does not know, kept member by member as read.
	 *
	 * @param properties all members of the JSON object, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
			implements RunStepDetailsToolCallsCodeOutput {

		public Unknown {
			properties = AdditionalProperties.copyOf(properties);
		}

		@Override
		@JsonIgnore
		public String type() {
			return String.valueOf(this.properties.get("type"));
		}

	}

}
