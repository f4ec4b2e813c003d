package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Reads what a schema means for Java: whether it may be {@code null}, its merged
 * {@code allOf} members, its enum values, its union variants and the discriminator
 * values of union variants.
 */
@SuppressWarnings("rawtypes")
final class Shapes {

	private static final String SDK_ONLY = "x-oaiSupportedSDKs";

	private final Spec spec;

	Shapes(Spec spec) {
		this.spec = spec;
	}

	Schema resolve(Schema schema) {
		String name = References.name(schema);
		return (name != null) ? this.spec.schema(name) : schema;
	}

	/**
	 * Whether {@code null} is a value the schema allows ({@code nullable: true},
	 * {@code type: [X, "null"]} or {@code anyOf: [X, {type: null}]}), itself or through the
	 * schema it refers to.
	 * @param schema the schema
	 * @return whether it may be {@code null}
	 */
	boolean isNullable(Schema schema) {
		if (Boolean.TRUE.equals(schema.getNullable()) || (schema.getTypes() != null && schema.getTypes().contains("null"))) {
			return true;
		}
		// today's spec is OpenAPI 3.1 but still writes "nullable: true" in places, which
		// swagger-parser keeps as an extension there
		if (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get("nullable"))) {
			return true;
		}
		List<Schema> variants = variantsWithNull(schema);
		if (variants != null && variants.stream().anyMatch(this::isNull)) {
			return true;
		}
		if (schema.getAllOf() != null && ((List<Schema>) schema.getAllOf()).stream().anyMatch(this::isNullMarker)) {
			return true;
		}
		// a member may refer to a schema that allows null itself (Metadata, ResponseError)
		return schema.get$ref() != null && isNullable(resolve(schema));
	}

	/**
	 * The schema without its {@code null} alternative: {@code anyOf: [X, null]} is X.
	 * @param schema the schema
	 * @return the schema itself, or its one non-null variant
	 */
	Schema withoutNull(Schema schema) {
		List<Schema> variants = variants(schema);
		if (variants.size() == 1 && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
			return withoutNull(variants.get(0));
		}
		List<Schema> parts = typedParts(schema);
		if (parts.size() == 1 && schema.getProperties() == null) {
			return withoutNull(parts.get(0));
		}
		return schema;
	}

	/** The parts of an {@code allOf} but those that only say it may be null ({@code {nullable: true}}). */
	private List<Schema> typedParts(Schema schema) {
		List<Schema> parts = (schema.getAllOf() != null) ? schema.getAllOf() : List.of();
		return parts.stream().filter((part) -> !isNullMarker(part)).toList();
	}

	private boolean isNullMarker(Schema part) {
		return part.get$ref() == null && part.getType() == null && part.getTypes() == null
				&& part.getProperties() == null && part.getItems() == null && variantsWithNull(part) == null
				&& isNullable(part);
	}

	/**
	 * The non-null variants of a {@code oneOf} or {@code anyOf}.
	 * @param schema the schema
	 * @return the variants, empty if the schema is not a union
	 */
	List<Schema> variants(Schema schema) {
		List<Schema> variants = variantsWithNull(schema);
		return (variants != null) ? variants.stream().filter((variant) -> !isNull(variant)).toList() : List.of();
	}

	private List<Schema> variantsWithNull(Schema schema) {
		List<Schema> variants = (schema.getOneOf() != null) ? schema.getOneOf() : schema.getAnyOf();
		// an object that requires one of its members: a record with a rule, not a union
		return (variants != null && variants.stream().allMatch(Shapes::isRequirementOnly)) ? null : variants;
	}

	/**
	 * The sets of members of which an object requires one: the {@code required} lists of
	 * an {@code anyOf} (or {@code oneOf}) that says nothing else.
	 * @param schema the schema
	 * @return the sets, empty when the object requires no choice
	 */
	@SuppressWarnings("unchecked")
	List<List<String>> requiredChoices(Schema schema) {
		Schema resolved = resolve(schema);
		List<Schema> variants = (resolved.getOneOf() != null) ? resolved.getOneOf() : resolved.getAnyOf();
		if (variants == null || !variants.stream().allMatch(Shapes::isRequirementOnly)) {
			return List.of();
		}
		List<List<String>> choices = new ArrayList<>();
		for (Schema variant : variants) {
			choices.add(List.copyOf((List<String>) variant.getRequired()));
		}
		return choices;
	}

	private static boolean isRequirementOnly(Schema variant) {
		return variant.getRequired() != null && !variant.getRequired().isEmpty() && variant.get$ref() == null
				&& variant.getType() == null && variant.getTypes() == null && variant.getProperties() == null;
	}

	boolean isNull(Schema schema) {
		return schema.get$ref() == null && ("null".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().size() == 1 && schema.getTypes().contains("null")));
	}

	/**
	 * The type keyword of the schema, {@code null} excluded.
	 * @param schema the schema
	 * @return the type, or {@code null} when none is stated
	 */
	String type(Schema schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		if (schema.getTypes() != null) {
			return ((Set<?>) schema.getTypes()).stream()
				.map(String::valueOf)
				.filter((type) -> !"null".equals(type))
				.findFirst()
				.orElse(null);
		}
		return null;
	}

	/**
	 * The members of an object schema with its {@code allOf} parts merged in, in the
	 * order of the spec.
	 * @param schema the schema
	 * @return the members by JSON name
	 */
	Map<String, Schema> properties(Schema schema) {
		Map<String, Schema> properties = new LinkedHashMap<>();
		Schema resolved = resolve(schema);
		if (resolved.getAllOf() != null) {
			for (Object part : resolved.getAllOf()) {
				properties.putAll(properties((Schema) part));
			}
		}
		if (resolved.getProperties() != null) {
			resolved.getProperties().forEach((name, member) -> {
				if (!isComputedBySdks((Schema) member)) {
					properties.put((String) name, (Schema) member);
				}
			});
		}
		return properties;
	}

	/**
	 * Whether a member is one the SDKs compute from the others ({@code x-oaiSupportedSDKs}),
	 * which the API does not send: it is no member of a record, and an interface of
	 * {@code models.yaml} may compute it instead.
	 */
	private static boolean isComputedBySdks(Schema member) {
		if (member.getExtensions() != null && member.getExtensions().containsKey(SDK_ONLY)) {
			return true;
		}
		return member.getAnyOf() != null
				&& member.getAnyOf().stream().anyMatch((variant) -> isComputedBySdks((Schema) variant));
	}

	Set<String> required(Schema schema) {
		Set<String> required = new LinkedHashSet<>();
		Schema resolved = resolve(schema);
		if (resolved.getAllOf() != null) {
			for (Object part : resolved.getAllOf()) {
				required.addAll(required((Schema) part));
			}
		}
		if (resolved.getRequired() != null) {
			required.addAll(resolved.getRequired());
		}
		return required;
	}

	/**
	 * The string values a schema lists ({@code enum} or {@code const}).
	 * @param schema the schema
	 * @return the values, empty if it lists none
	 */
	List<String> enumValues(Schema schema) {
		Schema resolved = resolve(withoutNull(schema));
		List<String> values = new ArrayList<>();
		if (resolved.getEnum() != null) {
			resolved.getEnum().stream().filter((value) -> value != null).forEach((value) -> values.add(value.toString()));
		}
		else if (resolved.getConst() != null) {
			values.add(resolved.getConst().toString());
		}
		return values;
	}

	/**
	 * Whether every value of the schema is a string: a string, a string enum, or a
	 * union of those (an id from a list or any string).
	 * @param schema the schema
	 * @return whether it is a string in JSON
	 */
	boolean isStringLike(Schema schema) {
		Schema resolved = resolve(withoutNull(schema));
		List<Schema> variants = variants(resolved);
		if (!variants.isEmpty()) {
			return variants.stream().allMatch(this::isStringLike);
		}
		return "string".equals(type(resolved)) && !"binary".equals(resolved.getFormat())
				&& (resolved.getProperties() == null);
	}

	/**
	 * All the string values a string-like schema lists, through its union variants.
	 * @param schema the schema
	 * @return the values, in spec order
	 */
	Set<String> stringValues(Schema schema) {
		Set<String> values = new LinkedHashSet<>();
		Schema resolved = resolve(withoutNull(schema));
		List<Schema> variants = variants(resolved);
		if (!variants.isEmpty()) {
			variants.forEach((variant) -> values.addAll(stringValues(variant)));
		}
		else {
			values.addAll(enumValues(resolved));
		}
		return values;
	}

	/**
	 * Whether the schema describes a JSON object with named members.
	 * @param schema the schema
	 * @return whether it is a record
	 */
	boolean isRecord(Schema schema) {
		Schema resolved = resolve(withoutNull(schema));
		return variants(resolved).isEmpty() && !properties(resolved).isEmpty();
	}

	/**
	 * The value a variant of a discriminated union carries in the discriminator member.
	 * @param variant the variant
	 * @param property the discriminator's JSON name
	 * @return the values it may carry, empty when it states none
	 */
	List<String> discriminatorValues(Schema variant, String property) {
		Schema member = properties(variant).get(property);
		if (member == null) {
			return List.of();
		}
		List<String> values = enumValues(member);
		if (values.isEmpty() && resolve(member).getDefault() != null) {
			return List.of(resolve(member).getDefault().toString());
		}
		return values;
	}

}
