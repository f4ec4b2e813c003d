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
 * A chat completion: the answer of {@code POST /chat/completions} when the request is
 * not streamed.
 * <p>
 * The components of API version 2.0.0 come first, the members of later versions after
 * them; the constructor of 2.0.0 is kept.
 *
 * @param id the completion's id
 * @param choices the generated choices, one per requested {@code n}
 * @param created when the completion was created, in Unix seconds
 * @param model the model that wrote the completion
 * @param systemFingerprint identifies the backend configuration that served the
 * request; compare it across requests that use a {@code seed}
 * @param object always {@value #OBJECT}
 * @param usage the tokens the request consumed
 * @param metadata the key-value pairs the request attached to a stored completion
 * @param serviceTier the processing tier that served the request
 * @param moderation what the moderation the request asked for found
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChatCompletionResponse(@JsonProperty("id") String id,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("created") long created,
		@JsonProperty("model") String model, @JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("object") String object, @JsonProperty("usage") @Nullable CompletionUsage usage,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("moderation") @Nullable ChatCompletionModeration moderation,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code object} of a chat completion. */
	public static final String OBJECT = "chat.completion";

	public CreateChatCompletionResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a completion with the members of API version 2.0.0.
	 * @param id the id
	 * @param choices the choices
	 * @param created the creation time
	 * @param model the model
	 * @param systemFingerprint the backend configuration
	 * @param object the object type
	 * @param usage the usage
	 * @param additionalProperties other members
	 */
	public CreateChatCompletionResponse(String id, List<Choice> choices, long created, String model,
			@Nullable String systemFingerprint, String object, @Nullable CompletionUsage usage,
			Map<String, @Nullable Object> additionalProperties) {
		this(id, choices, created, model, systemFingerprint, object, usage, null, null, null, additionalProperties);
	}

	/**
	 * One generated answer.
	 *
	 * @param finishReason why the model stopped writing
	 * @param index the position of this choice in {@code choices}
	 * @param message the message the model wrote
	 * @param logprobs the log probabilities of the message's tokens; {@code null} (and
	 * written as such) unless the request asked for them
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Choice(@JsonProperty("finish_reason") ChatCompletionFinishReason finishReason,
			@JsonProperty("index") int index, @JsonProperty("message") ChatCompletionResponseMessage message,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Logprobs logprobs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Choice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * The log probabilities of a choice's tokens. Also used by streamed chunks and by
		 * {@link CreateChatCompletionFunctionResponse}.
		 *
		 * @param content one entry per token of the message content; {@code null} (and
		 * written as such) when there is none
		 * @param refusal one entry per token of the refusal, when the model refused
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Logprobs(
				@JsonProperty("content") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable List<ChatCompletionTokenLogprob> content,
				@JsonProperty("refusal") @Nullable List<ChatCompletionTokenLogprob> refusal,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public Logprobs {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * Create log probabilities with the members of API version 2.0.0.
			 * @param content the log probabilities of the content
			 * @param additionalProperties other members
			 */
			public Logprobs(@Nullable List<ChatCompletionTokenLogprob> content,
					Map<String, @Nullable Object> additionalProperties) {
				this(content, null, additionalProperties);
			}

		}

	}

}
