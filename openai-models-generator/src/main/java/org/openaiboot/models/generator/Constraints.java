package org.openaiboot.models.generator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;

/**
 * The rules a member's schema states, or {@code models.yaml} adds, checked by builders.
 *
 * @param minimum the smallest number allowed
 * @param maximum the largest number allowed
 * @param minLength the shortest string allowed
 * @param maxLength the longest string allowed
 * @param minItems the fewest elements allowed
 * @param maxItems the most elements allowed
 * @param pattern the regular expression a string must match
 * @param atLeastMember the JSON name of a member this number must not be below
 */
@SuppressWarnings("rawtypes")
record Constraints(BigDecimal minimum, BigDecimal maximum, Integer minLength, Integer maxLength, Integer minItems,
		Integer maxItems, String pattern, String atLeastMember) {

	static final Constraints NONE = new Constraints(null, null, null, null, null, null, null, null);

	/**
	 * The rules of a member's schema; for {@code anyOf: [X, null]}, those of X.
	 * @param member the member's schema
	 * @return the rules
	 */
	static Constraints of(Schema member) {
		Schema schema = member;
		List<Schema> variants = (member.getAnyOf() != null) ? member.getAnyOf() : member.getOneOf();
		if (variants != null) {
			schema = variants.stream()
				.filter((variant) -> variant.getType() != null || variant.getTypes() != null)
				.filter((variant) -> !"null".equals(variant.getType()))
				.findFirst()
				.orElse(member);
		}
		return new Constraints(schema.getMinimum(), schema.getMaximum(), schema.getMinLength(), schema.getMaxLength(),
				schema.getMinItems(), schema.getMaxItems(), schema.getPattern(), null);
	}

	/**
	 * The rules of {@code models.yaml} for a member.
	 * @param rules the rules by name ({@code minimum}, {@code max-length}, ...)
	 * @return the rules
	 */
	static Constraints declared(Map<String, Object> rules) {
		return new Constraints(decimal(rules.get("minimum")), decimal(rules.get("maximum")),
				(Integer) rules.get("min-length"), (Integer) rules.get("max-length"), (Integer) rules.get("min-items"),
				(Integer) rules.get("max-items"), (String) rules.get("pattern"), (String) rules.get("at-least-member"));
	}

	/**
	 * These rules with the given ones taking precedence where they state a rule.
	 * @param overrides the rules that win
	 * @return the merged rules
	 */
	Constraints with(Constraints overrides) {
		return new Constraints(pick(overrides.minimum, this.minimum), pick(overrides.maximum, this.maximum),
				pick(overrides.minLength, this.minLength), pick(overrides.maxLength, this.maxLength),
				pick(overrides.minItems, this.minItems), pick(overrides.maxItems, this.maxItems),
				pick(overrides.pattern, this.pattern), pick(overrides.atLeastMember, this.atLeastMember));
	}

	boolean constrainsText() {
		return this.minLength != null || this.maxLength != null || this.pattern != null;
	}

	boolean constrainsNumber() {
		return this.minimum != null || this.maximum != null || this.atLeastMember != null;
	}

	boolean constrainsItems() {
		return this.minItems != null || this.maxItems != null;
	}

	private static <T> T pick(T preferred, T fallback) {
		return (preferred != null) ? preferred : fallback;
	}

	private static BigDecimal decimal(Object value) {
		return (value != null) ? new BigDecimal(value.toString()) : null;
	}

}
