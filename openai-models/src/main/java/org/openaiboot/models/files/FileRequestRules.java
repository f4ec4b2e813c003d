package org.openaiboot.models.files;

import java.util.Set;

import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of a file upload that its schema cannot state: the purposes that mark files
 * the API produced cannot be uploaded, and an expiry is checked under the request's field
 * names ({@code expires_after.seconds}), also when it was not made by its own builder.
 * {@link CreateFileRequest}'s builder calls {@link #check} after its own checks (see
 * {@code validators:} in {@code models.yaml}).
 */
public final class FileRequestRules {

	/** The shortest expiry: one hour. */
	public static final long EXPIRES_AFTER_MIN_SECONDS = 3600;

	/** The longest expiry: 30 days. */
	public static final long EXPIRES_AFTER_MAX_SECONDS = 2592000;

	private static final Set<String> OUTPUT_PURPOSES = Set.of(OpenAIFile.Purpose.FINE_TUNE_RESULTS.value(),
			OpenAIFile.Purpose.ASSISTANTS_OUTPUT.value(), OpenAIFile.Purpose.BATCH_OUTPUT.value());

	private FileRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateFileRequest request) {
		String purpose = request.purpose().value();
		if (OUTPUT_PURPOSES.contains(purpose)) {
			throw new ValidationException("purpose",
					"must be one of fine-tune, assistants, batch, vision, user_data, evals for an upload", purpose);
		}
		FileExpirationAfter expiresAfter = request.expiresAfter();
		if (expiresAfter != null) {
			Validate.required(expiresAfter.anchor(), "expires_after.anchor");
			Validate.range(Validate.required(expiresAfter.seconds(), "expires_after.seconds"), "expires_after.seconds",
					EXPIRES_AFTER_MIN_SECONDS, EXPIRES_AFTER_MAX_SECONDS);
		}
	}

}
