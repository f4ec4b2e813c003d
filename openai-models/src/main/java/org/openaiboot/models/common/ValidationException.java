package org.openaiboot.models.common;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value given to a model builder breaks a rule of the API, before
 * anything is sent. Names the field, the rule and the rejected value.
 */
public class ValidationException extends IllegalArgumentException {

	/** The JSON name of the rejected field. */
	private final String field;

	/** The rule broken, in words. */
	private final String rule;

	private final transient @Nullable Object value;

	/**
	 * Create an exception for a value that breaks a rule.
	 * @param field the JSON name of the field, with its owner where that helps
	 * @param rule the rule broken, in words
	 * @param value the rejected value, or {@code null} when a required field was missing
	 */
	public ValidationException(String field, String rule, @Nullable Object value) {
		super("Invalid value for '" + field + "': " + rule + " (was " + describe(value) + ")");
		this.field = field;
		this.rule = rule;
		this.value = value;
	}

	/**
	 * The JSON name of the field that was rejected, with its owner where that helps
	 * (for example {@code messages[2].name}).
	 * @return the field name
	 */
	public String getField() {
		return this.field;
	}

	/**
	 * The rule the value broke, in words (for example {@code must be between 0 and 2}).
	 * @return the rule
	 */
	public String getRule() {
		return this.rule;
	}

	/**
	 * The rejected value.
	 * @return the value, or {@code null} when a required field was missing
	 */
	public @Nullable Object getValue() {
		return this.value;
	}

	private static String describe(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		String text = (value instanceof CharSequence) ? "\"" + value + "\"" : String.valueOf(value);
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

}
