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
 * A run step's call of a function of the application.
 *
 * @param id the id of the tool call
 * @param function the function called, its arguments and, once submitted, its output
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record RunStepDetailsToolCallsFunctionObject(@JsonProperty("id") String id,
		@JsonProperty("function") Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements RunStepDetailsToolCall {

	/** The discriminator of this tool call. */
	public static final String TYPE = "function";

	public RunStepDetailsToolCallsFunctionObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunStepDetailsToolCallsFunctionObject(String id, Function function) {
		this(id, function, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * The function the model called and the result the application gave back.
	 *
	 * @param name the function's name
	 * @param arguments the arguments, as the JSON text the model wrote
	 * @param output the result submitted for the call; {@code null} (and still sent as
	 * {@code null}) until the tool outputs are submitted
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Function(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments,
			@JsonProperty("output") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String output,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public Function(String name, String arguments, @Nullable String output) {
			this(name, arguments, output, Map.of());
		}

	}

}
