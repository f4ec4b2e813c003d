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
 * The API also sends {@code has_more}, which this schema does not declare; it is kept
 * in {@link #additionalProperties()}.
 *
 * @param data the events of this page
 * @param object always {@code list}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListFineTuningJobEventsResponse(@JsonProperty("data") List<FineTuningJobEvent> data,
		@JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListFineTuningJobEventsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
