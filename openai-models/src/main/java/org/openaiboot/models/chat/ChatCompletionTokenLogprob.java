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
 * The log probability of one generated token, with the most likely alternatives at the
 * same position.
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes the UTF-8 bytes of the token, to join tokens that split a character;
 * {@code null} (and written as such) when the token has no byte form
 * @param topLogprobs the most likely tokens at this position, at most as many as the
 * request's {@code top_logprobs}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionTokenLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") double logprob,
		@JsonProperty("bytes") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable List<Integer> bytes,
		@JsonProperty("top_logprobs") List<TopLogprob> topLogprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionTokenLogprob {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A likely token at a position, with its log probability.
	 *
	 * @param token the token
	 * @param logprob its log probability
	 * @param bytes the UTF-8 bytes of the token; {@code null} (and written as such) when
	 * it has no byte form
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TopLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") double logprob,
			@JsonProperty("bytes") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable List<Integer> bytes,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public TopLogprob {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
