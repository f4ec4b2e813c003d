package org.openaiboot.models.chat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * A message of the {@code assistant} role: an earlier answer of the model, sent back to
 * carry on the conversation. It holds text, tool calls, or both.
 *
 * @param content the text of the answer; may be absent when the answer calls tools or a
 * function
 * @param name an optional name of the author, to tell apart several authors of the same
 * role
 * @param toolCalls the tools the model asked to call, if any
 * @param functionCall the function the model asked to call, in the older form that
 * {@code tool_calls} replaces (deprecated by the API)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestAssistantMessage(@JsonProperty("content") @Nullable String content,
		@JsonProperty("name") @Nullable String name,
		@JsonProperty("tool_calls") @Nullable ChatCompletionMessageToolCalls toolCalls,
		@JsonProperty("function_call") @Nullable FunctionCall functionCall,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessage {

	/** The discriminator of this message. */
	public static final String ROLE = "assistant";

	/** The longest allowed author name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionRequestAssistantMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create an assistant message of plain text.
	 * @param content the text
	 * @return the message
	 */
	public static ChatCompletionRequestAssistantMessage of(String content) {
		return builder().content(content).build();
	}

	/**
	 * Create an assistant message that calls tools.
	 * @param toolCalls the tool calls, at least one
	 * @return the message
	 */
	public static ChatCompletionRequestAssistantMessage of(ChatCompletionMessageToolCall... toolCalls) {
		return builder().toolCalls(toolCalls).build();
	}

	/**
	 * Turn a message the model wrote into the assistant message that repeats it in the
	 * next request, with its text, tool calls and function call.
	 * @param message the message of a chat completion's choice
	 * @return the assistant message
	 */
	public static ChatCompletionRequestAssistantMessage from(ChatCompletionResponseMessage message) {
		Builder builder = builder().content(message.content()).toolCalls(message.toolCalls());
		ChatCompletionResponseMessage.FunctionCall functionCall = message.functionCall();
		if (functionCall != null) {
			builder.functionCall(new FunctionCall(functionCall.arguments(), functionCall.name(),
					functionCall.additionalProperties()));
		}
		return builder.build();
	}

	@Override
	@JsonProperty("role")
	public String role() {
		return ROLE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().content(this.content)
			.name(this.name)
			.toolCalls(this.toolCalls)
			.functionCall(this.functionCall)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestAssistantMessage}; {@link #build()} requires
	 * the content unless tool calls or a function call are given, and checks the name.
	 */
	public static final class Builder {

		private @Nullable String content;

		private @Nullable String name;

		private @Nullable ChatCompletionMessageToolCalls toolCalls;

		private @Nullable FunctionCall functionCall;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder content(@Nullable String content) {
			this.content = content;
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder toolCalls(@Nullable ChatCompletionMessageToolCalls toolCalls) {
			this.toolCalls = toolCalls;
			return this;
		}

		public Builder toolCalls(List<ChatCompletionMessageToolCall> toolCalls) {
			for (int i = 0; i < toolCalls.size(); i++) {
				if (toolCalls.get(i) == null) {
					throw new ValidationException("tool_calls[" + i + "]", "is required", null);
				}
			}
			return toolCalls(ChatCompletionMessageToolCalls.of(toolCalls));
		}

		public Builder toolCalls(ChatCompletionMessageToolCall... toolCalls) {
			return toolCalls(Arrays.asList(toolCalls));
		}

		/**
		 * Use the deprecated function call of the API, which tool calls replace.
		 * @param functionCall the function call
		 * @return this builder
		 */
		public Builder functionCall(@Nullable FunctionCall functionCall) {
			this.functionCall = functionCall;
			return this;
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public ChatCompletionRequestAssistantMessage build() {
			boolean calls = (this.toolCalls != null && !this.toolCalls.isEmpty()) || this.functionCall != null;
			if (this.content == null && !calls) {
				throw new ValidationException("content", "is required unless tool_calls or function_call is given",
						null);
			}
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			if (this.functionCall != null) {
				Validate.required(this.functionCall.arguments(), "function_call.arguments");
				Validate.requiredText(this.functionCall.name(), "function_call.name");
			}
			return new ChatCompletionRequestAssistantMessage(this.content, this.name, this.toolCalls,
					this.functionCall, this.additionalProperties);
		}

	}

	/**
	 * A function the model asked to call, in the deprecated form that tool calls replace.
	 *
	 * @param arguments the arguments as JSON text, as the model wrote them
	 * @param name the function's name
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FunctionCall(@JsonProperty("arguments") String arguments, @JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public FunctionCall {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Create a function call.
		 * @param name the function's name
		 * @param arguments the arguments, as JSON text
		 * @return the function call
		 */
		public static FunctionCall of(String name, String arguments) {
			return new FunctionCall(arguments, name, Map.of());
		}

	}

}
