package org.openaiboot.models.assistants;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to detaching a file from an assistant.
 *
 * @param id the ID of the file
 * @param deleted whether the file is no longer attached
 * @param object always {@code assistant.file.deleted}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteAssistantFileResponse(@JsonProperty("id") String id, @JsonProperty("deleted") boolean deleted,
		@JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a detached assistant file. */
	public static final String OBJECT = "assistant.file.deleted";

	public DeleteAssistantFileResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
