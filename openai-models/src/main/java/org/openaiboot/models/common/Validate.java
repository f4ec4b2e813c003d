package org.openaiboot.models.common;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks that model builders run in {@code build()}. Each one throws a
 * {@link ValidationException} naming the field, the rule and the value, and otherwise
 * returns its argument so that it can be used inline.
 */
public final class Validate {

	private static final Pattern NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_-]+");

	/** The most keys a {@code metadata} map may hold. */
	public static final int METADATA_MAX_KEYS = 16;

	/** The longest key of a {@code metadata} map. */
	public static final int METADATA_MAX_KEY_LENGTH = 64;

	/**
	 * Check that a number is at most {@code max}.
	 * @param <N> the number's type
	 * @param value the number, or {@code null} if absent
	 * @param field the field's name
	 * @param max the largest allowed value
	 * @return the number
	 */
	public static <N extends Number> @Nullable N max(@Nullable N value, String field, double max) {
		if (value != null && value.doubleValue() > max) {
			throw new ValidationException(field, "must be at most " + format(max), value);
		}
		return value;
	}

	/**
	 * Check that a text matches a regular expression, searched as JSON Schema does (anchors only
	 * where the expression has them).
	 * @param value the text, or {@code null} if absent
	 * @param field the field's name
	 * @param pattern the expression
	 * @return the text
	 */
	public static @Nullable String pattern(@Nullable String value, String field, Pattern pattern) {
		if (value != null && !pattern.matcher(value).find()) {
			throw new ValidationException(field, "must match " + pattern.pattern(), value);
		}
		return value;
	}

	/**
	 * Check that a text is at least {@code min} characters long.
	 * @param value the text, or {@code null} if absent
	 * @param field the field's name
	 * @param min the shortest allowed length
	 * @return the text
	 */
	public static @Nullable String minLength(@Nullable String value, String field, int min) {
		if (value != null && value.length() < min) {
			throw new ValidationException(field, "must be at least " + min + " characters long", value);
		}
		return value;
	}

	/**
	 * Check that a number is not below another member's number.
	 * @param <N> the number's type
	 * @param value the number, or {@code null} if absent
	 * @param field the field's name
	 * @param other the other member's number, or {@code null} if absent
	 * @param otherField the other member's name
	 * @return the number
	 */
	public static <N extends Number> @Nullable N notBelow(@Nullable N value, String field, @Nullable Number other,
			String otherField) {
		if (value != null && other != null && value.doubleValue() < other.doubleValue()) {
			throw new ValidationException(field, "must be at least " + otherField + " (" + other + ")", value);
		}
		return value;
	}

	/** The longest value of a {@code metadata} map. */
	public static final int METADATA_MAX_VALUE_LENGTH = 512;

	private Validate() {
	}

	/**
	 * Check that a required member is set.
	 * @param <T> the member's type
	 * @param value the value
	 * @param field the member's JSON name
	 * @return the value
	 */
	public static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new ValidationException(field, "is required", null);
		}
		return value;
	}

	/**
	 * Check that at least one of several members is set, for schemas that require one of
	 * them ({@code anyOf} of {@code required} lists).
	 * @param fields the members' JSON names, one of which must be set
	 * @param values their values, in the same order
	 */
	public static void oneOfRequired(List<String> fields, @Nullable Object... values) {
		for (Object value : values) {
			if (value != null) {
				return;
			}
		}
		throw new ValidationException(String.join("' or '", fields), "one of them is required", null);
	}

	/**
	 * Check that a required text member is set and not blank.
	 * @param value the value
	 * @param field the member's JSON name
	 * @return the value
	 */
	public static String requiredText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new ValidationException(field, "is required and must not be blank", value);
		}
		return value;
	}

	/**
	 * Check that a required list or set is given and has an element.
	 * @param <C> the collection's type
	 * @param value the value
	 * @param field the member's JSON name
	 * @return the value
	 */
	public static <C extends Collection<?>> C requiredNotEmpty(@Nullable C value, String field) {
		if (value == null || value.isEmpty()) {
			throw new ValidationException(field, "is required and must not be empty", value);
		}
		return value;
	}

	/**
	 * Check that an optional list or set, when given, has an element.
	 * @param <C> the collection's type
	 * @param value the value, or {@code null}
	 * @param field the member's JSON name
	 * @return the value
	 */
	public static <C extends Collection<?>> @Nullable C notEmpty(@Nullable C value, String field) {
		if (value != null && value.isEmpty()) {
			throw new ValidationException(field, "must not be empty", value);
		}
		return value;
	}

	/**
	 * Check that a number, when given, lies between two bounds, both included.
	 * @param <N> the number's type
	 * @param value the value, or {@code null}
	 * @param field the member's JSON name
	 * @param min the lowest value allowed
	 * @param max the highest value allowed
	 * @return the value
	 */
	public static <N extends Number> @Nullable N range(@Nullable N value, String field, double min, double max) {
		if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
			throw new ValidationException(field, "must be between " + format(min) + " and " + format(max), value);
		}
		return value;
	}

	/**
	 * Check that a number, when given, is not below a bound.
	 * @param <N> the number's type
	 * @param value the value, or {@code null}
	 * @param field the member's JSON name
	 * @param min the lowest value allowed
	 * @return the value
	 */
	public static <N extends Number> @Nullable N min(@Nullable N value, String field, double min) {
		if (value != null && value.doubleValue() < min) {
			throw new ValidationException(field, "must be at least " + format(min), value);
		}
		return value;
	}

	/**
	 * Check that a text, when given, is not longer than a number of characters.
	 * @param value the value, or {@code null}
	 * @param field the member's JSON name
	 * @param max the most characters allowed
	 * @return the value
	 */
	public static @Nullable String maxLength(@Nullable String value, String field, int max) {
		if (value != null && value.length() > max) {
			throw new ValidationException(field, "must be at most " + max + " characters long", value);
		}
		return value;
	}

	/**
	 * Check that a list or set, when given, has no more than a number of elements.
	 * @param <C> the collection's type
	 * @param value the value, or {@code null}
	 * @param field the member's JSON name
	 * @param max the most elements allowed
	 * @return the value
	 */
	public static <C extends Collection<?>> @Nullable C maxSize(@Nullable C value, String field, int max) {
		if (value != null && value.size() > max) {
			throw new ValidationException(field, "must have at most " + max + " elements", value);
		}
		return value;
	}

	/**
	 * Check that a list or set, when given, has a number of elements between two bounds,
	 * both included.
	 * @param <C> the collection's type
	 * @param value the value, or {@code null}
	 * @param field the member's JSON name
	 * @param min the fewest elements allowed
	 * @param max the most elements allowed
	 * @return the value
	 */
	public static <C extends Collection<?>> @Nullable C sizeBetween(@Nullable C value, String field, int min,
			int max) {
		if (value != null && (value.size() < min || value.size() > max)) {
			throw new ValidationException(field, "must have between " + min + " and " + max + " elements", value);
		}
		return value;
	}

	/**
	 * Check a function or participant name: letters, digits, underscores and dashes, at
	 * most {@code maxLength} characters.
	 * @param value the name
	 * @param field the field's name
	 * @param maxLength the longest allowed name
	 * @return the name
	 */
	public static @Nullable String name(@Nullable String value, String field, int maxLength) {
		if (value != null && (value.length() > maxLength || !NAME_PATTERN.matcher(value).matches())) {
			throw new ValidationException(field,
					"must match [a-zA-Z0-9_-]+ and be at most " + maxLength + " characters long", value);
		}
		return value;
	}

	/**
	 * Check a {@code metadata} map: at most 16 keys, keys of at most 64 characters and
	 * values of at most 512.
	 * @param metadata the map
	 * @param field the field's name
	 * @return the map
	 */
	public static @Nullable Map<String, String> metadata(@Nullable Map<String, String> metadata, String field) {
		if (metadata == null) {
			return null;
		}
		if (metadata.size() > METADATA_MAX_KEYS) {
			throw new ValidationException(field, "must have at most " + METADATA_MAX_KEYS + " keys",
					metadata.keySet());
		}
		metadata.forEach((key, value) -> {
			maxLength(key, field + " key", METADATA_MAX_KEY_LENGTH);
			maxLength(value, field + "." + key, METADATA_MAX_VALUE_LENGTH);
		});
		return metadata;
	}

	private static String format(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
