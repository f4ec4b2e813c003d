package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A message of the {@code function} role: the result of a function call in the older
 * form of the API. Deprecated by the API in favour of
 * {@link ChatCompletionRequestToolMessage}.
 *
 * @param content the result of the function; always written, as {@code null} when there
 * is none
 * @param name the name of the function that was called
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestFunctionMessage(
		@JsonProperty("content") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String content,
		@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessage {

	/** The discriminator of this message. */
	public static final String ROLE = "function";

	/** The longest allowed function name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionRequestFunctionMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create the result of a function call.
	 * @param name the function's name
	 * @param content the result, or {@code null}
	 * @return the message
	 */
	public static ChatCompletionRequestFunctionMessage of(String name, @Nullable String content) {
		return builder().name(name).content(content).build();
	}

	@Override
	@JsonProperty("role")
	public String role() {
		return ROLE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().content(this.content).name(this.name).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestFunctionMessage}; {@link #build()} requires and
	 * checks the name.
	 */
	public static final class Builder {

		private @Nullable String content;

		private @Nullable String name;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder content(@Nullable String content) {
			this.content = content;
			return this;
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

		public ChatCompletionRequestFunctionMessage build() {
			Validate.requiredText(this.name, "name");
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new ChatCompletionRequestFunctionMessage(this.content, this.name, this.additionalProperties);
		}

	}

}
