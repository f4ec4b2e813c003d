package org.openaiboot.models.files;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to a file deletion.
 *
 * @param id the id of the file
 * @param object always {@code file}
 * @param deleted whether the file is gone
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteFileResponse(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("deleted") boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public DeleteFileResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public DeleteFileResponse(String id, boolean deleted) {
		this(id, OpenAIFile.OBJECT, deleted, Map.of());
	}

}
