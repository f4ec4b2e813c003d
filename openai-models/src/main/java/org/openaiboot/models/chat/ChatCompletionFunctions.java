package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.FunctionParameters;
import org.openaiboot.models.common.Validate;

/**
 * A function the model may call, in the older form of the API that
 * {@link ChatCompletionTool} replaces.
 *
 * @param description what the function does, which the model reads to decide when to
 * call it
 * @param name the function's name: letters, digits, underscores and dashes, at most 64
 * characters
 * @param parameters the JSON Schema of the arguments; absent means no arguments
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionFunctions(@JsonProperty("description") @Nullable String description,
		@JsonProperty("name") String name, @JsonProperty("parameters") @Nullable FunctionParameters parameters,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest allowed function name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionFunctions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().description(this.description)
			.name(this.name)
			.parameters(this.parameters)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionFunctions}; {@link #build()} requires and checks the
	 * name.
	 */
	public static final class Builder {

		private @Nullable String description;

		private @Nullable String name;

		private @Nullable FunctionParameters parameters;

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

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public ChatCompletionFunctions build() {
			Validate.requiredText(this.name, "name");
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new ChatCompletionFunctions(this.description, this.name, this.parameters,
					this.additionalProperties);
		}

	}

}
