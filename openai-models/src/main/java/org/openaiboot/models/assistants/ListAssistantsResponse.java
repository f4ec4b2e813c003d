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
 * One page of assistants.
 *
 * @param object always {@code list}
 * @param data the assistants of this page
 * @param firstId the ID of the first assistant of the page, a cursor for {@code before}
 * @param lastId the ID of the last assistant of the page, a cursor for {@code after}
 * @param hasMore whether more assistants follow this page
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListAssistantsResponse(@JsonProperty("object") String object,
		@JsonProperty("data") List<AssistantObject> data, @JsonProperty("first_id") String firstId,
		@JsonProperty("last_id") String lastId, @JsonProperty("has_more") boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListAssistantsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
