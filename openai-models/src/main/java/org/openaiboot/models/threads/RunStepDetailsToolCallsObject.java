package org.openaiboot.models.threads;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The details of a run step in which the assistant called one or more tools.
 *
 * @param toolCalls the calls the step made: code interpreter, retrieval or function
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsToolCallsObject(@JsonProperty("tool_calls") List<RunStepDetailsToolCall> toolCalls,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements RunStepDetails {

	/** The discriminator of these details. */
	public static final String TYPE = "tool_calls";

	public RunStepDetailsToolCallsObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsToolCallsObject(List<RunStepDetailsToolCall> toolCalls) {
		this(toolCalls, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

}
