package org.openaiboot.models.common;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A function the model may call: its name, what it does and the JSON Schema of its
 * arguments.
 *
 * @param description what the function does, which the model reads to decide when to
 * call it
 * @param name the function's name: letters, digits, underscores and dashes, at most 64
 * characters
 * @param parameters the JSON Schema of the arguments; absent means no arguments
 * @param strict whether the model's arguments must follow the schema exactly (strict
 * mode needs every property required and {@code "additionalProperties": false})
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionObject(@JsonProperty("description") @Nullable String description,
		@JsonProperty("name") String name, @JsonProperty("parameters") @Nullable FunctionParameters parameters,
		@JsonProperty("strict") @Nullable Boolean strict,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest allowed function name. */
	public static final int NAME_MAX_LENGTH = 64;

	public FunctionObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a function with the members of API version 2.0.0.
	 * @param description what the function does
	 * @param name the function's name
	 * @param parameters the JSON Schema of the arguments
	 * @param additionalProperties other members
	 */
	public FunctionObject(@Nullable String description, String name, @Nullable FunctionParameters parameters,
			Map<String, @Nullable Object> additionalProperties) {
		this(description, name, parameters, null, additionalProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().description(this.description)
			.name(this.name)
			.parameters(this.parameters)
			.strict(this.strict)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link FunctionObject}; {@link #build()} checks the name.
	 */
	public static final class Builder {

		private @Nullable String description;

		private @Nullable String name;

		private @Nullable FunctionParameters parameters;

		private @Nullable Boolean strict;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder parameters(@Nullable FunctionParameters parameters) {
			this.parameters = parameters;
			return this;
		}

		public Builder parameters(Map<String, @Nullable Object> jsonSchema) {
			return parameters(FunctionParameters.of(jsonSchema));
		}

		public Builder strict(@Nullable Boolean strict) {
			this.strict = strict;
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

		public FunctionObject build() {
			Validate.requiredText(this.name, "name");
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new FunctionObject(this.description, this.name, this.parameters, this.strict,
					this.additionalProperties);
		}

	}

}
