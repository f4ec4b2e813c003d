package org.openaiboot.models.audio;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of a transcription request where one member depends on another: log
 * probabilities come only with the {@code json} response format, and each known speaker
 * name needs its reference sample. {@link CreateTranscriptionRequest}'s builder calls
 * {@link #check} after its own checks (see {@code validators:} in {@code models.yaml});
 * hand-written, because the spec says these only in descriptions.
 */
public final class TranscriptionRequestRules {

	private TranscriptionRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateTranscriptionRequest request) {
		AudioResponseFormat responseFormat = request.responseFormat();
		if (request.include() != null && request.include().contains(TranscriptionInclude.LOGPROBS)
				&& responseFormat != null && !AudioResponseFormat.JSON.equals(responseFormat)) {
			throw new ValidationException("response_format", "must be json when include has logprobs",
					responseFormat.value());
		}
		int names = size(request.knownSpeakerNames());
		int references = size(request.knownSpeakerReferences());
		if (names != references) {
			throw new ValidationException("known_speaker_references",
					"must give one reference for each of the " + names + " known speaker names", references);
		}
	}

	private static int size(@Nullable List<String> list) {
		return (list != null) ? list.size() : 0;
	}

}
