package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The message the model wrote for one choice of a chat completion.
 *
 * @param content the text of the message; {@code null} (and written as such) when the
 * model only called tools
 * @param toolCalls the tools the model asked to call, if any
 * @param role who wrote the message, always {@link ChatCompletionRole#ASSISTANT} today
 * @param functionCall the function the model asked to call, in the older form that
 * {@code tool_calls} replaces (deprecated by the API)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionResponseMessage(
		@JsonProperty("content") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String content,
		@JsonProperty("tool_calls") @Nullable ChatCompletionMessageToolCalls toolCalls,
		@JsonProperty("role") ChatCompletionRole role,
		@JsonProperty("function_call") @Nullable FunctionCall functionCall,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionResponseMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A function the model asked to call, in the deprecated form that tool calls replace.
	 *
	 * @param arguments the arguments as JSON text, as the model wrote them; check them
	 * before use
	 * @param name the function's name
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FunctionCall(@JsonProperty("arguments") String arguments, @JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public FunctionCall {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
