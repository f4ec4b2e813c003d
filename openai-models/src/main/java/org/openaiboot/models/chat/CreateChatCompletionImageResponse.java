package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to a chat request with image input. The spec declares no members for it
 * (the API answers with a {@link CreateChatCompletionResponse}), so every member is kept
 * as read, as plain JSON values.
 *
 * @param additionalProperties all members of the object
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChatCompletionImageResponse(
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateChatCompletionImageResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
