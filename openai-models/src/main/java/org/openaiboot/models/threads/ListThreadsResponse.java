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
 * One page of the threads.
 * Ask for the next page with {@code after} set to {@link #lastId()} while
 * {@link #hasMore()} is {@code true}.
 *
 * @param object always {@code list}
 * @param data the items of this page
 * @param firstId the ID of the first item of this page
 * @param lastId the ID of the last item of this page
 * @param hasMore whether more items follow this page
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListThreadsResponse(@JsonProperty("object") String object,
		@JsonProperty("data") List<ThreadObject> data, @JsonProperty("first_id") String firstId,
		@JsonProperty("last_id") String lastId, @JsonProperty("has_more") boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ListThreadsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
