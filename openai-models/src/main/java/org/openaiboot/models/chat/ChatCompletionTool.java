package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.Validate;

/**
 * A tool the model may call while answering; today only functions.
 *
 * @param type the kind of tool; {@value #TYPE} is the only kind today
 * @param function the function the model may call
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionTool(@JsonProperty("type") String type, @JsonProperty("function") FunctionObject function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code type} of a function tool. */
	public static final String TYPE = "function";

	public ChatCompletionTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a function tool.
	 * @param function the function
	 * @return the tool
	 */
	public static ChatCompletionTool function(FunctionObject function) {
		return builder().function(function).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().type(this.type).function(this.function).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionTool}; {@code type} defaults to {@value #TYPE}, and
	 * {@link #build()} requires the function and checks its name.
	 */
	public static final class Builder {

		private @Nullable String type = TYPE;

		private @Nullable FunctionObject function;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
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

		public ChatCompletionTool build() {
			Validate.requiredText(this.type, "type");
			FunctionObject function = Validate.required(this.function, "function");
			Validate.requiredText(function.name(), "function.name");
			Validate.name(function.name(), "function.name", FunctionObject.NAME_MAX_LENGTH);
			return new ChatCompletionTool(this.type, function, this.additionalProperties);
		}

	}

}
