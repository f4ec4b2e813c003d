package org.openaiboot.models.finetuning;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One page of the organization's fine-tuning jobs.
 *
 * @param data the jobs of this page
 * @param hasMore whether more jobs follow this page
 * @param object always {@code list}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPaginatedFineTuningJobsResponse(@JsonProperty("data") List<FineTuningJob> data,
		@JsonProperty("has_more") boolean hasMore, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListPaginatedFineTuningJobsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
