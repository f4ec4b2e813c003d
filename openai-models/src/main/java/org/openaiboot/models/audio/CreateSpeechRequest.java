package org.openaiboot.models.audio;

import java.util.LinkedHashMap;
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
import org.openaiboot.models.common.ValidationException;

/**
 * A request to read a text aloud, sent as JSON. The answer is the audio itself, as bytes
 * in the chosen {@link ResponseFormat}, not a JSON document.
 *
 * @param model the text-to-speech model
 * @param input the text to speak, at most 4096 characters
 * @param instructions how to speak (tone, accent, pace...), at most 4096 characters;
 * not for {@code tts-1} and {@code tts-1-hd}
 * @param voice the voice to speak with
 * @param responseFormat the audio encoding; mp3 when absent
 * @param speed how fast to speak, from 0.25 to 4.0; 1.0 when absent
 * @param streamFormat whether the audio comes as raw bytes ({@code audio}, the default)
 * or as server-sent events ({@code sse}, not for {@code tts-1} and {@code tts-1-hd})
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSpeechRequest(@JsonProperty("model") SpeechModel model, @JsonProperty("input") String input,
		@JsonProperty("instructions") @Nullable String instructions, @JsonProperty("voice") Voice voice,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("speed") @Nullable Double speed, @JsonProperty("stream_format") @Nullable StreamFormat streamFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest text one request may speak. */
	public static final int INPUT_MAX_LENGTH = 4096;

	/** The longest instructions one request may give. */
	public static final int INSTRUCTIONS_MAX_LENGTH = 4096;

	/** The slowest speed. */
	public static final double SPEED_MIN = 0.25;

	/** The fastest speed. */
	public static final double SPEED_MAX = 4.0;

	public CreateSpeechRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the members of version 2.0.0 of the API.
	 * @param model the text-to-speech model
	 * @param input the text to speak
	 * @param voice the voice
	 * @param responseFormat the audio encoding
	 * @param speed how fast to speak
	 * @param additionalProperties members this version of the type does not know
	 */
	public CreateSpeechRequest(SpeechModel model, String input, Voice voice, @Nullable ResponseFormat responseFormat,
			@Nullable Double speed, Map<String, @Nullable Object> additionalProperties) {
		this(model, input, null, voice, responseFormat, speed, null, additionalProperties);
	}

	/**
	 * A request with the required members only.
	 * @param model the text-to-speech model
	 * @param input the text to speak
	 * @param voice the voice
	 * @return the request
	 */
	public static CreateSpeechRequest of(SpeechModel model, String input, Voice voice) {
		return builder().model(model).input(input).voice(voice).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.input(this.input)
			.instructions(this.instructions)
			.voice(this.voice)
			.responseFormat(this.responseFormat)
			.speed(this.speed)
			.streamFormat(this.streamFormat)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateSpeechRequest}; {@link #build()} checks the required members,
	 * the length of the input and the instructions, the speed, and that the {@code tts-1}
	 * models are given neither instructions nor the {@code sse} stream format.
	 */
	public static final class Builder {

		private @Nullable SpeechModel model;

		private @Nullable String input;

		private @Nullable Voice voice;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Double speed;

		private @Nullable String instructions;

		private @Nullable StreamFormat streamFormat;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(@Nullable SpeechModel model) {
			this.model = model;
			return this;
		}

		public Builder model(@Nullable String model) {
			return model((model != null) ? SpeechModel.of(model) : null);
		}

		public Builder input(@Nullable String input) {
			this.input = input;
			return this;
		}

		public Builder voice(@Nullable Voice voice) {
			this.voice = voice;
			return this;
		}

		public Builder voice(@Nullable String voice) {
			return voice((voice != null) ? Voice.of(voice) : null);
		}

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder speed(@Nullable Double speed) {
			this.speed = speed;
			return this;
		}

		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		public Builder streamFormat(@Nullable StreamFormat streamFormat) {
			this.streamFormat = streamFormat;
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

		public CreateSpeechRequest build() {
			Validate.required(this.model, "model");
			Validate.requiredText(this.input, "input");
			Validate.maxLength(this.input, "input", INPUT_MAX_LENGTH);
			Validate.required(this.voice, "voice");
			Validate.range(this.speed, "speed", SPEED_MIN, SPEED_MAX);
			Validate.maxLength(this.instructions, "instructions", INSTRUCTIONS_MAX_LENGTH);
			if (this.model.isTts1()) {
				if (this.instructions != null) {
					throw new ValidationException("instructions", "is not supported by " + this.model.value(),
							this.instructions);
				}
				if (StreamFormat.SSE.equals(this.streamFormat)) {
					throw new ValidationException("stream_format", "must be audio for " + this.model.value(),
							this.streamFormat.value());
				}
			}
			return new CreateSpeechRequest(this.model, this.input, this.instructions, this.voice, this.responseFormat,
					this.speed, this.streamFormat, this.additionalProperties);
		}

	}

	/**
	 * The voice that speaks the text.
	 *
	 * @param value the wire value
	 */
	public record Voice(@JsonValue String value) {

		public static final Voice ALLOY = new Voice("alloy");

		public static final Voice ECHO = new Voice("echo");

		public static final Voice FABLE = new Voice("fable");

		public static final Voice ONYX = new Voice("onyx");

		public static final Voice NOVA = new Voice("nova");

		public static final Voice SHIMMER = new Voice("shimmer");

		public static final Voice ASH = new Voice("ash");

		public static final Voice BALLAD = new Voice("ballad");

		public static final Voice CORAL = new Voice("coral");

		public static final Voice SAGE = new Voice("sage");

		public static final Voice VERSE = new Voice("verse");

		public static final Voice MARIN = new Voice("marin");

		public static final Voice CEDAR = new Voice("cedar");

		public Voice {
			Validate.required(value, "voice");
		}

		@JsonCreator
		public static Voice of(String value) {
			return new Voice(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The encoding of the audio the API sends back.
	 *
	 * @param value the wire value
	 */
	public record ResponseFormat(@JsonValue String value) {

		/** MP3 (the default). */
		public static final ResponseFormat MP3 = new ResponseFormat("mp3");

		/** Opus, small and suited to streaming. */
		public static final ResponseFormat OPUS = new ResponseFormat("opus");

		/** AAC, as preferred by many mobile platforms. */
		public static final ResponseFormat AAC = new ResponseFormat("aac");

		/** FLAC, lossless. */
		public static final ResponseFormat FLAC = new ResponseFormat("flac");

		/** WAV, uncompressed with a header, for low latency. */
		public static final ResponseFormat WAV = new ResponseFormat("wav");

		/** Raw 24 kHz 16-bit signed little-endian PCM samples, without a header. */
		public static final ResponseFormat PCM = new ResponseFormat("pcm");

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
	 * How the speech audio is delivered.
	 *
	 * @param value the wire value
	 */
	public record StreamFormat(@JsonValue String value) {

		/** Server-sent events carrying base64 chunks of audio. */
		public static final StreamFormat SSE = new StreamFormat("sse");

		/** The audio bytes themselves (the default). */
		public static final StreamFormat AUDIO = new StreamFormat("audio");

		public StreamFormat {
			Validate.required(value, "stream_format");
		}

		@JsonCreator
		public static StreamFormat of(String value) {
			return new StreamFormat(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
