package org.openaiboot.models.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of an error response: a single {@link OpenAIError} under {@code error}.
 *
 * @param error the error
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(@JsonProperty("error") OpenAIError error,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ErrorResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
