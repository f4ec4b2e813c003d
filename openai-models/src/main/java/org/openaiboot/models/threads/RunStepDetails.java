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
 * What a run step did, told apart by its {@code type}: it created a message, or it made
 * tool calls. A step type this version does not know is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = RunStepDetails.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = RunStepDetailsMessageCreationObject.class,
				name = RunStepDetailsMessageCreationObject.TYPE),
		@JsonSubTypes.Type(value = RunStepDetailsToolCallsObject.class, name = RunStepDetailsToolCallsObject.TYPE) })
public sealed interface RunStepDetails
		permits RunStepDetailsMessageCreationObject, RunStepDetailsToolCallsObject, RunStepDetails.Unknown {

	/**
	 * The discriminator as sent on the wire.
	 * @return the details type, such as {@code message_creation}
	 */
	String type();

	/**
	 * Details of a type this version does not know, kept member by member as read.
	 *
	 * @param properties all members of the JSON object, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties) implements RunStepDetails {

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
