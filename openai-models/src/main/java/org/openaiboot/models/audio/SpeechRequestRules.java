package org.openaiboot.models.audio;

import org.openaiboot.models.common.ValidationException;

/**
 * The checks of a speech request that depend on its model: the first text-to-speech models,
 * {@code tts-1} and {@code tts-1-hd}, take no {@code instructions} and cannot stream
 * server-sent events. {@link CreateSpeechRequest}'s builder calls {@link #check} after its
 * own checks (see {@code validators:} in {@code models.yaml}); hand-written, because the spec
 * says these only in descriptions.
 */
public final class SpeechRequestRules {

	private SpeechRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateSpeechRequest request) {
		SpeechModel model = request.model();
		if (!isTts1(model)) {
			return;
		}
		if (request.instructions() != null) {
			throw new ValidationException("instructions", "is not supported by " + model.value(),
					request.instructions());
		}
		CreateSpeechRequest.StreamFormat streamFormat = request.streamFormat();
		if (CreateSpeechRequest.StreamFormat.SSE.equals(streamFormat)) {
			throw new ValidationException("stream_format", "must be audio for " + model.value(), streamFormat.value());
		}
	}

	/**
	 * Whether a model is one of the first text-to-speech models, which read the input as
	 * it is.
	 * @param model the model
	 * @return {@code true} for {@code tts-1} and {@code tts-1-hd}
	 */
	public static boolean isTts1(SpeechModel model) {
		return SpeechModel.TTS_1.equals(model) || SpeechModel.TTS_1_HD.equals(model);
	}

}
