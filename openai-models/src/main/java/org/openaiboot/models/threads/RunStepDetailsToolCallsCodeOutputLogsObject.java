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
 * Text the code interpreter printed while running the code.
 *
 * @param logs the printed text
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsToolCallsCodeOutputLogsObject(@JsonProperty("logs") String logs,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements RunStepDetailsToolCallsCodeOutput {

	/** The discriminator of this output. */
	public static final String TYPE = "logs";

	public RunStepDetailsToolCallsCodeOutputLogsObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsToolCallsCodeOutputLogsObject(String logs) {
		this(logs, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

}
