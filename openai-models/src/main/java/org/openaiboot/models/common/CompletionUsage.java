package org.openaiboot.models.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How many tokens a completion request consumed.
 *
 * @param completionTokens tokens the model generated
 * @param promptTokens tokens of the input
 * @param totalTokens the sum of both
 * @param completionTokensDetails how the generated tokens split up, when the API tells
 * @param promptTokensDetails how the input tokens split up, when the API tells
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionUsage(@JsonProperty("completion_tokens") int completionTokens,
		@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("total_tokens") int totalTokens,
		@JsonProperty("completion_tokens_details") @Nullable CompletionTokensDetails completionTokensDetails,
		@JsonProperty("prompt_tokens_details") @Nullable PromptTokensDetails promptTokensDetails,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CompletionUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public CompletionUsage(int completionTokens, int promptTokens, int totalTokens,
			Map<String, @Nullable Object> additionalProperties) {
		this(completionTokens, promptTokens, totalTokens, null, null, additionalProperties);
	}

	public CompletionUsage(int completionTokens, int promptTokens, int totalTokens) {
		this(completionTokens, promptTokens, totalTokens, null, null, Map.of());
	}

	/**
	 * The generated tokens by kind.
	 *
	 * @param acceptedPredictionTokens tokens of a predicted output that the answer used
	 * @param audioTokens tokens of generated audio
	 * @param reasoningTokens tokens the model spent reasoning, not shown in the answer
	 * but billed
	 * @param textTokens tokens of generated text
	 * @param rejectedPredictionTokens tokens of a predicted output that the answer did not
	 * use; billed like generated tokens
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CompletionTokensDetails(
			@JsonProperty("accepted_prediction_tokens") @Nullable Integer acceptedPredictionTokens,
			@JsonProperty("audio_tokens") @Nullable Integer audioTokens,
			@JsonProperty("reasoning_tokens") @Nullable Integer reasoningTokens,
			@JsonProperty("text_tokens") @Nullable Integer textTokens,
			@JsonProperty("rejected_prediction_tokens") @Nullable Integer rejectedPredictionTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public CompletionTokensDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The input tokens by kind.
	 *
	 * @param audioTokens tokens of input audio
	 * @param cachedTokens input tokens served from the prompt cache
	 * @param textTokens tokens of input text
	 * @param imageTokens tokens of input images
	 * @param cacheWriteTokens input tokens written to the prompt cache
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PromptTokensDetails(@JsonProperty("audio_tokens") @Nullable Integer audioTokens,
			@JsonProperty("cached_tokens") @Nullable Integer cachedTokens,
			@JsonProperty("text_tokens") @Nullable Integer textTokens,
			@JsonProperty("image_tokens") @Nullable Integer imageTokens,
			@JsonProperty("cache_write_tokens") @Nullable Integer cacheWriteTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public PromptTokensDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
