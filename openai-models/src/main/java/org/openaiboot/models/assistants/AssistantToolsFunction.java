package org.openaiboot.models.assistants;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.Validate;

/**
 * The function tool: a function of the application that the assistant may ask to call.
 *
 * @param function the function's name, purpose and argument schema
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record AssistantToolsFunction(@JsonProperty("function") FunctionObject function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AssistantTool {

	/** The discriminator of this tool. */
	public static final String TYPE = "function";

	public AssistantToolsFunction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A function tool for the given function.
	 * @param function the function
	 * @return the tool
	 */
	public static AssistantToolsFunction of(FunctionObject function) {
		return builder().function(function).build();
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().function(this.function).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds an {@link AssistantToolsFunction}; {@link #build()} requires the function.
	 */
	public static final class Builder {

		private @Nullable FunctionObject function;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder function(@Nullable FunctionObject function) {
			this.function = function;
			return this;
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public AssistantToolsFunction build() {
			FunctionObject function = Validate.required(this.function, "function");
			return new AssistantToolsFunction(function, this.additionalProperties);
		}

	}

}
