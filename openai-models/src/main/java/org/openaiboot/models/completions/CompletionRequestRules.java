package org.openaiboot.models.completions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of a legacy completion request that its schema cannot state: the prompt,
 * which the API needs although the spec lets it be null, with its token arrays; the
 * {@code logit_bias} map; and {@code best_of}, which cannot be above 1 while streaming.
 * {@link CreateCompletionRequest}'s builder calls {@link #check} after its own checks (see
 * {@code validators:} in {@code models.yaml}).
 */
public final class CompletionRequestRules {

	private static final int LOGIT_BIAS_LIMIT = 100;

	private CompletionRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateCompletionRequest request) {
		CreateCompletionRequest.Prompt prompt = Validate.required(request.prompt(), "prompt");
		if (prompt instanceof CreateCompletionRequest.Prompt.OfList list) {
			checkPrompts(list.items());
		}
		checkLogitBias(request.logitBias());
		Integer bestOf = request.bestOf();
		if (bestOf != null && bestOf > 1 && Boolean.TRUE.equals(request.stream())) {
			throw new ValidationException("best_of", "must be at most 1 when stream is true", bestOf);
		}
	}

	/**
	 * Check that each token array of a list of prompts has tokens; that the list has
	 * prompts, the builder checks by the schema.
	 * @param prompts texts, token ids or token arrays
	 */
	private static void checkPrompts(List<@Nullable Object> prompts) {
		for (int i = 0; i < prompts.size(); i++) {
			if (prompts.get(i) instanceof List<?> tokens) {
				Validate.requiredNotEmpty(tokens, "prompt[" + i + "]");
			}
		}
	}

	/**
	 * Check that each key is a token id (digits only) and each bias between -100 and 100.
	 * @param logitBias the biases by token id, or {@code null} if absent
	 */
	private static void checkLogitBias(@Nullable Map<String, Integer> logitBias) {
		if (logitBias == null) {
			return;
		}
		logitBias.forEach((token, bias) -> {
			if (token.isEmpty() || !token.chars().allMatch((c) -> c >= '0' && c <= '9')) {
				throw new ValidationException("logit_bias", "keys must be token ids", token);
			}
			Validate.range(Validate.required(bias, "logit_bias." + token), "logit_bias." + token, -LOGIT_BIAS_LIMIT,
					LOGIT_BIAS_LIMIT);
		});
	}

}
