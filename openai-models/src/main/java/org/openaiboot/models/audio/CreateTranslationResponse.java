package org.openaiboot.models.audio;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.audio.CreateTranscriptionResponse.Segment;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The English translation of an audio file, as answered for the json (the default) and
 * verbose_json response formats. Today's API describes these as two schemas; this one
 * type reads both, so the verbose members are optional.
 *
 * @param text the recognised text
 * @param language the language of the output, {@code english} (verbose_json)
 * @param duration the length of the audio in seconds (verbose_json)
 * @param segments the segments of the text with their timestamps (verbose_json)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTranslationResponse(@JsonProperty("text") String text,
		@JsonProperty("language") @Nullable String language, @JsonProperty("duration") @Nullable Double duration,
		@JsonProperty("segments") @Nullable List<Segment> segments,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateTranslationResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public CreateTranslationResponse(String text) {
		this(text, Map.of());
	}

	/**
	 * A translation with the members of version 2.0.0 of the API.
	 * @param text the recognised text
	 * @param additionalProperties members this version of the type does not know
	 */
	public CreateTranslationResponse(String text, Map<String, @Nullable Object> additionalProperties) {
		this(text, null, null, null, additionalProperties);
	}

}
