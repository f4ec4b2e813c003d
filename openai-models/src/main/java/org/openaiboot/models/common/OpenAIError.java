package org.openaiboot.models.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The error the API reports for a failed request (the {@code Error} schema).
 *
 * @param code a machine-readable code such as {@code invalid_api_key}, if any
 * @param message what went wrong, for people
 * @param param the request parameter at fault, if any
 * @param type the category of the error, such as {@code invalid_request_error}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenAIError(
		@JsonProperty("code") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String code,
		@JsonProperty("message") String message,
		@JsonProperty("param") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String param,
		@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public OpenAIError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
