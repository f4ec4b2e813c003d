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
 * A text part of a user message.
 *
 * @param text the text
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ChatCompletionRequestMessageContentPartText(@JsonProperty("text") String text,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessageContentPart {

	/** The discriminator of this part. */
	public static final String TYPE = "text";

	public ChatCompletionRequestMessageContentPartText {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a text part.
	 * @param text the text
	 * @return the part
	 */
	public static ChatCompletionRequestMessageContentPartText of(String text) {
		return builder().text(text).build();
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
		return new Builder().text(this.text).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartText}; {@link #build()}
	 * requires the text.
	 */
	public static final class Builder {

		private @Nullable String text;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder text(@Nullable String text) {
			this.text = text;
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

		public ChatCompletionRequestMessageContentPartText build() {
			Validate.required(this.text, "text");
			return new ChatCompletionRequestMessageContentPartText(this.text, this.additionalProperties);
		}

	}

}
