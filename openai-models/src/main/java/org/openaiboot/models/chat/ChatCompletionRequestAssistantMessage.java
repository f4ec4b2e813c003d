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
 * <p>
 * The components of API version 2.0.0 come first, the members of later versions after
 * them; the constructor of 2.0.0 is kept.
 *
 * @param content the text of the answer; may be absent when the answer calls tools or a
 * function
 * @param name an optional name of the author, to tell apart several authors of the same
 * role
 * @param toolCalls the tools the model asked to call, if any
 * @param functionCall the function the model asked to call, in the older form that
 * {@code tool_calls} replaces (deprecated by the API)
 * @param refusal the model's earlier refusal, sent back as it was
 * @param audio an earlier spoken answer of the model, referred to by its id
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestAssistantMessage(@JsonProperty("content") @Nullable String content,
		@JsonProperty("name") @Nullable String name,
		@JsonProperty("tool_calls") @Nullable ChatCompletionMessageToolCalls toolCalls,
		@JsonProperty("function_call") @Nullable FunctionCall functionCall,
		@JsonProperty("refusal") @Nullable String refusal, @JsonProperty("audio") @Nullable Audio audio,
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
	 * Create a message with the members of API version 2.0.0.
	 * @param content the text
	 * @param name the author's name
	 * @param toolCalls the tool calls
	 * @param functionCall the deprecated function call
	 * @param additionalProperties other members
	 */
	public ChatCompletionRequestAssistantMessage(@Nullable String content, @Nullable String name,
			@Nullable ChatCompletionMessageToolCalls toolCalls, @Nullable FunctionCall functionCall,
			Map<String, @Nullable Object> additionalProperties) {
		this(content, name, toolCalls, functionCall, null, null, additionalProperties);
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
		Builder builder = builder().content(message.content())
			.toolCalls(message.toolCalls())
			.refusal(message.refusal());
		if (message.audio() != null) {
			builder.audio(Audio.of(message.audio().id()));
		}
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
			.refusal(this.refusal)
			.audio(this.audio)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestAssistantMessage}; {@link #build()} requires
	 * the content unless tool calls, a function call, a refusal or audio are given, and
	 * checks the name.
	 */
	public static final class Builder {

		private @Nullable String content;

		private @Nullable String name;

		private @Nullable ChatCompletionMessageToolCalls toolCalls;

		private @Nullable FunctionCall functionCall;

		private @Nullable String refusal;

		private @Nullable Audio audio;

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

		public Builder refusal(@Nullable String refusal) {
			this.refusal = refusal;
			return this;
		}

		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
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
			if (this.content == null && !calls && this.refusal == null && this.audio == null) {
				throw new ValidationException("content",
						"is required unless tool_calls, function_call, refusal or audio is given", null);
			}
			if (this.audio != null) {
				Validate.requiredText(this.audio.id(), "audio.id");
			}
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			if (this.functionCall != null) {
				Validate.required(this.functionCall.arguments(), "function_call.arguments");
				Validate.requiredText(this.functionCall.name(), "function_call.name");
			}
			return new ChatCompletionRequestAssistantMessage(this.content, this.name, this.toolCalls,
					this.functionCall, this.refusal, this.audio, this.additionalProperties);
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

	/**
	 * An earlier spoken answer of the model, referred to by the id the answer carried.
	 *
	 * @param id the id of the audio
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Audio(@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Audio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Refer to an earlier spoken answer.
		 * @param id the id of the audio
		 * @return the reference
		 */
		public static Audio of(String id) {
			return new Audio(id, Map.of());
		}

	}

}
