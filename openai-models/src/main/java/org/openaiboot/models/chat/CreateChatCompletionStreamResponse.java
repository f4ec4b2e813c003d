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
 * One chunk of a streamed chat completion: each server-sent event of
 * {@code POST /chat/completions} with {@code stream} on carries one. All chunks of a
 * completion share {@code id}, {@code created} and {@code model}.
 *
 * @param id the completion's id
 * @param choices what this chunk adds to each choice
 * @param created when the completion was created, in Unix seconds
 * @param model the model that writes the completion
 * @param systemFingerprint identifies the backend configuration that serves the
 * request; compare it across requests that use a {@code seed}
 * @param object always {@value #OBJECT}
 * @param additionalProperties members this version of the type does not know (such as
 * a {@code usage} of newer API versions)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChatCompletionStreamResponse(@JsonProperty("id") String id,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("created") long created,
		@JsonProperty("model") String model, @JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code object} of a chat completion chunk. */
	public static final String OBJECT = "chat.completion.chunk";

	public CreateChatCompletionStreamResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * What one chunk adds to a choice.
	 *
	 * @param delta the added part of the message
	 * @param logprobs the log probabilities of the added tokens; {@code null} (and
	 * written as such) unless the request asked for them
	 * @param finishReason why the model stopped writing, in the last chunk of the
	 * choice; {@code null} (and written as such) before that
	 * @param index the position of the choice this chunk belongs to
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Choice(@JsonProperty("delta") ChatCompletionStreamResponseDelta delta,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.ALWAYS) CreateChatCompletionResponse.Choice.@Nullable Logprobs logprobs,
			@JsonProperty("finish_reason") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable ChatCompletionFinishReason finishReason,
			@JsonProperty("index") int index,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Choice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
