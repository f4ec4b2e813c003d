package org.openaiboot.models.assistants;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A file attached to an assistant.
 *
 * @param id the file's ID, the same as in the Files API
 * @param object always {@code assistant.file}
 * @param createdAt when the file was attached, in Unix seconds
 * @param assistantId the ID of the assistant the file belongs to
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssistantFileObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt, @JsonProperty("assistant_id") String assistantId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for an assistant file. */
	public static final String OBJECT = "assistant.file";

	public AssistantFileObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
