package org.openaiboot.models.images;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to an image generation, edit or variation request: the images made.
 *
 * @param created when the images were made, in Unix seconds
 * @param data the images, in order
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImagesResponse(@JsonProperty("created") long created, @JsonProperty("data") List<Image> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ImagesResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public ImagesResponse(long created, List<Image> data) {
		this(created, data, Map.of());
	}

}
