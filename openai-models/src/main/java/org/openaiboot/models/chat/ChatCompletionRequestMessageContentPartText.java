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
 * @param promptCacheBreakpoint marks this part as the end of a prefix the API should cache
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ChatCompletionRequestMessageContentPartText(@JsonProperty("text") String text,
		@JsonProperty("prompt_cache_breakpoint") @Nullable PromptCacheBreakpoint promptCacheBreakpoint,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessageContentPart {

	/** The discriminator of this part. */
	public static final String TYPE = "text";

	public ChatCompletionRequestMessageContentPartText {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a part with the members of API version 2.0.0.
	 * @param text the text
	 * @param additionalProperties other members
	 */
	public ChatCompletionRequestMessageContentPartText(String text, Map<String, @Nullable Object> additionalProperties) {
		this(text, null, additionalProperties);
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
		return new Builder().text(this.text)
			.promptCacheBreakpoint(this.promptCacheBreakpoint)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartText}; {@link #build()}
	 * requires the text.
	 */
	public static final class Builder {

		private @Nullable String text;

		private @Nullable PromptCacheBreakpoint promptCacheBreakpoint;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		public Builder promptCacheBreakpoint(@Nullable PromptCacheBreakpoint promptCacheBreakpoint) {
			this.promptCacheBreakpoint = promptCacheBreakpoint;
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
			return new ChatCompletionRequestMessageContentPartText(this.text, this.promptCacheBreakpoint,
					this.additionalProperties);
		}

	}

}
