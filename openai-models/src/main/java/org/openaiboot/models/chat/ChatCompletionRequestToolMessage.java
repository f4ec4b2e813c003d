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
 * A message of the {@code tool} role: the result of a tool call that the model asked
 * for, sent back under the call's id.
 *
 * @param content the result of the call
 * @param toolCallId the id of the tool call this message answers
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestToolMessage(@JsonProperty("content") String content,
		@JsonProperty("tool_call_id") String toolCallId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessage {

	/** The discriminator of this message. */
	public static final String ROLE = "tool";

	public ChatCompletionRequestToolMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create the answer to a tool call.
	 * @param toolCallId the id of the tool call
	 * @param content the result of the call
	 * @return the message
	 */
	public static ChatCompletionRequestToolMessage of(String toolCallId, String content) {
		return builder().toolCallId(toolCallId).content(content).build();
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
		return new Builder().content(this.content)
			.toolCallId(this.toolCallId)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestToolMessage}; {@link #build()} requires the
	 * content and the tool call id.
	 */
	public static final class Builder {

		private @Nullable String content;

		private @Nullable String toolCallId;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder content(@Nullable String content) {
			this.content = content;
			return this;
		}

		public Builder toolCallId(@Nullable String toolCallId) {
			this.toolCallId = toolCallId;
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

		public ChatCompletionRequestToolMessage build() {
			Validate.required(this.content, "content");
			Validate.requiredText(this.toolCallId, "tool_call_id");
			return new ChatCompletionRequestToolMessage(this.content, this.toolCallId, this.additionalProperties);
		}

	}

}
