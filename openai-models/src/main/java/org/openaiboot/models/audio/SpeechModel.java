package org.openaiboot.models.audio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The text-to-speech model: one of the known ids, or any other model id.
 *
 * @param value the model id as sent on the wire
 */
public record SpeechModel(@JsonValue String value) {

	/** The text-to-speech model tuned for low latency. */
	public static final SpeechModel TTS_1 = new SpeechModel("tts-1");

	/** The text-to-speech model tuned for sound quality. */
	public static final SpeechModel TTS_1_HD = new SpeechModel("tts-1-hd");

	/** The GPT-4o mini text-to-speech model, which also follows spoken-style instructions. */
	public static final SpeechModel GPT_4O_MINI_TTS = new SpeechModel("gpt-4o-mini-tts");

	/** GPT-4o mini TTS, pinned to its release of December 2025. */
	public static final SpeechModel GPT_4O_MINI_TTS_2025_12_15 = new SpeechModel("gpt-4o-mini-tts-2025-12-15");

	public SpeechModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static SpeechModel of(String value) {
		return new SpeechModel(value);
	}

	/**
	 * Whether this is one of the original {@code tts-1} models, which take neither
	 * {@code instructions} nor the {@code sse} stream format.
	 * @return {@code true} for {@code tts-1} and {@code tts-1-hd}
	 */
	public boolean isTts1() {
		return TTS_1.equals(this) || TTS_1_HD.equals(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
