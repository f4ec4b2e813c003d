package org.openaiboot.models.threads;

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
 * One part of the content of a {@link MessageObject}: an image file or a piece of text,
 * told apart by {@code type}. A part with a {@code type} this version does not know is
 * read as {@link Unknown} and written back unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = MessageContent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = MessageContentImageFileObject.class, name = "image_file"),
		@JsonSubTypes.Type(value = MessageContentTextObject.class, name = "text") })
public sealed interface MessageContent
		permits MessageContentImageFileObject, MessageContentTextObject, MessageContent.Unknown {

	/**
	 * The kind of content part.
	 * @return the discriminator as sent on the wire
	 */
	String type();

	/**
	 * A content part of a kind this version does not know, kept as the raw JSON members.
	 *
	 * @param properties every member of the part, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
			implements MessageContent {

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
