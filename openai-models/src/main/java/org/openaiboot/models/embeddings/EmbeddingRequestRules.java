package org.openaiboot.models.embeddings;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of an embedding request that its schema cannot state: the spec says only in
 * words that the input cannot be an empty string, and every token array it holds must
 * have tokens. {@link CreateEmbeddingRequest}'s builder calls {@link #check} after its own
 * checks, which count the elements of a list (see {@code validators:} in
 * {@code models.yaml}).
 */
public final class EmbeddingRequestRules {

	private EmbeddingRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateEmbeddingRequest request) {
		CreateEmbeddingRequest.Input input = request.input();
		if (input instanceof CreateEmbeddingRequest.Input.OfString text) {
			notEmptyString(text.value(), "input");
		}
		else if (input instanceof CreateEmbeddingRequest.Input.OfList list) {
			List<@Nullable Object> items = list.items();
			for (int i = 0; i < items.size(); i++) {
				Object item = items.get(i);
				if (item instanceof String text) {
					notEmptyString(text, "input[" + i + "]");
				}
				else if (item instanceof List<?> tokens) {
					Validate.requiredNotEmpty(tokens, "input[" + i + "]");
				}
			}
		}
	}

	private static void notEmptyString(String text, String field) {
		if (text.isEmpty()) {
			throw new ValidationException(field, "must not be an empty string", text);
		}
	}

}
