package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A function call a run waits on: the application runs the function and submits its
 * output under this call's {@link #id()}.
 *
 * @param id the id of the call, to give back as {@code tool_call_id} with the output
 * @param type always {@code function}
 * @param function the function to call and its arguments
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunToolCallObject(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("function") Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code type} for a function call. */
	public static final String TYPE_FUNCTION = "function";

	public RunToolCallObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public RunToolCallObject(String id, Function function) {
		this(id, TYPE_FUNCTION, function, Map.of());
	}

	/**
	 * The function the model wants called.
	 *
	 * @param name the function's name
	 * @param arguments the arguments, as the JSON text the model wrote; check them before
	 * use, the model may write invalid JSON
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Function(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public Function(String name, String arguments) {
			this(name, arguments, Map.of());
		}

	}

}
