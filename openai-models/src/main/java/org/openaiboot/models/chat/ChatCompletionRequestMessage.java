package org.openaiboot.models.chat;

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
 * One message of the conversation sent in a chat completion request. The JSON member
 * {@code role} tells the kinds apart; a role this version does not know is read as
 * {@link Unknown} and written back unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "role",
		visible = true, defaultImpl = ChatCompletionRequestMessage.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = ChatCompletionRequestDeveloperMessage.class, name = "developer"),
		@JsonSubTypes.Type(value = ChatCompletionRequestSystemMessage.class, name = "system"),
		@JsonSubTypes.Type(value = ChatCompletionRequestUserMessage.class, name = "user"),
		@JsonSubTypes.Type(value = ChatCompletionRequestAssistantMessage.class, name = "assistant"),
		@JsonSubTypes.Type(value = ChatCompletionRequestToolMessage.class, name = "tool"),
		@JsonSubTypes.Type(value = ChatCompletionRequestFunctionMessage.class, name = "function") })
public sealed interface ChatCompletionRequestMessage permits ChatCompletionRequestDeveloperMessage,
		ChatCompletionRequestSystemMessage,
		ChatCompletionRequestUserMessage, ChatCompletionRequestAssistantMessage, ChatCompletionRequestToolMessage,
		ChatCompletionRequestFunctionMessage, ChatCompletionRequestMessage.Unknown {

	/**
	 * Who wrote the message.
	 * @return the discriminator as sent on the wire
	 */
	String role();

	/**
	 * A message with a role this version does not know, kept as the JSON object it is.
	 *
	 * @param properties all members of the message, {@code role} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
			implements ChatCompletionRequestMessage {

		public Unknown {
			properties = AdditionalProperties.copyOf(properties);
		}

		@Override
		@JsonIgnore
		public String role() {
			return String.valueOf(this.properties.get("role"));
		}

	}

}
