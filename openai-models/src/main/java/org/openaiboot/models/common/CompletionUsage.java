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
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionUsage(@JsonProperty("completion_tokens") int completionTokens,
		@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("total_tokens") int totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CompletionUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public CompletionUsage(int completionTokens, int promptTokens, int totalTokens) {
		this(completionTokens, promptTokens, totalTokens, Map.of());
	}

}
