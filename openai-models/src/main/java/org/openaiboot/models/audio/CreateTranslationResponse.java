package org.openaiboot.models.audio;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The English translation of an audio file, as answered when the request asked for json (the default).
 * A verbose_json answer also reads as this type, its extra members kept in
 * {@link #additionalProperties()}.
 *
 * @param text the recognised text
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTranslationResponse(@JsonProperty("text") String text,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateTranslationResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public CreateTranslationResponse(String text) {
		this(text, Map.of());
	}

}
