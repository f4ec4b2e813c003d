package org.openaiboot.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * How the offline demo writes JSON that a strict JSON Schema accepts, as a model does for
 * function arguments and Structured Outputs: each property is taken from a source
 * document where it has one of the right type, else it gets a stand-in (the given text
 * for a string, the first value of an enum, {@code 0}, {@code false}, an empty array).
 */
final class DemoSchemaFiller {

	private final Map<String, @Nullable Object> root;

	private final String text;

	/**
	 * A filler for a schema.
	 * @param schema the schema, as a JSON object (its {@code $defs} are resolved)
	 * @param text the value of a string that the source does not give
	 */
	DemoSchemaFiller(Map<String, @Nullable Object> schema, String text) {
		this.root = schema;
		this.text = text;
	}

	/**
	 * The value of the schema, taken from the source where it fits.
	 * @param source a JSON document, or a missing node
	 * @return maps, lists, strings, numbers and booleans, as Jackson writes them
	 */
	@Nullable Object fill(JsonNode source) {
		return fill(this.root, source);
	}

	@SuppressWarnings("unchecked")
	private @Nullable Object fill(Map<String, @Nullable Object> schema, JsonNode source) {
		if (schema.get("$ref") instanceof String ref) {
			return fill(resolve(ref), source);
		}
		if (schema.get("anyOf") instanceof List<?> branches && !branches.isEmpty()) {
			return fill((Map<String, @Nullable Object>) branches.get(0), source);
		}
		if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
			Object given = plain(source);
			return values.contains(given) ? given : values.get(0);
		}
		return switch (type(schema)) {
			case "object" -> object(schema, source);
			case "array" -> array(schema, source);
			case "string" -> source.isString() ? source.asString() : this.text;
			case "integer" -> source.isIntegralNumber() ? source.asLong() : 0;
			case "number" -> source.isNumber() ? source.asDouble() : 0;
			case "boolean" -> source.isBoolean() && source.asBoolean();
			default -> null;
		};
	}

	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> object(Map<String, @Nullable Object> schema, JsonNode source) {
		Map<String, @Nullable Object> object = new LinkedHashMap<>();
		if (schema.get("properties") instanceof Map<?, ?> properties) {
			properties.forEach((name, property) -> object.put((String) name,
					fill((Map<String, @Nullable Object>) property, member(source, (String) name))));
		}
		return object;
	}

	@SuppressWarnings("unchecked")
	private List<@Nullable Object> array(Map<String, @Nullable Object> schema, JsonNode source) {
		List<@Nullable Object> array = new ArrayList<>();
		if (source.isArray() && schema.get("items") instanceof Map<?, ?> items) {
			source.forEach((element) -> array.add(fill((Map<String, @Nullable Object>) items, element)));
		}
		return array;
	}

	@SuppressWarnings("unchecked")
	private Map<String, @Nullable Object> resolve(String ref) {
		Object found = this.root;
		for (String step : ref.substring(ref.indexOf('#') + 1).split("/")) {
			if (!step.isEmpty()) {
				found = (found instanceof Map<?, ?> map) ? map.get(step) : null;
			}
		}
		if (!(found instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("$ref '" + ref + "' points to nothing in the schema");
		}
		return (Map<String, @Nullable Object>) found;
	}

	/** The type of a schema; of a nullable one, the type besides {@code "null"}. */
	private static String type(Map<String, @Nullable Object> schema) {
		Object type = schema.get("type");
		if (type instanceof List<?> types) {
			return types.stream().map(String::valueOf).filter((name) -> !name.equals("null")).findFirst().orElse("null");
		}
		return (type != null) ? type.toString() : "object";
	}

	private static JsonNode member(JsonNode source, String name) {
		JsonNode member = source.isObject() ? source.get(name) : null;
		return (member != null) ? member : MissingNode.getInstance();
	}

	private static @Nullable Object plain(JsonNode source) {
		return source.isValueNode() ? (source.isString() ? source.asString() : source.numberValue()) : null;
	}

}
