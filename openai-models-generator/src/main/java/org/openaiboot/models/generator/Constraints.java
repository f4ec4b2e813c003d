package org.openaiboot.models.generator;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.media.Schema;

/**
 * The rules a member's schema states, checked by builders.
 *
 * @param minimum the smallest number allowed
 * @param maximum the largest number allowed
 * @param maxLength the longest string allowed
 * @param minItems the fewest elements allowed
 * @param maxItems the most elements allowed
 * @param pattern the regular expression a string must match
 */
@SuppressWarnings("rawtypes")
record Constraints(BigDecimal minimum, BigDecimal maximum, Integer maxLength, Integer minItems, Integer maxItems,
		String pattern) {

	static Constraints of(Schema member) {
		Schema schema = member;
		if (member.getAnyOf() != null || member.getOneOf() != null) {
			schema = ((java.util.List<Schema>) ((member.getAnyOf() != null) ? member.getAnyOf() : member.getOneOf()))
				.stream()
				.filter((variant) -> variant.getType() != null || variant.getTypes() != null)
				.filter((variant) -> !"null".equals(variant.getType()))
				.findFirst()
				.orElse(member);
		}
		return new Constraints(schema.getMinimum(), schema.getMaximum(), schema.getMaxLength(), schema.getMinItems(),
				schema.getMaxItems(), schema.getPattern());
	}

	boolean isEmpty() {
		return this.minimum == null && this.maximum == null && this.maxLength == null && this.minItems == null
				&& this.maxItems == null && this.pattern == null;
	}

}
