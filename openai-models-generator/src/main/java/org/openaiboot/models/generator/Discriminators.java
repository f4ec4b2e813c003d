package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Tells whether a union's variants are JSON objects that one member (the discriminator)
 * tells apart, which makes the union a sealed interface its variant records implement.
 */
@SuppressWarnings("rawtypes")
final class Discriminators {

	private static final List<String> CANDIDATES = List.of("type", "role", "object", "event");

	private final Shapes shapes;

	Discriminators(Shapes shapes) {
		this.shapes = shapes;
	}

	/**
	 * The variants of a union with the variants of its object unions spread in.
	 * @param schema the union
	 * @return the object variants, or {@code null} if a variant is not a JSON object
	 */
	List<Schema> objectVariants(Schema schema) {
		List<Schema> flat = new ArrayList<>();
		for (Schema variant : this.shapes.variants(this.shapes.resolve(schema))) {
			Schema bare = this.shapes.withoutNull(variant);
			if (this.shapes.isRecord(bare)) {
				flat.add(bare);
			}
			else if (!this.shapes.variants(this.shapes.resolve(bare)).isEmpty() && !this.shapes.isStringLike(bare)) {
				List<Schema> inner = objectVariants(bare);
				if (inner == null) {
					return null;
				}
				flat.addAll(inner);
			}
			else {
				return null;
			}
		}
		return flat;
	}

	/**
	 * The member whose value tells the variants apart: the spec's discriminator, or the
	 * first of {@code type}, {@code role}, {@code object} and {@code event} whose values
	 * every variant states and no two variants share, but those for which
	 * {@code models.yaml} names the variant that reads them.
	 * @param schema the union
	 * @param variants its object variants
	 * @return the member's JSON name, or {@code null} if there is none
	 */
	String discriminator(Schema schema, List<Schema> variants) {
		if (variants == null || variants.size() < 2) {
			return null;
		}
		List<String> candidates = new ArrayList<>();
		Schema resolved = this.shapes.resolve(schema);
		if (resolved.getDiscriminator() != null) {
			candidates.add(resolved.getDiscriminator().getPropertyName());
		}
		candidates.addAll(CANDIDATES);
		UnionChoices choices = UnionChoices.of(resolved);
		for (String candidate : candidates) {
			Set<String> seen = new HashSet<>();
			boolean distinct = variants.stream().allMatch((variant) -> {
				List<String> values = this.shapes.discriminatorValues(variant, candidate);
				return !values.isEmpty() && values.stream().allMatch((value) -> choices.decides(value) || seen.add(value));
			});
			if (distinct) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The object variants a union's interface is implemented by, or an empty list if
	 * the union is told apart by shape.
	 * @param schema the union
	 * @return the variants
	 */
	List<Schema> implementers(Schema schema) {
		List<Schema> variants = objectVariants(schema);
		if (discriminator(schema, variants) != null) {
			return variants;
		}
		List<Schema> objects = new ArrayList<>();
		for (Schema variant : this.shapes.variants(this.shapes.resolve(schema))) {
			Schema bare = this.shapes.withoutNull(variant);
			if (!this.shapes.isStringLike(bare) && !"array".equals(this.shapes.type(this.shapes.resolve(bare)))) {
				objects.add(bare);
			}
		}
		Schema typed = new Schema().oneOf(objects);
		List<Schema> typedVariants = (objects.size() > 1) ? objectVariants(typed) : null;
		return (discriminator(typed, typedVariants) != null) ? typedVariants : List.of();
	}

}
