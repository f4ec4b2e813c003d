package org.openaiboot.models.audio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The speech-to-text model used by transcriptions and translations: a known id, or any
 * other model id.
 *
 * @param value the model id as sent on the wire
 */
public record TranscriptionModel(@JsonValue String value) {

	/** Whisper, the open speech recognition model. */
	public static final TranscriptionModel WHISPER_1 = new TranscriptionModel("whisper-1");

	public TranscriptionModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static TranscriptionModel of(String value) {
		return new TranscriptionModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
