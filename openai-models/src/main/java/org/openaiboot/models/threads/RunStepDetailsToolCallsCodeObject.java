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
 * A run step's call of the code interpreter: the code it ran and what came out.
 *
 * @param id the id of the tool call
 * @param codeInterpreter the code and its outputs
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsToolCallsCodeObject(@JsonProperty("id") String id,
		@JsonProperty("code_interpreter") CodeInterpreter codeInterpreter,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements RunStepDetailsToolCall {

	/** The discriminator of this tool call. */
	public static final String TYPE = "code_interpreter";

	public RunStepDetailsToolCallsCodeObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsToolCallsCodeObject(String id, CodeInterpreter codeInterpreter) {
		this(id, codeInterpreter, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * The code the interpreter was given and what it produced.
	 *
	 * @param input the code that was run
	 * @param outputs what the run produced: log text or image files
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CodeInterpreter(@JsonProperty("input") String input,
			@JsonProperty("outputs") List<RunStepDetailsToolCallsCodeOutput> outputs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public CodeInterpreter {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public CodeInterpreter(String input, List<RunStepDetailsToolCallsCodeOutput> outputs) {
			this(input, outputs, Map.of());
		}

	}

}
