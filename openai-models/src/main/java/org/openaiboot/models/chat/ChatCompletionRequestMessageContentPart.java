package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One part of a message made of several parts: a piece of text, an image, audio or a
 * file in user messages, text or a refusal in assistant messages. The
 * JSON member {@code type} tells the kinds apart; a kind this version does not know is
 * read as {@link Unknown} and written back unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = ChatCompletionRequestMessageContentPart.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = ChatCompletionRequestMessageContentPartText.class, name = "text"),
		@JsonSubTypes.Type(value = ChatCompletionRequestMessageContentPartImage.class, name = "image_url"),
		@JsonSubTypes.Type(value = ChatCompletionRequestMessageContentPartAudio.class, name = "input_audio"),
		@JsonSubTypes.Type(value = ChatCompletionRequestMessageContentPartFile.class, name = "file"),
		@JsonSubTypes.Type(value = ChatCompletionRequestMessageContentPartRefusal.class, name = "refusal") })
public sealed interface ChatCompletionRequestMessageContentPart
		permits ChatCompletionRequestMessageContentPartText, ChatCompletionRequestMessageContentPartImage,
		ChatCompletionRequestMessageContentPartAudio, ChatCompletionRequestMessageContentPartFile,
		ChatCompletionRequestMessageContentPartRefusal, ChatCompletionRequestMessageContentPart.Unknown {

	/**
	 * The kind of this part.
	 * @return the discriminator as sent on the wire
	 */
	String type();

	/**
	 * A part of a kind this version does not know, kept as the JSON object it is.
	 *
	 * @param properties all members of the part, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
			implements ChatCompletionRequestMessageContentPart {

		public Unknown {
			properties = AdditionalProperties.copyOf(properties);
		}

		@Override
		@JsonIgnore
		public String type() {
			return String.valueOf(this.properties.get("type"));
		}

	}

}
