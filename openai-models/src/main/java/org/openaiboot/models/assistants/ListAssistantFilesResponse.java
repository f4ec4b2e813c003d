package org.openaiboot.models.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One page of the files attached to an assistant.
 *
 * @param object always {@code list}
 * @param data the files of this page
 * @param firstId the ID of the first file of the page, a cursor for {@code before}
 * @param lastId the ID of the last file of the page, a cursor for {@code after}
 * @param hasMore whether more files follow this page
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListAssistantFilesResponse(@JsonProperty("object") String object,
		@JsonProperty("data") List<AssistantFileObject> data, @JsonProperty("first_id") String firstId,
		@JsonProperty("last_id") String lastId, @JsonProperty("has_more") boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListAssistantFilesResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
