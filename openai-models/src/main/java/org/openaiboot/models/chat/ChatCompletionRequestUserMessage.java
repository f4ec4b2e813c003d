package org.openaiboot.models.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * A message of the {@code user} role: what the person says, as text or as a list of
 * text and image parts.
 *
 * @param content the text, or the parts
 * @param name an optional name of the author, to tell apart several authors of the same
 * role
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "role", allowGetters = true)
public record ChatCompletionRequestUserMessage(@JsonProperty("content") Content content,
		@JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessage {

	/** The discriminator of this message. */
	public static final String ROLE = "user";

	/** The longest allowed author name. */
	public static final int NAME_MAX_LENGTH = 64;

	public ChatCompletionRequestUserMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a user message of plain text.
	 * @param text the text
	 * @return the message
	 */
	public static ChatCompletionRequestUserMessage of(String text) {
		return builder().content(text).build();
	}

	/**
	 * Create a user message of parts (text and images).
	 * @param parts the parts, at least one
	 * @return the message
	 */
	public static ChatCompletionRequestUserMessage of(List<ChatCompletionRequestMessageContentPart> parts) {
		return builder().content(parts).build();
	}

	/**
	 * Create a user message of parts (text and images).
	 * @param parts the parts, at least one
	 * @return the message
	 */
	public static ChatCompletionRequestUserMessage of(ChatCompletionRequestMessageContentPart... parts) {
		return builder().content(parts).build();
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
	 * Builds a {@link ChatCompletionRequestUserMessage}; {@link #build()} requires the
	 * content (at least one part when given as parts) and checks the name.
	 */
	public static final class Builder {

		private @Nullable Content content;

		private @Nullable String name;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder content(@Nullable Content content) {
			this.content = content;
			return this;
		}

		public Builder content(String text) {
			return content(Content.of(text));
		}

		public Builder content(List<ChatCompletionRequestMessageContentPart> parts) {
			return content(Content.of(parts));
		}

		public Builder content(ChatCompletionRequestMessageContentPart... parts) {
			return content(Content.of(parts));
		}

		/**
		 * Add one part to the content, turning it into a list of parts if it was
		 * text.
		 * @param part the part to add
		 * @return this builder
		 */
		public Builder addContentPart(ChatCompletionRequestMessageContentPart part) {
			List<ChatCompletionRequestMessageContentPart> parts = new ArrayList<>();
			if (this.content instanceof Content.Parts existing) {
				parts.addAll(existing.parts());
			}
			else if (this.content instanceof Content.Text text) {
				parts.add(ChatCompletionRequestMessageContentPartText.of(text.text()));
			}
			parts.add(part);
			return content(parts);
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

		public ChatCompletionRequestUserMessage build() {
			Content content = Validate.required(this.content, "content");
			if (content instanceof Content.Parts parts) {
				Validate.requiredNotEmpty(parts.parts(), "content");
				for (int i = 0; i < parts.parts().size(); i++) {
					Validate.required(parts.parts().get(i), "content[" + i + "]");
				}
			}
			Validate.name(this.name, "name", NAME_MAX_LENGTH);
			return new ChatCompletionRequestUserMessage(content, this.name, this.additionalProperties);
		}

	}

	/**
	 * The content of a user message: either plain text (a JSON string) or a list of parts
	 * (a JSON array). A shape this version does not know is kept as {@link Unknown}.
	 */
	public sealed interface Content permits Content.Text, Content.Parts, Content.Unknown {

		static Content of(String text) {
			return new Text(text);
		}

		static Content of(List<ChatCompletionRequestMessageContentPart> parts) {
			for (int i = 0; i < parts.size(); i++) {
				if (parts.get(i) == null) {
					throw new ValidationException("content[" + i + "]", "is required", null);
				}
			}
			return new Parts(List.copyOf(parts));
		}

		static Content of(ChatCompletionRequestMessageContentPart... parts) {
			return of(Arrays.asList(parts));
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Content fromJsonText(String text) {
			return new Text(text);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Content fromJsonParts(List<ChatCompletionRequestMessageContentPart> parts) {
			return new Parts(parts);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		@SuppressWarnings("unchecked")
		static Content fromJson(@Nullable Object json) {
			if (json instanceof String text) {
				return new Text(text);
			}
			if (json instanceof List<?> list
					&& list.stream().allMatch(ChatCompletionRequestMessageContentPart.class::isInstance)) {
				return new Parts((List<ChatCompletionRequestMessageContentPart>) list);
			}
			return new Unknown(json);
		}

		/**
		 * Plain text content, sent as a JSON string.
		 *
		 * @param text the text
		 */
		record Text(@JsonValue String text) implements Content {

		}

		/**
		 * Content of parts, sent as a JSON array.
		 *
		 * @param parts the parts
		 */
		record Parts(@JsonValue List<ChatCompletionRequestMessageContentPart> parts) implements Content {

		}

		/**
		 * Content of a shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue @Nullable Object json) implements Content {

		}

	}

}
