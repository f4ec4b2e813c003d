package org.openaiboot.models.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * What one streamed chunk adds to the message of a choice. Every member is optional:
 * the first chunk usually carries the {@code role}, later ones more {@code content} or
 * pieces of tool calls, and the last one is often empty.
 *
 * @param content more text of the message, to append
 * @param functionCall more of a function call, in the older form that
 * {@code tool_calls} replaces (deprecated by the API)
 * @param toolCalls pieces of tool calls, to join by their {@code index}
 * @param role who writes the message, in the first chunk
 * @param refusal more of the model's refusal, to append
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionStreamResponseDelta(@JsonProperty("content") @Nullable String content,
		@JsonProperty("function_call") @Nullable FunctionCall functionCall,
		@JsonProperty("tool_calls") @Nullable List<ChatCompletionMessageToolCallChunk> toolCalls,
		@JsonProperty("role") @Nullable ChatCompletionRole role, @JsonProperty("refusal") @Nullable String refusal,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionStreamResponseDelta {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a delta with the members of API version 2.0.0.
	 * @param content more text
	 * @param functionCall more of a deprecated function call
	 * @param toolCalls pieces of tool calls
	 * @param role the role
	 * @param additionalProperties other members
	 */
	public ChatCompletionStreamResponseDelta(@Nullable String content, @Nullable FunctionCall functionCall,
			@Nullable List<ChatCompletionMessageToolCallChunk> toolCalls, @Nullable ChatCompletionRole role,
			Map<String, @Nullable Object> additionalProperties) {
		this(content, functionCall, toolCalls, role, null, additionalProperties);
	}

	/**
	 * A piece of a function call, in the deprecated form that tool calls replace.
	 *
	 * @param arguments more of the arguments text, to append
	 * @param name the function's name, in the first piece
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FunctionCall(@JsonProperty("arguments") @Nullable String arguments,
			@JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public FunctionCall {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
