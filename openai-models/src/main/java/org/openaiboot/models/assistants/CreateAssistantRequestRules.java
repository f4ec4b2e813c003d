package org.openaiboot.models.assistants;

import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The check of an assistant request that its generated builder cannot make: the model,
 * an id that any string may name, must not be blank. {@link CreateAssistantRequest}'s
 * builder calls {@link #check} after its own checks (see {@code validators:} in
 * {@code models.yaml}).
 */
public final class CreateAssistantRequestRules {

	private CreateAssistantRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateAssistantRequest request) {
		Validate.requiredText(request.model().value(), "model");
	}

}
