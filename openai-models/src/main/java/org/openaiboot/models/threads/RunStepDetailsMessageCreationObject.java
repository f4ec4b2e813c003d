package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The details of a run step in which the assistant wrote a message to the thread.
 *
 * @param messageCreation which message the step created
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsMessageCreationObject(
		@JsonProperty("message_creation") MessageCreation messageCreation,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements RunStepDetails {

	/** The discriminator of these details. */
	public static final String TYPE = "message_creation";

	public RunStepDetailsMessageCreationObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsMessageCreationObject(MessageCreation messageCreation) {
		this(messageCreation, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * Points at the message the step created.
	 *
	 * @param messageId the id of the created message
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record MessageCreation(@JsonProperty("message_id") String messageId,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public MessageCreation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public MessageCreation(String messageId) {
			this(messageId, Map.of());
		}

	}

}
