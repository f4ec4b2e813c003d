package org.openaiboot.client.conformance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the smallest JSON value a schema of an {@link OpenApiSpec} accepts, to answer a
 * request with: the required members only, the first value of an {@code enum}, a short
 * string, {@code 1} for integers and numbers, {@code true}, one element for arrays, the
 * first variant of a {@code oneOf} or {@code anyOf}, nested objects made the same way.
 */
final class ResponseSynthesizer {

	private static final int MAX_DEPTH = 24;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final OpenApiSpec spec;

	ResponseSynthesizer(OpenApiSpec spec) {
		this.spec = spec;
	}

	/**
	 * A value for a schema.
	 * @param schema the schema
	 * @return the value
	 */
	JsonNode synthesize(JsonNode schema) {
		return synthesize(schema, 0);
	}

	private JsonNode synthesize(JsonNode schema, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalStateException("Schema nests deeper than " + MAX_DEPTH + " required levels: " + schema);
		}
		JsonNode effective = this.spec.effective(schema);
		if (effective.has("enum") && !effective.get("enum").isEmpty()) {
			return effective.get("enum").get(0);
		}
		for (String combinator : new String[] { "oneOf", "anyOf" }) {
			if (effective.has(combinator) && !effective.get(combinator).isEmpty()) {
				return synthesize(effective.get(combinator).get(0), depth + 1);
			}
		}
		String type = OpenApiSpec.type(effective);
		if (type == null) {
			return NODES.stringNode("x");
		}
		return switch (type) {
			case "integer", "number" -> NODES.numberNode(1);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (effective.has("items")) {
					array.add(synthesize(effective.get("items"), depth + 1));
				}
				yield array;
			}
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				for (String member : OpenApiSpec.strings(effective.get("required"))) {
					JsonNode property = effective.path("properties").get(member);
					object.set(member, (property != null) ? synthesize(property, depth + 1) : NODES.stringNode("x"));
				}
				yield object;
			}
			default -> NODES.stringNode("x");
		};
	}

}
