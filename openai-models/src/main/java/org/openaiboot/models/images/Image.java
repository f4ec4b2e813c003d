package org.openaiboot.models.images;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One generated image, given either as a link or inline as base64 text, depending on the
 * {@code response_format} of the request.
 *
 * @param b64Json the image bytes in base64, when {@code b64_json} was asked for
 * @param url where to download the image, when {@code url} was asked for (the default)
 * @param revisedPrompt the prompt the model actually used, when it rewrote the one sent
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(@JsonProperty("b64_json") @Nullable String b64Json, @JsonProperty("url") @Nullable String url,
		@JsonProperty("revised_prompt") @Nullable String revisedPrompt,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public Image {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public Image(@Nullable String b64Json, @Nullable String url, @Nullable String revisedPrompt) {
		this(b64Json, url, revisedPrompt, Map.of());
	}

	/**
	 * An image given by its download link.
	 * @param url the link
	 * @return the image
	 */
	public static Image ofUrl(String url) {
		return new Image(null, url, null);
	}

	/**
	 * An image given inline as base64 text.
	 * @param b64Json the base64 text
	 * @return the image
	 */
	public static Image ofBase64(String b64Json) {
		return new Image(b64Json, null, null);
	}

}
