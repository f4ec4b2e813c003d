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
 * A message of the {@code developer} role: the instructions of the application's
 * developer, which the model follows whatever the user says. Reasoning models take
 * these in place of system messages.
 *
 * @param content the instructions
 * @param name an optional name of the author, to tell apart several authors of the same
 * role
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestDeveloperMessage(@JsonProperty("content") String content,
		@JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessage {

	/** The discriminator of this message. */
	public static final String ROLE = "developer";

	/** The longest allowed author name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionRequestDeveloperMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a developer message.
	 * @param content the instructions
	 * @return the message
	 */
	public static ChatCompletionRequestDeveloperMessage of(String content) {
		return builder().content(content).build();
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
	 * Builds a {@link ChatCompletionRequestDeveloperMessage}; {@link #build()} requires the
	 * content and checks the name.
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

		public ChatCompletionRequestDeveloperMessage build() {
			Validate.required(this.content, "content");
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new ChatCompletionRequestDeveloperMessage(this.content, this.name, this.additionalProperties);
		}

	}

}
