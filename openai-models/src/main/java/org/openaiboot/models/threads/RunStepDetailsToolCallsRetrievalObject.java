package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A run step's call of the retrieval tool.
 *
 * @param id the id of the tool call
 * @param retrieval the retrieval details, kept as free-form JSON; the API currently sends
 * an empty object
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsToolCallsRetrievalObject(@JsonProperty("id") String id,
		@JsonProperty("retrieval") Map<String, @Nullable Object> retrieval,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements RunStepDetailsToolCall {

	/** The discriminator of this tool call. */
	public static final String TYPE = "retrieval";

	public RunStepDetailsToolCallsRetrievalObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsToolCallsRetrievalObject(String id, Map<String, @Nullable Object> retrieval) {
		this(id, retrieval, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

}
