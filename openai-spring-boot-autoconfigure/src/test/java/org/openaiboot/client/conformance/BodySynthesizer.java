package org.openaiboot.client.conformance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a JSON value that a schema of an {@link OpenApiSpec} accepts, in one of two
 * {@link Shape shapes}, meeting the schema's own rules: a listed value of an {@code enum}
 * or the {@code const}, strings named after their member and sized to {@code minLength}
 * and {@code maxLength}, a sample of a simple {@code pattern} ({@link PatternSample}), an
 * absolute URI for format {@code uri}, numbers inside their bounds ({@code 0.5} when a
 * number is unbounded, to show fractions survive; whole seconds for format
 * {@code unixtime}), arrays of {@code minItems} (at least one) elements.
 * <p>
 * Unions: the {@code "null"} variant is never taken while another exists. For a single
 * value the synthesizer takes the variant numbered {@code variant} modulo the union's
 * width (nested {@code oneOf}s and {@code anyOf}s flattened), so that calling it with
 * variants {@code 0} to {@link #widestUnion()} {@code - 1} takes each variant of every
 * union at least once; an {@code enum} takes its value the same way, without widening
 * the count (the enum of model ids is far wider than any union). An array of a union
 * holds, in {@link Shape#EVERY_MEMBER}, one element per variant (a window of
 * {@code maxItems} of them, moved along by {@code variant}). A schema that refers to
 * itself again is made in {@link Shape#REQUIRED_MEMBERS} with its first variants (not
 * counted in {@link #widestUnion()}), so that recursion ends.
 */
final class BodySynthesizer {

	private static final int MAX_DEPTH = 40;

	/** The variant of a recursion's fallback: the first of each union, not counted. */
	private static final int FIRST_UNCOUNTED = -1;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** 2026-01-02T03:04:05Z, in the whole seconds format {@code unixtime} counts in. */
	private static final long UNIX_TIME = 1767323045L;

	private final OpenApiSpec spec;

	private final Shape shape;

	private final int variant;

	private int widestUnion = 1;

	/**
	 * A synthesizer.
	 * @param spec the spec the schemas are of
	 * @param shape which members to fill in
	 * @param variant which variant of each union to take, counted from {@code 0}
	 */
	BodySynthesizer(OpenApiSpec spec, Shape shape, int variant) {
		this.spec = spec;
		this.shape = shape;
		this.variant = variant;
	}

	/**
	 * A value for a schema.
	 * @param schema the schema
	 * @param name the name the value goes by, which strings are made from
	 * @return the value
	 */
	JsonNode synthesize(JsonNode schema, String name) {
		return synthesize(schema, name, this.shape, this.variant, new ArrayList<>());
	}

	/**
	 * How many variants it takes to walk every union met so far: the widest union's
	 * width, or for an array of a union capped by {@code maxItems}, the number of windows.
	 * @return the count, at least {@code 1}
	 */
	int widestUnion() {
		return this.widestUnion;
	}

	private JsonNode synthesize(JsonNode schema, String name, Shape shape, int variant, List<String> refs) {
		if (refs.size() > MAX_DEPTH) {
			throw new IllegalStateException("Schema of " + name + " nests deeper than " + MAX_DEPTH + ": " + refs);
		}
		String ref = schema.path("$ref").asString(null);
		if (ref != null && refs.contains(ref)) {
			shape = Shape.REQUIRED_MEMBERS;
			variant = FIRST_UNCOUNTED;
		}
		List<String> inner = refs;
		if (ref != null) {
			inner = new ArrayList<>(refs);
			inner.add(ref);
		}
		JsonNode effective = this.spec.effective(schema);
		if (effective.has("const")) {
			return effective.get("const");
		}
		if (effective.has("enum")) {
			List<JsonNode> values = new ArrayList<>();
			effective.get("enum").forEach((value) -> values.add(value));
			values.removeIf(JsonNode::isNull);
			if (!values.isEmpty()) {
				return values.get(Math.max(variant, 0) % values.size());
			}
		}
		List<JsonNode> variants = variants(effective);
		if (!variants.isEmpty() && effective.has("properties")
				&& variants.stream().allMatch(BodySynthesizer::isRequirementOnly)) {
			// an object that requires one of its members: the chosen variant's are required
			ObjectNode required = ((ObjectNode) effective).deepCopy();
			ArrayNode names = required.withArray("required");
			variants.get(pick(variants.size(), variant)).get("required").forEach(names::add);
			return object(required, name, shape, variant, inner);
		}
		if (!variants.isEmpty()) {
			JsonNode chosen = synthesize(variants.get(pick(variants.size(), variant)), name, shape, variant,
					inner);
			if (chosen.isObject() && effective.has("properties")) {
				ObjectNode base = (ObjectNode) object(effective, name, shape, variant, inner);
				base.setAll((ObjectNode) chosen);
				return base;
			}
			return chosen;
		}
		String type = OpenApiSpec.type(effective);
		if (type == null) {
			return NODES.stringNode(name);
		}
		return switch (type) {
			case "string" -> NODES.stringNode(string(effective, name));
			case "integer" -> NODES.numberNode(number(effective, true).toBigInteger());
			case "number" -> unixTime(effective) ? NODES.numberNode(UNIX_TIME)
					: NODES.numberNode(number(effective, false));
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> array(effective, name, shape, variant, inner);
			case "object" -> object(effective, name, shape, variant, inner);
			case "null" -> NODES.nullNode();
			default -> throw new IllegalStateException("Unknown type " + type + " of " + name);
		};
	}

	private static boolean isRequirementOnly(JsonNode variant) {
		return variant.size() == 1 && variant.path("required").isArray();
	}

	private int pick(int width, int variant) {
		if (variant == FIRST_UNCOUNTED) {
			return 0;
		}
		this.widestUnion = Math.max(this.widestUnion, width);
		return variant % width;
	}

	/**
	 * The variants of a union, nested unions flattened, without the {@code "null"}
	 * variant unless it is the only one.
	 */
	private List<JsonNode> variants(JsonNode effective) {
		List<JsonNode> variants = new ArrayList<>();
		for (String combinator : new String[] { "oneOf", "anyOf" }) {
			for (JsonNode variant : effective.path(combinator)) {
				JsonNode resolved = this.spec.effective(variant);
				boolean union = (resolved.has("oneOf") || resolved.has("anyOf")) && !resolved.has("properties");
				if (union) {
					variants.addAll(variants(resolved));
				}
				else if (!OpenApiSpec.types(resolved).equals(List.of("null"))) {
					variants.add(variant);
				}
			}
		}
		if (variants.isEmpty() && (effective.has("oneOf") || effective.has("anyOf"))) {
			variants.add(NODES.objectNode().put("type", "null"));
		}
		return variants;
	}

	private JsonNode array(JsonNode effective, String name, Shape shape, int variant, List<String> refs) {
		ArrayNode array = NODES.arrayNode();
		JsonNode items = effective.get("items");
		if (items == null) {
			return array.add(name);
		}
		int max = effective.path("maxItems").asInt(Integer.MAX_VALUE);
		int min = Math.max(1, effective.path("minItems").asInt(0));
		JsonNode resolvedItems = this.spec.effective(items);
		List<JsonNode> variants = variants(resolvedItems);
		if (shape == Shape.EVERY_MEMBER && !variants.isEmpty()) {
			int window = Math.min(max, variants.size());
			int windows = (variants.size() + window - 1) / window;
			if (variant != FIRST_UNCOUNTED) {
				this.widestUnion = Math.max(this.widestUnion, windows);
			}
			int start = (Math.max(variant, 0) % windows) * window;
			for (int i = 0; i < window; i++) {
				array.add(synthesize(variants.get((start + i) % variants.size()), name, shape, variant, refs));
			}
			return array;
		}
		if (shape == Shape.EVERY_MEMBER && resolvedItems.has("enum")) {
			resolvedItems.get("enum").forEach((value) -> {
				if (!value.isNull() && array.size() < max) {
					array.add(value);
				}
			});
			return array;
		}
		for (int i = 0; i < Math.min(min, max); i++) {
			array.add(synthesize(items, name, shape, variant, refs));
		}
		return array;
	}

	private JsonNode object(JsonNode effective, String name, Shape shape, int variant, List<String> refs) {
		ObjectNode object = NODES.objectNode();
		JsonNode properties = effective.path("properties");
		List<String> required = OpenApiSpec.strings(effective.get("required"));
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			if (shape == Shape.EVERY_MEMBER || required.contains(property.getKey())) {
				object.set(property.getKey(), synthesize(property.getValue(), property.getKey(), shape, variant, refs));
			}
		}
		JsonNode additional = effective.get("additionalProperties");
		boolean admitsMore = properties.isEmpty() && (additional == null || !additional.isBoolean()
				|| additional.asBoolean());
		if (admitsMore && (shape == Shape.EVERY_MEMBER || effective.path("minProperties").asInt(0) > 0)) {
			JsonNode value = (additional != null && additional.isObject())
					? synthesize(additional, name + "_entry", shape, variant, refs) : NODES.stringNode("value");
			object.set(name + "_key", value);
		}
		// a required member the schema neither declares nor admits is the spec's defect: no
		// value can conform, and SchemaValidator notes it rather than fault the request
		boolean closed = (additional == null) ? !properties.isEmpty()
				: additional.isBoolean() && !additional.asBoolean();
		for (String member : required) {
			if (!object.has(member) && !closed) {
				object.set(member, (additional != null && additional.isObject())
						? synthesize(additional, member, shape, variant, refs) : NODES.stringNode(member));
			}
		}
		return object;
	}

	private String string(JsonNode effective, String name) {
		String format = effective.path("format").asString("");
		String text;
		if (effective.path("pattern").isString()) {
			text = PatternSample.sample(effective.get("pattern").asString());
			if (text == null) {
				throw new IllegalStateException(
						"No sample for the pattern " + effective.get("pattern") + " of " + name);
			}
		}
		else if (format.equals("uri")) {
			text = "https://example.com/" + name;
		}
		else if (format.equals("date-time")) {
			text = "2026-01-02T03:04:05Z";
		}
		else {
			text = name + "_1";
		}
		int minLength = effective.path("minLength").asInt(0);
		int maxLength = effective.path("maxLength").asInt(Integer.MAX_VALUE);
		if (text.length() < minLength) {
			text = text + "x".repeat(minLength - text.length());
		}
		return (text.length() > maxLength) ? text.substring(0, maxLength) : text;
	}

	private static boolean unixTime(JsonNode effective) {
		return "unixtime".equals(effective.path("format").asString(""));
	}

	private static BigDecimal number(JsonNode effective, boolean whole) {
		BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.5");
		BigDecimal low = bound(effective, "minimum", "exclusiveMinimum", step);
		BigDecimal high = bound(effective, "maximum", "exclusiveMaximum", step.negate());
		BigDecimal value;
		if (low != null && high != null) {
			value = low.add(high).divide(BigDecimal.valueOf(2), whole ? 0 : 2, RoundingMode.FLOOR);
		}
		else if (low != null) {
			value = low;
		}
		else {
			value = (high != null && high.compareTo(step) < 0) ? high : step;
		}
		return value;
	}

	/**
	 * A bound of a number, moved inside by {@code step} when exclusive.
	 */
	private static @Nullable BigDecimal bound(JsonNode effective, String inclusive, String exclusive,
			BigDecimal step) {
		JsonNode exclusiveBound = effective.get(exclusive);
		if (exclusiveBound != null && exclusiveBound.isNumber()) {
			return exclusiveBound.decimalValue().add(step);
		}
		JsonNode bound = effective.get(inclusive);
		if (bound == null || !bound.isNumber()) {
			return null;
		}
		boolean excluded = exclusiveBound != null && exclusiveBound.asBoolean(false);
		return excluded ? bound.decimalValue().add(step) : bound.decimalValue();
	}

	/**
	 * Which members of an object a synthesizer fills in.
	 */
	enum Shape {

		/** Only the members a schema requires. */
		REQUIRED_MEMBERS,

		/** Every member a schema declares, and one entry of a map. */
		EVERY_MEMBER

	}

}
