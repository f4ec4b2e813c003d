package org.openaiboot.models.assistants;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to deleting an assistant.
 *
 * @param id the ID of the assistant
 * @param deleted whether the assistant is gone
 * @param object always {@code assistant.deleted}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteAssistantResponse(@JsonProperty("id") String id, @JsonProperty("deleted") boolean deleted,
		@JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a deleted assistant. */
	public static final String OBJECT = "assistant.deleted";

	public DeleteAssistantResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
