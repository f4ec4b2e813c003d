package org.openaiboot.models.threads;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A content part of a message that holds text ({@code "type": "text"}).
 *
 * @param text the text and its annotations
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageContentTextObject(@JsonProperty("text") Text text,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements MessageContent {

	/** The discriminator of this variant. */
	public static final String TYPE = "text";

	public MessageContentTextObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public MessageContentTextObject(Text text) {
		this(text, Map.of());
	}

	/**
	 * Create a text part without annotations.
	 * @param value the text
	 * @return the content part
	 */
	public static MessageContentTextObject of(String value) {
		return new MessageContentTextObject(new Text(value, List.of()));
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * The text of a content part.
	 *
	 * @param value the text itself
	 * @param annotations citations and file paths that refer to spans of {@code value}
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Text(@JsonProperty("value") String value,
			@JsonProperty("annotations") List<MessageContentTextAnnotation> annotations,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Text {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public Text(String value, List<MessageContentTextAnnotation> annotations) {
			this(value, annotations, Map.of());
		}

	}

}
