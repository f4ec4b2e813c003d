package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * How many tokens one run step consumed; {@code null} on the step while it is in progress.
 *
 * @param completionTokens tokens the model generated during the step
 * @param promptTokens tokens of the input read during the step
 * @param totalTokens the sum of both
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunStepCompletionUsage(@JsonProperty("completion_tokens") int completionTokens,
		@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("total_tokens") int totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public RunStepCompletionUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepCompletionUsage(int completionTokens, int promptTokens, int totalTokens) {
		this(completionTokens, promptTokens, totalTokens, Map.of());
	}

}
