package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A predicted output: text that the answer is expected to mostly repeat, such as a file
 * the model is asked to change a little, which makes generation faster. Today the only
 * {@code type} is {@value #CONTENT}.
 *
 * @param type the kind of prediction
 * @param content the predicted text, as a string or as text parts
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PredictionContent(@JsonProperty("type") String type,
		@JsonProperty("content") ChatCompletionRequestUserMessage.Content content,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code type} of a prediction of static content. */
	public static final String CONTENT = "content";

	public PredictionContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Predict the given text.
	 * @param text the predicted text
	 * @return the prediction
	 */
	public static PredictionContent of(String text) {
		return new PredictionContent(CONTENT, ChatCompletionRequestUserMessage.Content.of(text), Map.of());
	}

}
