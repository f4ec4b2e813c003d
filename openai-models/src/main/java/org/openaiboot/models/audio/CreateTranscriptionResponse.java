package org.openaiboot.models.audio;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The transcript of an audio file, as answered for the JSON response formats: json (the
 * default: the text, plus token log probabilities and usage with the GPT-4o models),
 * verbose_json (plus language, duration, words and segments) and diarized_json (segments
 * marked with their speaker). Today's API describes these as three schemas; this one type
 * reads all of them, so every member but {@code text} is optional.
 *
 * @param text the recognised text
 * @param languages the languages detected, when the model reports them; empty when none
 * could be told
 * @param logprobs the log probability of each token, when asked for with
 * {@code include[]=logprobs}
 * @param usage what the request cost, in tokens or in seconds of audio
 * @param language the language spoken (verbose_json)
 * @param duration the length of the audio in seconds (verbose_json, diarized_json)
 * @param words the words with their timestamps (verbose_json with word timestamps)
 * @param segments the segments of the text with their timestamps (verbose_json), or with
 * their speaker (diarized_json)
 * @param task always {@code transcribe}, when sent (diarized_json)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTranscriptionResponse(@JsonProperty("text") String text,
		@JsonProperty("languages") @Nullable List<Language> languages,
		@JsonProperty("logprobs") @Nullable List<Logprob> logprobs, @JsonProperty("usage") @Nullable Usage usage,
		@JsonProperty("language") @Nullable String language, @JsonProperty("duration") @Nullable Double duration,
		@JsonProperty("words") @Nullable List<Word> words, @JsonProperty("segments") @Nullable List<Segment> segments,
		@JsonProperty("task") @Nullable String task,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code task}. */
	public static final String TASK = "transcribe";

	public CreateTranscriptionResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public CreateTranscriptionResponse(String text) {
		this(text, Map.of());
	}

	/**
	 * A transcript with the members of version 2.0.0 of the API.
	 * @param text the recognised text
	 * @param additionalProperties members this version of the type does not know
	 */
	public CreateTranscriptionResponse(String text, Map<String, @Nullable Object> additionalProperties) {
		this(text, null, null, null, null, null, null, null, null, additionalProperties);
	}

	/**
	 * A language detected in the audio.
	 *
	 * @param code the ISO-639-1 code, such as {@code en}
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Language(@JsonProperty("code") String code,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Language {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * How likely the model found one token of the transcript.
	 *
	 * @param token the token
	 * @param logprob its log probability
	 * @param bytes the UTF-8 bytes of the token
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Logprob(@JsonProperty("token") @Nullable String token,
			@JsonProperty("logprob") @Nullable Double logprob, @JsonProperty("bytes") @Nullable List<Integer> bytes,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Logprob {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * What a transcription cost: {@link #TOKENS} for the GPT-4o models (input, output and
	 * total tokens) or {@link #DURATION} for the others (seconds of audio).
	 *
	 * @param type {@link #TOKENS} or {@link #DURATION}
	 * @param seconds the seconds of audio billed, as sent (a whole or a fractional number)
	 * @param inputTokens the tokens of the audio and the prompt
	 * @param inputTokenDetails the input tokens by kind
	 * @param outputTokens the tokens of the text produced
	 * @param totalTokens input and output tokens together
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Usage(@JsonProperty("type") String type, @JsonProperty("seconds") @Nullable Number seconds,
			@JsonProperty("input_tokens") @Nullable Integer inputTokens,
			@JsonProperty("input_token_details") @Nullable InputTokenDetails inputTokenDetails,
			@JsonProperty("output_tokens") @Nullable Integer outputTokens,
			@JsonProperty("total_tokens") @Nullable Integer totalTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** The {@code type} of a usage in tokens. */
		public static final String TOKENS = "tokens";

		/** The {@code type} of a usage in seconds of audio. */
		public static final String DURATION = "duration";

		public Usage {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * The input tokens of a transcription by kind.
		 *
		 * @param textTokens the tokens of the prompt
		 * @param audioTokens the tokens of the audio
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record InputTokenDetails(@JsonProperty("text_tokens") @Nullable Integer textTokens,
				@JsonProperty("audio_tokens") @Nullable Integer audioTokens,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public InputTokenDetails {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

		}

	}

	/**
	 * A word of the transcript with its timestamps.
	 *
	 * @param word the word
	 * @param start where it starts, in seconds
	 * @param end where it ends, in seconds
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Word(@JsonProperty("word") String word, @JsonProperty("start") double start,
			@JsonProperty("end") double end,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Word {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A segment of a transcript or translation: in a verbose_json answer with its
	 * timestamps and decoding statistics, in a diarized_json answer with its speaker. Also
	 * used by {@link CreateTranslationResponse}.
	 *
	 * @param id the segment's ID: a number in verbose_json answers, a string such as
	 * {@code seg_001} in diarized_json answers; kept as sent
	 * @param seek where the segment was sought in the audio (verbose_json)
	 * @param start where the segment starts, in seconds
	 * @param end where the segment ends, in seconds
	 * @param text the text of the segment
	 * @param tokens the token IDs of the text (verbose_json)
	 * @param temperature the sampling temperature used for the segment (verbose_json)
	 * @param avgLogprob the average log probability of its tokens; below -1 suggests a
	 * poor transcript (verbose_json)
	 * @param compressionRatio how well the text compresses; above 2.4 suggests a failed
	 * decoding (verbose_json)
	 * @param noSpeechProb how likely the segment holds no speech (verbose_json)
	 * @param type always {@code transcript.text.segment} (diarized_json)
	 * @param speaker who speaks: a known speaker's name, or {@code A}, {@code B}, ...
	 * (diarized_json)
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Segment(@JsonProperty("id") Object id, @JsonProperty("seek") @Nullable Integer seek,
			@JsonProperty("start") double start, @JsonProperty("end") double end,
			@JsonProperty("text") String text, @JsonProperty("tokens") @Nullable List<Integer> tokens,
			@JsonProperty("temperature") @Nullable Double temperature,
			@JsonProperty("avg_logprob") @Nullable Double avgLogprob,
			@JsonProperty("compression_ratio") @Nullable Double compressionRatio,
			@JsonProperty("no_speech_prob") @Nullable Double noSpeechProb, @JsonProperty("type") @Nullable String type,
			@JsonProperty("speaker") @Nullable String speaker,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** The {@code type} of a diarized segment. */
		public static final String DIARIZED_TYPE = "transcript.text.segment";

		public Segment {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
