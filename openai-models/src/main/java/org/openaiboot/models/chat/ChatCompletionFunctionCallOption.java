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
 * Names the one function the model must call, in the older form of the API that
 * {@link ChatCompletionNamedToolChoice} replaces.
 *
 * @param name the function's name
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionFunctionCallOption(@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest allowed function name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionFunctionCallOption {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Name the function the model must call.
	 * @param name the function's name
	 * @return the option
	 */
	public static ChatCompletionFunctionCallOption of(String name) {
		return builder().name(name).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().name(this.name).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionFunctionCallOption}; {@link #build()} requires and
	 * checks the name.
	 */
	public static final class Builder {

		private @Nullable String name;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder name(@Nullable String name) {
			this.name = name;
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

		public ChatCompletionFunctionCallOption build() {
			Validate.requiredText(this.name, "name");
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new ChatCompletionFunctionCallOption(this.name, this.additionalProperties);
		}

	}

}
