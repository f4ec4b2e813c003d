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

	/** The GPT transcription model, which takes {@code languages} and {@code keywords}. */
	public static final TranscriptionModel GPT_TRANSCRIBE = new TranscriptionModel("gpt-transcribe");

	/** The GPT-4o transcription model; answers json only, with optional log probabilities. */
	public static final TranscriptionModel GPT_4O_TRANSCRIBE = new TranscriptionModel("gpt-4o-transcribe");

	/** The smaller GPT-4o mini transcription model. */
	public static final TranscriptionModel GPT_4O_MINI_TRANSCRIBE = new TranscriptionModel("gpt-4o-mini-transcribe");

	/** GPT-4o mini transcribe, pinned to its release of December 2025. */
	public static final TranscriptionModel GPT_4O_MINI_TRANSCRIBE_2025_12_15 = new TranscriptionModel(
			"gpt-4o-mini-transcribe-2025-12-15");

	/** The GPT-4o transcription model that tells speakers apart ({@code diarized_json}). */
	public static final TranscriptionModel GPT_4O_TRANSCRIBE_DIARIZE = new TranscriptionModel(
			"gpt-4o-transcribe-diarize");

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
