package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * What the moderation that a request asked for found in its input and in the answer.
 * Each side is either results or an error, told apart by its {@code type}; they are kept
 * as JSON objects.
 *
 * @param input the moderation of the request's input
 * @param output the moderation of the answer
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionModeration(@JsonProperty("input") Map<String, @Nullable Object> input,
		@JsonProperty("output") Map<String, @Nullable Object> output,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionModeration {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
