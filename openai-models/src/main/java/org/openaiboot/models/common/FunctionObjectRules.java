package org.openaiboot.models.common;

import org.jspecify.annotations.Nullable;

/**
 * The rule of a function's name that the spec states only in a description: letters,
 * digits, underscores and dashes, at most 64 characters. {@link FunctionObject}'s builder
 * calls {@link #check} after its own checks (see {@code validators:} in
 * {@code models.yaml}).
 */
public final class FunctionObjectRules {

	/** The longest name of a function, a tool or a message's participant. */
	public static final int NAME_MAX_LENGTH = 64;

	private FunctionObjectRules() {
	}

	/**
	 * Check a function.
	 * @param function the function as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(FunctionObject function) {
		checkName(function.name(), "name");
	}

	/**
	 * Check a name that must be given: not blank, and made of letters, digits, underscores
	 * and dashes, at most {@value #NAME_MAX_LENGTH} characters.
	 * @param name the name, {@code null} if absent
	 * @param field the field's name
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void checkName(@Nullable String name, String field) {
		Validate.requiredText(name, field);
		Validate.name(name, field, NAME_MAX_LENGTH);
	}

}
