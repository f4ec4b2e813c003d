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
 * A message of the {@code system} role: the instructions that frame the conversation.
 *
 * @param content the instructions
 * @param name an optional name of the author, to tell apart several authors of the same
 * role
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestSystemMessage(@JsonProperty("content") String content,
		@JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessage {

	/** The discriminator of this message. */
	public static final String ROLE = "system";

	/** The longest allowed author name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionRequestSystemMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a system message.
	 * @param content the instructions
	 * @return the message
	 */
	public static ChatCompletionRequestSystemMessage of(String content) {
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
	 * Builds a {@link ChatCompletionRequestSystemMessage}; {@link #build()} requires the
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

		public ChatCompletionRequestSystemMessage build() {
			Validate.required(this.content, "content");
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new ChatCompletionRequestSystemMessage(this.content, this.name, this.additionalProperties);
		}

	}

}
