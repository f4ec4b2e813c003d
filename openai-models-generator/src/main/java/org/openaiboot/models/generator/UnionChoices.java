package org.openaiboot.models.generator;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/**
 * What {@code models.yaml} decides for a discriminated union where its spec cannot: the
 * variant that reads a discriminator value several variants claim, and the variant that
 * reads an object without the discriminator. It travels on the union's schema as an
 * extension, so that every reader of the schema sees it.
 *
 * @param winners the variant (schema name) that reads each value several claim
 * @param untyped the variant (schema name) that reads an object without the
 * discriminator, or {@code null} for the union's {@code Unknown}
 */
record UnionChoices(Map<String, String> winners, String untyped) {

	static final UnionChoices NONE = new UnionChoices(Map.of(), null);

	private static final String EXTENSION = "x-openaiboot-union-choices";

	/**
	 * Attach the choices of {@code models.yaml} to the union schemas they name.
	 * @param spec the spec holding the unions
	 * @param input the declarative input
	 */
	static void attach(Spec spec, GeneratorInput input) {
		Set<String> unions = new LinkedHashSet<>(input.sharedValues().keySet());
		unions.addAll(input.untypedVariants().keySet());
		for (String union : unions) {
			spec.schema(union).addExtension(EXTENSION, new UnionChoices(
					input.sharedValues().getOrDefault(union, Map.of()), input.untypedVariants().get(union)));
		}
	}

	/**
	 * The choices made for a union.
	 * @param union the union's schema, resolved
	 * @return its choices, {@link #NONE} when {@code models.yaml} makes none
	 */
	@SuppressWarnings("rawtypes")
	static UnionChoices of(Schema union) {
		return (union.getExtensions() != null && union.getExtensions().get(EXTENSION) instanceof UnionChoices choices)
				? choices : NONE;
	}

	/**
	 * Whether a value is one that several variants claim and one of them reads.
	 * @param value a discriminator value
	 * @return whether a winner is named for it
	 */
	boolean decides(String value) {
		return this.winners.containsKey(value);
	}

	/**
	 * Whether a variant reads a value: it does unless another variant won the value.
	 * @param variant the variant's schema name, {@code null} for an inline variant
	 * @param value a value the variant claims
	 * @return whether the union reads the value as this variant
	 */
	boolean reads(String variant, String value) {
		String winner = this.winners.get(value);
		return winner == null || winner.equals(variant);
	}

}
