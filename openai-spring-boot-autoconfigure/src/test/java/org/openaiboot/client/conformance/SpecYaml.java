package org.openaiboot.client.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OpenAPI YAML document into a Jackson 3 tree that needs no further YAML or
 * JSON Schema dialect knowledge to walk: aliases expanded, and each
 * {@code $recursiveRef: "#"} of a component schema marked {@code $recursiveAnchor}
 * (OpenAPI 3.1's {@code CompoundFilter}, whose filters nest compound filters) turned into
 * a plain {@code $ref} to that component.
 * <p>
 * The YAML is read with Jackson 2's parser (Jackson 3's YAML parser rejects a block scalar
 * of the OpenAI spec).
 */
final class SpecYaml {

	private static final String SCHEMAS = "#/components/schemas/";

	private SpecYaml() {
	}

	/**
	 * Read a spec file.
	 * @param file the YAML file
	 * @return its tree
	 */
	static JsonNode read(Path file) {
		try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
			parser.nextToken();
			JsonNode root = readNode(parser, new HashMap<>());
			for (Map.Entry<String, JsonNode> schema : root.path("components").path("schemas").properties()) {
				if (schema.getValue().path("$recursiveAnchor").asBoolean(false)) {
					anchorRecursiveRefs(schema.getValue(), SCHEMAS + schema.getKey());
				}
			}
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void anchorRecursiveRefs(JsonNode node, String ref) {
		if (node instanceof ObjectNode object && "#".equals(object.path("$recursiveRef").asString(null))) {
			object.remove("$recursiveRef");
			object.put("$ref", ref);
		}
		for (JsonNode child : node) {
			anchorRecursiveRefs(child, ref);
		}
	}

	/**
	 * Read one YAML node, expanding aliases ({@code *name}) into copies of their anchored
	 * nodes ({@code &name}): Jackson 2's tree reader would keep an alias as the anchor's
	 * name, and the OpenAI spec reuses schemas that way ({@code top_logprobs} of
	 * {@code ChatCompletionTokenLogprob}, for one).
	 */
	private static JsonNode readNode(YAMLParser parser, Map<String, JsonNode> anchors) throws IOException {
		if (parser.isCurrentAlias()) {
			JsonNode anchored = anchors.get(parser.getText());
			// Jackson reports the anchors of mappings and sequences, not of scalars: an alias
			// of a scalar (a description or an example in the OpenAI spec) keeps its name
			return (anchored != null) ? anchored.deepCopy() : JsonNodeFactory.instance.stringNode(parser.getText());
		}
		String anchor = parser.getCurrentAnchor();
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		JsonNode node = switch (parser.currentToken()) {
			case START_OBJECT -> {
				ObjectNode object = nodes.objectNode();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					object.set(name, readNode(parser, anchors));
				}
				yield object;
			}
			case START_ARRAY -> {
				ArrayNode array = nodes.arrayNode();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					array.add(readNode(parser, anchors));
				}
				yield array;
			}
			case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
			case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
			case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(parser.getBooleanValue());
			case VALUE_NULL -> nodes.nullNode();
			default -> nodes.stringNode(parser.getText());
		};
		if (anchor != null) {
			anchors.put(anchor, node);
		}
		return node;
	}

}
