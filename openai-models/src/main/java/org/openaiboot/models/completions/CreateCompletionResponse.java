package org.openaiboot.models.completions;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.common.Validate;

/**
 * A legacy text completion. A streamed completion arrives as a series of values of this
 * same type, each with the next piece of text (and without {@code usage}).
 *
 * @param id the identifier of the completion
 * @param choices the generated completions
 * @param created when the completion was made, in seconds since the Unix epoch
 * @param model the model that generated the completion
 * @param systemFingerprint names the server setup that produced the answer; a change
 * can explain different results for the same {@code seed}
 * @param object always {@code "text_completion"}
 * @param usage the tokens the request consumed
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCompletionResponse(@JsonProperty("id") String id,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("created") long created,
		@JsonProperty("model") String model, @JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("object") String object, @JsonProperty("usage") @Nullable CompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object}. */
	public static final String OBJECT = "text_completion";

	public CreateCompletionResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * One generated completion. {@code finish_reason} and {@code logprobs} are always
	 * present in the JSON, possibly as {@code null}, and are written the same way.
	 *
	 * @param finishReason why the generation ended; {@code null} in stream chunks before
	 * the last
	 * @param index the position of this choice in {@code choices}
	 * @param logprobs token log probabilities, when the request asked for them
	 * @param text the generated text
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Choice(
			@JsonProperty("finish_reason") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable FinishReason finishReason,
			@JsonProperty("index") int index,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Logprobs logprobs,
			@JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Choice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Why the model stopped generating.
		 *
		 * @param value the wire value
		 */
		public record FinishReason(@JsonValue String value) {

			/** A natural end, or one of the stop sequences. */
			public static final FinishReason STOP = new FinishReason("stop");

			/** The {@code max_tokens} limit was reached. */
			public static final FinishReason LENGTH = new FinishReason("length");

			/** Content was left out by the content filter. */
			public static final FinishReason CONTENT_FILTER = new FinishReason("content_filter");

			public FinishReason {
				Validate.required(value, "finish_reason");
			}

			@JsonCreator
			public static FinishReason of(String value) {
				return new FinishReason(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

		/**
		 * The log probabilities of the generated tokens, position by position.
		 *
		 * @param textOffset where each token starts in the text, in characters
		 * @param tokenLogprobs the log probability of each token; the first is
		 * {@code null} when the prompt is echoed
		 * @param tokens the tokens
		 * @param topLogprobs for each position, the most likely tokens with their log
		 * probability; may hold {@code null} for echoed prompt tokens
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Logprobs(@JsonProperty("text_offset") @Nullable List<Integer> textOffset,
				@JsonProperty("token_logprobs") @Nullable List<@Nullable Double> tokenLogprobs,
				@JsonProperty("tokens") @Nullable List<String> tokens,
				@JsonProperty("top_logprobs") @Nullable List<@Nullable Map<String, Double>> topLogprobs,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public Logprobs {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

		}

	}

}
