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
 * A note attached to a span of the text of a message: a citation of a file, or the path
 * of a file a tool produced, told apart by {@code type}. An annotation with a
 * {@code type} this version does not know is read as {@link Unknown} and written back
 * unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = MessageContentTextAnnotation.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = MessageContentTextAnnotationsFileCitationObject.class, name = "file_citation"),
		@JsonSubTypes.Type(value = MessageContentTextAnnotationsFilePathObject.class, name = "file_path") })
public sealed interface MessageContentTextAnnotation permits MessageContentTextAnnotationsFileCitationObject,
		MessageContentTextAnnotationsFilePathObject, MessageContentTextAnnotation.Unknown {

	/**
	 * The kind of annotation.
	 * @return the discriminator as sent on the wire
	 */
	String type();

	/**
	 * An annotation of a kind this version does not know, kept as the raw JSON members.
	 *
	 * @param properties every member of the annotation, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
			implements MessageContentTextAnnotation {

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
