package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * Names the one tool the model must call.
 *
 * @param type the kind of tool; {@value #TYPE} is the only kind today
 * @param function the function to call
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionNamedToolChoice(@JsonProperty("type") String type,
		@JsonProperty("function") Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code type} of a function tool. */
	public static final String TYPE = "function";

	/** The longest allowed function name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionNamedToolChoice {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Name the function the model must call.
	 * @param name the function's name
	 * @return the choice
	 */
	public static ChatCompletionNamedToolChoice function(String name) {
		return builder().function(name).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().type(this.type).function(this.function).additionalProperties(this.additionalProperties);
	}

	/**
	 * The function of a named tool choice.
	 *
	 * @param name the function's name
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Function(@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static Function of(String name) {
			return new Function(name, Map.of());
		}

	}

	/**
	 * Builds a {@link ChatCompletionNamedToolChoice}; {@code type} defaults to
	 * {@value #TYPE}, and {@link #build()} requires and checks the function's name.
	 */
	public static final class Builder {

		private @Nullable String type = TYPE;

		private @Nullable Function function;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		public Builder function(@Nullable Function function) {
			this.function = function;
			return this;
		}

		public Builder function(String name) {
			return function(Function.of(name));
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public ChatCompletionNamedToolChoice build() {
			Validate.requiredText(this.type, "type");
			Function function = Validate.required(this.function, "function");
			Validate.requiredText(function.name(), "function.name");
			Validate.name(function.name(), "function.name", NAME_MAX_LENGTH);
			return new ChatCompletionNamedToolChoice(this.type, function, this.additionalProperties);
		}

	}

}
