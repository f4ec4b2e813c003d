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

	public SpeechModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static SpeechModel of(String value) {
		return new SpeechModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
