package org.openaiboot.models.threads;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One page of the steps of a run.
 *
 * @param object always {@code list}
 * @param data the steps of this page
 * @param firstId the id of the first step of the page, to page backwards with
 * {@code before}
 * @param lastId the id of the last step of the page, to page forwards with {@code after}
 * @param hasMore whether more steps follow this page
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListRunStepsResponse(@JsonProperty("object") String object,
		@JsonProperty("data") List<RunStepObject> data, @JsonProperty("first_id") String firstId,
		@JsonProperty("last_id") String lastId, @JsonProperty("has_more") boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListRunStepsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
