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
 * One page of the events of a fine-tuning job.
 * <p>
 * Version 2.0.0 of the spec did not declare {@code has_more}, although the API sent it;
 * today's spec does, and it is read into {@link #hasMore()}.
 *
 * @param data the events of this page
 * @param object always {@code list}
 * @param hasMore whether older events follow this page
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListFineTuningJobEventsResponse(@JsonProperty("data") List<FineTuningJobEvent> data,
		@JsonProperty("object") String object, @JsonProperty("has_more") @Nullable Boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListFineTuningJobEventsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A page with the members of version 2.0.0 of the API.
	 * @param data the events of this page
	 * @param object always {@code list}
	 * @param additionalProperties members this version of the type does not know
	 */
	public ListFineTuningJobEventsResponse(List<FineTuningJobEvent> data, String object,
			Map<String, @Nullable Object> additionalProperties) {
		this(data, object, null, additionalProperties);
	}

}
