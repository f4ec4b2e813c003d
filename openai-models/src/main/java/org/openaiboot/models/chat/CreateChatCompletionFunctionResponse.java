package org.openaiboot.models.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.CompletionUsage;

/**
 * A chat completion as documented for requests that use functions. It has the same shape
 * as {@link CreateChatCompletionResponse}; the API reads it from the same endpoint.
 *
 * @param id the completion's id
 * @param choices the generated choices, one per requested {@code n}
 * @param created when the completion was created, in Unix seconds
 * @param model the model that wrote the completion
 * @param systemFingerprint identifies the backend configuration that served the
 * request; compare it across requests that use a {@code seed}
 * @param object always {@value #OBJECT}
 * @param usage the tokens the request consumed
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChatCompletionFunctionResponse(@JsonProperty("id") String id,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("created") long created,
		@JsonProperty("model") String model, @JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("object") String object, @JsonProperty("usage") @Nullable CompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code object} of a chat completion. */
	public static final String OBJECT = "chat.completion";

	public CreateChatCompletionFunctionResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * One generated answer. The spec requires {@code logprobs} here without describing
	 * it; it is the same object as in {@link CreateChatCompletionResponse.Choice}.
	 *
	 * @param finishReason why the model stopped writing ({@code stop}, {@code length},
	 * {@code function_call} or {@code content_filter})
	 * @param index the position of this choice in {@code choices}
	 * @param message the message the model wrote
	 * @param logprobs the log probabilities of the message's tokens; {@code null} (and
	 * written as such) unless the request asked for them
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Choice(@JsonProperty("finish_reason") ChatCompletionFinishReason finishReason,
			@JsonProperty("index") int index, @JsonProperty("message") ChatCompletionResponseMessage message,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.ALWAYS) CreateChatCompletionResponse.Choice.@Nullable Logprobs logprobs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Choice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
