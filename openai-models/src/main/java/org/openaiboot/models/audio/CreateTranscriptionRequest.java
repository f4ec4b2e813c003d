package org.openaiboot.models.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A request to turn speech into text in the language spoken, sent as
 * {@code multipart/form-data}.
 * <p>
 * This record holds the text fields of the form only. The audio file (flac, mp3, mp4,
 * mpeg, mpga, m4a, ogg, wav or webm; required) is a binary part that the client takes
 * separately and sends under the part name {@link #FILE_FIELD}.
 *
 * @param model the speech-to-text model
 * @param language the language spoken, as an ISO-639-1 code such as {@code de}; giving
 * it makes the result faster and more accurate
 * @param prompt text that sets the style of the transcript or continues an earlier
 * segment, in the language of the audio
 * @param responseFormat the format of the transcript; json when absent. Only json and
 * verbose_json answers are JSON documents
 * @param temperature the sampling temperature, from 0 to 1; 0 (the default) lets the
 * model raise it by itself where needed
 * @param timestampGranularities which timestamps to add to the transcript (word,
 * segment or both); segment when absent
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTranscriptionRequest(@JsonProperty("model") TranscriptionModel model,
		@JsonProperty("language") @Nullable String language, @JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("timestamp_granularities[]") @Nullable List<TimestampGranularity> timestampGranularities,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the audio file (required, binary). */
	public static final String FILE_FIELD = "file";

	/** The lowest sampling temperature. */
	public static final double TEMPERATURE_MIN = 0;

	/** The highest sampling temperature. */
	public static final double TEMPERATURE_MAX = 1;

	public CreateTranscriptionRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the model only, and defaults for everything else.
	 * @param model the speech-to-text model
	 * @return the request
	 */
	public static CreateTranscriptionRequest of(TranscriptionModel model) {
		return builder().model(model).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.language(this.language)
			.prompt(this.prompt)
			.responseFormat(this.responseFormat)
			.temperature(this.temperature)
			.timestampGranularities(this.timestampGranularities)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateTranscriptionRequest}; {@link #build()} checks the model and
	 * the temperature. The audio file itself is given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable TranscriptionModel model;

		private @Nullable String language;

		private @Nullable String prompt;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Double temperature;

		private @Nullable List<TimestampGranularity> timestampGranularities;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(@Nullable TranscriptionModel model) {
			this.model = model;
			return this;
		}

		public Builder model(@Nullable String model) {
			return model((model != null) ? TranscriptionModel.of(model) : null);
		}

		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		public Builder timestampGranularities(@Nullable List<TimestampGranularity> timestampGranularities) {
			this.timestampGranularities = (timestampGranularities != null) ? new ArrayList<>(timestampGranularities)
					: null;
			return this;
		}

		public Builder timestampGranularities(TimestampGranularity... timestampGranularities) {
			return timestampGranularities(Arrays.asList(timestampGranularities));
		}

		public Builder addTimestampGranularity(TimestampGranularity timestampGranularity) {
			if (this.timestampGranularities == null) {
				this.timestampGranularities = new ArrayList<>();
			}
			this.timestampGranularities.add(timestampGranularity);
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

		public CreateTranscriptionRequest build() {
			Validate.required(this.model, "model");
			Validate.range(this.temperature, "temperature", TEMPERATURE_MIN, TEMPERATURE_MAX);
			return new CreateTranscriptionRequest(this.model, this.language, this.prompt, this.responseFormat,
					this.temperature, (this.timestampGranularities != null) ? List.copyOf(this.timestampGranularities)
							: null,
					this.additionalProperties);
		}

	}

	/**
	 * The format of the transcript the API sends back. Also used by
	 * {@link CreateTranslationRequest}.
	 *
	 * @param value the wire value
	 */
	public record ResponseFormat(@JsonValue String value) {

		/** A JSON document with the text (the default). */
		public static final ResponseFormat JSON = new ResponseFormat("json");

		/** The bare text, not JSON. */
		public static final ResponseFormat TEXT = new ResponseFormat("text");

		/** SubRip subtitles, not JSON. */
		public static final ResponseFormat SRT = new ResponseFormat("srt");

		/** A JSON document with the text plus language, duration, segments and words. */
		public static final ResponseFormat VERBOSE_JSON = new ResponseFormat("verbose_json");

		/** WebVTT subtitles, not JSON. */
		public static final ResponseFormat VTT = new ResponseFormat("vtt");

		public ResponseFormat {
			Validate.required(value, "response_format");
		}

		@JsonCreator
		public static ResponseFormat of(String value) {
			return new ResponseFormat(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The unit that a transcript carries timestamps for.
	 *
	 * @param value the wire value
	 */
	public record TimestampGranularity(@JsonValue String value) {

		/** A start and end time for each word; costs extra latency. */
		public static final TimestampGranularity WORD = new TimestampGranularity("word");

		/** A start and end time for each segment (the default). */
		public static final TimestampGranularity SEGMENT = new TimestampGranularity("segment");

		public TimestampGranularity {
			Validate.required(value, "timestamp_granularities[]");
		}

		@JsonCreator
		public static TimestampGranularity of(String value) {
			return new TimestampGranularity(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
