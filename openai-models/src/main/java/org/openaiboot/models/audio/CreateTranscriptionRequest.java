package org.openaiboot.models.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

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
 * @param languages the languages that may be spoken, as ISO-639-1 codes (at least one);
 * {@code gpt-transcribe} only
 * @param keywords words or phrases the audio likely contains, to help recognise them;
 * {@code gpt-transcribe} only
 * @param prompt text that sets the style of the transcript or continues an earlier
 * segment, in the language of the audio
 * @param responseFormat the format of the transcript; json when absent. Only json,
 * verbose_json and diarized_json answers are JSON documents
 * @param temperature the sampling temperature, from 0 to 1; 0 (the default) lets the
 * model raise it by itself where needed
 * @param include extra information for the answer, such as the log probabilities of the
 * tokens (json answers of the GPT-4o transcription models only)
 * @param timestampGranularities which timestamps to add to the transcript (word,
 * segment or both); segment when absent
 * @param stream whether the transcript comes as server-sent events (not for
 * {@code whisper-1})
 * @param chunkingStrategy how the audio is cut into chunks before it is transcribed
 * @param knownSpeakerNames the names of up to 4 known speakers, matching
 * {@code known_speaker_references}; diarization only
 * @param knownSpeakerReferences a sample (a data URL with 2 to 10 seconds of audio) of each
 * known speaker; diarization only
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTranscriptionRequest(@JsonProperty("model") TranscriptionModel model,
		@JsonProperty("language") @Nullable String language,
		@JsonProperty("languages[]") @Nullable List<String> languages,
		@JsonProperty("keywords[]") @Nullable List<String> keywords, @JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("include[]") @Nullable List<Include> include,
		@JsonProperty("timestamp_granularities[]") @Nullable List<TimestampGranularity> timestampGranularities,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("chunking_strategy") @Nullable ChunkingStrategy chunkingStrategy,
		@JsonProperty("known_speaker_names[]") @Nullable List<String> knownSpeakerNames,
		@JsonProperty("known_speaker_references[]") @Nullable List<String> knownSpeakerReferences,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the audio file (required, binary). */
	public static final String FILE_FIELD = "file";

	/** The lowest sampling temperature. */
	public static final double TEMPERATURE_MIN = 0;

	/** The highest sampling temperature. */
	public static final double TEMPERATURE_MAX = 1;

	/** The most known speakers one request may name. */
	public static final int KNOWN_SPEAKERS_MAX = 4;

	public CreateTranscriptionRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the members of version 2.0.0 of the API.
	 * @param model the speech-to-text model
	 * @param language the language spoken
	 * @param prompt the style prompt
	 * @param responseFormat the format of the transcript
	 * @param temperature the sampling temperature
	 * @param timestampGranularities which timestamps to add
	 * @param additionalProperties form fields this version of the type does not know
	 */
	public CreateTranscriptionRequest(TranscriptionModel model, @Nullable String language, @Nullable String prompt,
			@Nullable ResponseFormat responseFormat, @Nullable Double temperature,
			@Nullable List<TimestampGranularity> timestampGranularities,
			Map<String, @Nullable Object> additionalProperties) {
		this(model, language, null, null, prompt, responseFormat, temperature, null, timestampGranularities, null, null,
				null, null, additionalProperties);
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
			.languages(this.languages)
			.keywords(this.keywords)
			.prompt(this.prompt)
			.responseFormat(this.responseFormat)
			.temperature(this.temperature)
			.include(this.include)
			.timestampGranularities(this.timestampGranularities)
			.stream(this.stream)
			.chunkingStrategy(this.chunkingStrategy)
			.knownSpeakerNames(this.knownSpeakerNames)
			.knownSpeakerReferences(this.knownSpeakerReferences)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateTranscriptionRequest}; {@link #build()} checks the model, the
	 * temperature, that {@code languages} is not empty when given, that log probabilities
	 * are only asked for with the json response format, and that at most 4
	 * known speakers are given, each with a name and a reference. The audio file itself is
	 * given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable TranscriptionModel model;

		private @Nullable String language;

		private @Nullable String prompt;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Double temperature;

		private @Nullable List<TimestampGranularity> timestampGranularities;

		private @Nullable List<String> languages;

		private @Nullable List<String> keywords;

		private @Nullable List<Include> include;

		private @Nullable Boolean stream;

		private @Nullable ChunkingStrategy chunkingStrategy;

		private @Nullable List<String> knownSpeakerNames;

		private @Nullable List<String> knownSpeakerReferences;

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

		public Builder languages(@Nullable List<String> languages) {
			this.languages = (languages != null) ? new ArrayList<>(languages) : null;
			return this;
		}

		public Builder languages(String... languages) {
			return languages(Arrays.asList(languages));
		}

		public Builder keywords(@Nullable List<String> keywords) {
			this.keywords = (keywords != null) ? new ArrayList<>(keywords) : null;
			return this;
		}

		public Builder keywords(String... keywords) {
			return keywords(Arrays.asList(keywords));
		}

		public Builder include(@Nullable List<Include> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		public Builder include(Include... include) {
			return include(Arrays.asList(include));
		}

		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		public Builder chunkingStrategy(@Nullable ChunkingStrategy chunkingStrategy) {
			this.chunkingStrategy = chunkingStrategy;
			return this;
		}

		public Builder knownSpeakerNames(@Nullable List<String> knownSpeakerNames) {
			this.knownSpeakerNames = (knownSpeakerNames != null) ? new ArrayList<>(knownSpeakerNames) : null;
			return this;
		}

		public Builder knownSpeakerReferences(@Nullable List<String> knownSpeakerReferences) {
			this.knownSpeakerReferences = (knownSpeakerReferences != null) ? new ArrayList<>(knownSpeakerReferences)
					: null;
			return this;
		}

		/**
		 * Add a known speaker for diarization.
		 * @param name a short name, such as {@code agent}
		 * @param reference a data URL with 2 to 10 seconds of the speaker's voice
		 * @return this builder
		 */
		public Builder addKnownSpeaker(String name, String reference) {
			if (this.knownSpeakerNames == null) {
				this.knownSpeakerNames = new ArrayList<>();
			}
			if (this.knownSpeakerReferences == null) {
				this.knownSpeakerReferences = new ArrayList<>();
			}
			this.knownSpeakerNames.add(name);
			this.knownSpeakerReferences.add(reference);
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
			if (this.languages != null) {
				Validate.requiredNotEmpty(this.languages, "languages[]");
			}
			Validate.maxSize(this.knownSpeakerNames, "known_speaker_names[]", KNOWN_SPEAKERS_MAX);
			Validate.maxSize(this.knownSpeakerReferences, "known_speaker_references[]", KNOWN_SPEAKERS_MAX);
			if (this.include != null && this.include.contains(Include.LOGPROBS) && this.responseFormat != null
					&& !ResponseFormat.JSON.equals(this.responseFormat)) {
				throw new ValidationException("response_format", "must be json when include[] has logprobs",
						this.responseFormat.value());
			}
			int names = (this.knownSpeakerNames != null) ? this.knownSpeakerNames.size() : 0;
			int references = (this.knownSpeakerReferences != null) ? this.knownSpeakerReferences.size() : 0;
			if (names != references) {
				throw new ValidationException("known_speaker_references[]",
						"must give one reference for each of the " + names + " known speaker names", references);
			}
			return new CreateTranscriptionRequest(this.model, this.language, copy(this.languages),
					copy(this.keywords), this.prompt, this.responseFormat, this.temperature, copy(this.include),
					copy(this.timestampGranularities), this.stream, this.chunkingStrategy,
					copy(this.knownSpeakerNames), copy(this.knownSpeakerReferences), this.additionalProperties);
		}

		private static <T> @Nullable List<T> copy(@Nullable List<T> list) {
			return (list != null) ? List.copyOf(list) : null;
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

		/**
		 * A JSON document with the text in segments marked with their speaker;
		 * {@code gpt-4o-transcribe-diarize} only.
		 */
		public static final ResponseFormat DIARIZED_JSON = new ResponseFormat("diarized_json");

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

	/**
	 * Extra information a transcript may include.
	 *
	 * @param value the wire value
	 */
	public record Include(@JsonValue String value) {

		/** The log probability of each token, in {@code logprobs} of the answer. */
		public static final Include LOGPROBS = new Include("logprobs");

		public Include {
			Validate.required(value, "include[]");
		}

		@JsonCreator
		public static Include of(String value) {
			return new Include(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How the audio is cut into chunks: {@link #auto()}, the JSON string {@code "auto"}, or
	 * a {@link ServerVad} object that tunes the voice activity detection. In the form, an
	 * object is sent as one field per member ({@code chunking_strategy[type]}, ...).
	 */
	public sealed interface ChunkingStrategy
			permits ChunkingStrategy.Auto, ChunkingStrategy.ServerVad, ChunkingStrategy.Unknown {

		/**
		 * Let the server normalise the loudness and cut at detected silences.
		 * @return the {@code "auto"} value
		 */
		static ChunkingStrategy auto() {
			return Auto.INSTANCE;
		}

		/**
		 * Server-side voice activity detection with its default settings.
		 * @return the strategy
		 */
		static ChunkingStrategy serverVad() {
			return new ServerVad(null, null, null, Map.of());
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ChunkingStrategy fromJson(Object json) {
			if (Auto.VALUE.equals(json)) {
				return Auto.INSTANCE;
			}
			if (json instanceof Map<?, ?> map && ServerVad.TYPE.equals(map.get("type"))) {
				Map<String, @Nullable Object> rest = new LinkedHashMap<>();
				map.forEach((key, value) -> rest.put(String.valueOf(key), value));
				rest.remove("type");
				Object padding = rest.remove("prefix_padding_ms");
				Object silence = rest.remove("silence_duration_ms");
				Object threshold = rest.remove("threshold");
				if ((padding == null || padding instanceof Integer) && (silence == null || silence instanceof Integer)
						&& (threshold == null || threshold instanceof Number)) {
					return new ServerVad((Integer) padding, (Integer) silence,
							(threshold != null) ? ((Number) threshold).doubleValue() : null, rest);
				}
			}
			return new Unknown(json);
		}

		/**
		 * The {@code "auto"} value, sent as that JSON string.
		 */
		record Auto() implements ChunkingStrategy {

			/** The wire value. */
			public static final String VALUE = "auto";

			static final Auto INSTANCE = new Auto();

			@JsonValue
			public String value() {
				return VALUE;
			}

		}

		/**
		 * Voice activity detection by the server, with its settings.
		 *
		 * @param prefixPaddingMs how much audio before detected speech to keep, in
		 * milliseconds (300 when absent)
		 * @param silenceDurationMs how long a silence ends speech, in milliseconds (200 when
		 * absent)
		 * @param threshold how loud audio must be to count as speech, from 0 to 1 (0.5 when
		 * absent)
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		@JsonIgnoreProperties(value = "type", allowGetters = true)
		record ServerVad(@JsonProperty("prefix_padding_ms") @Nullable Integer prefixPaddingMs,
				@JsonProperty("silence_duration_ms") @Nullable Integer silenceDurationMs,
				@JsonProperty("threshold") @Nullable Double threshold,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
				implements ChunkingStrategy {

			/** The value of {@code type}. */
			public static final String TYPE = "server_vad";

			public ServerVad {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * The type, written first.
			 * @return {@code server_vad}
			 */
			@JsonProperty(value = "type", index = 0)
			public String type() {
				return TYPE;
			}

		}

		/**
		 * A shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue Object json) implements ChunkingStrategy {
		}

	}

}
