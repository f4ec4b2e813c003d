package org.openaiboot.client.conformance;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3.0 document read for conformance checks: its operations (method, path
 * template, parameters, request and 200 response media types and schemas) and the
 * schema walking both the validator and the response synthesizer need, that is
 * {@code $ref} resolution and the merging of {@code allOf} parts into one schema.
 * <p>
 * It reads OpenAPI 3.0 ({@code nullable}) and the parts of 3.1 the OpenAI spec uses (a
 * {@code type} that is a list, {@code "null"} as a type, {@code const}); the YAML is read
 * by {@link SpecYaml}.
 */
final class OpenApiSpec {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_REF_HOPS = 32;

	private final JsonNode root;

	private final String version;

	private final String basePath;

	private final List<Operation> operations;

	private OpenApiSpec(JsonNode root) {
		this.root = root;
		this.version = root.path("info").path("version").asString();
		this.basePath = basePath(root);
		this.operations = readOperations(root);
	}

	/**
	 * Read a spec file.
	 * @param file the YAML file
	 * @return the spec
	 */
	static OpenApiSpec read(Path file) {
		return new OpenApiSpec(SpecYaml.read(file));
	}

	String version() {
		return this.version;
	}

	/**
	 * The path of the first server's URL, which every operation's path is relative to.
	 * @return the path, such as {@code /v1}
	 */
	String basePath() {
		return this.basePath;
	}

	List<Operation> operations() {
		return this.operations;
	}

	Set<String> operationIds() {
		Set<String> ids = new LinkedHashSet<>();
		this.operations.forEach((operation) -> ids.add(operation.id()));
		return ids;
	}

	/**
	 * A named component schema.
	 * @param name the name under {@code components/schemas}
	 * @return the schema, or {@code null}
	 */
	@Nullable JsonNode componentSchema(String name) {
		JsonNode schema = this.root.path("components").path("schemas").get(name);
		return (schema != null && schema.isObject()) ? schema : null;
	}

	/**
	 * The operation a request is for: the one of the method whose path template matches,
	 * preferring literal segments over parameters ({@code /threads/runs} over
	 * {@code /threads/{thread_id}}).
	 * @param method the HTTP method
	 * @param path the request's path below {@link #basePath()}
	 * @return the match, or {@code null}
	 */
	@Nullable Match find(String method, String path) {
		Match best = null;
		int bestLiterals = -1;
		for (Operation operation : this.operations) {
			if (!operation.method().equalsIgnoreCase(method)) {
				continue;
			}
			Map<String, String> parameters = operation.match(path);
			if (parameters != null && operation.literalSegments() > bestLiterals) {
				best = new Match(operation, parameters);
				bestLiterals = operation.literalSegments();
			}
		}
		return best;
	}

	/**
	 * Follow {@code $ref}s to the schema they name.
	 * @param schema a schema, possibly a reference
	 * @return the schema referred to
	 */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int hop = 0; current.has("$ref"); hop++) {
			if (hop == MAX_REF_HOPS) {
				throw new IllegalStateException("$ref cycle at " + schema);
			}
			String ref = current.get("$ref").asString();
			if (!ref.startsWith("#/")) {
				throw new IllegalStateException("Only local references are supported: " + ref);
			}
			JsonNode target = this.root.at(ref.substring(1));
			if (target.isMissingNode()) {
				throw new IllegalStateException("Unresolvable $ref " + ref);
			}
			current = target;
		}
		return current;
	}

	/**
	 * The schema a value is checked against: references resolved and the parts of an
	 * {@code allOf} merged (properties and required members joined, the other keywords
	 * taken from the first part that has them).
	 * @param schema a schema
	 * @return the effective schema
	 */
	JsonNode effective(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		if (!resolved.has("allOf")) {
			return resolved;
		}
		ObjectNode merged = ((ObjectNode) resolved).deepCopy();
		merged.remove("allOf");
		ObjectNode properties = merged.has("properties") ? (ObjectNode) merged.get("properties")
				: JSON.createObjectNode();
		Set<String> required = new LinkedHashSet<>(strings(merged.get("required")));
		for (JsonNode part : resolved.get("allOf")) {
			JsonNode effectivePart = effective(part);
			for (Map.Entry<String, JsonNode> property : effectivePart.path("properties").properties()) {
				properties.putIfAbsent(property.getKey(), property.getValue());
			}
			required.addAll(strings(effectivePart.get("required")));
			for (Map.Entry<String, JsonNode> keyword : effectivePart.properties()) {
				if (!keyword.getKey().equals("properties") && !keyword.getKey().equals("required")) {
					merged.putIfAbsent(keyword.getKey(), keyword.getValue());
				}
			}
		}
		if (!properties.isEmpty()) {
			merged.set("properties", properties);
		}
		if (!required.isEmpty()) {
			ArrayNode array = merged.putArray("required");
			required.forEach(array::add);
		}
		return merged;
	}

	/**
	 * The JSON type of an effective schema: its {@code type} (for a list of types, the
	 * first one other than {@code "null"}), or {@code object} when it declares members,
	 * {@code array} when it declares items.
	 * @param schema an effective schema
	 * @return the type, or {@code null} when the schema does not constrain it
	 */
	static @Nullable String type(JsonNode schema) {
		List<String> types = types(schema);
		return types.stream()
			.filter((type) -> !type.equals("null"))
			.findFirst()
			.orElse(types.isEmpty() ? null : "null");
	}

	/**
	 * The JSON types an effective schema admits, {@code "null"} included when listed.
	 * @param schema an effective schema
	 * @return the types, empty when the schema does not constrain them
	 */
	static List<String> types(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && type.isArray()) {
			return strings(type);
		}
		if (type != null && type.isString()) {
			return List.of(type.asString());
		}
		if (schema.has("properties") || schema.has("additionalProperties")) {
			return List.of("object");
		}
		return schema.has("items") ? List.of("array") : List.of();
	}

	static List<String> strings(@Nullable JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach((element) -> strings.add(element.asString()));
		}
		return strings;
	}

	private static String basePath(JsonNode root) {
		JsonNode server = root.path("servers").path(0).path("url");
		if (!server.isString()) {
			return "";
		}
		String path = URI.create(server.asString()).getPath();
		return (path == null || path.equals("/")) ? "" : path.replaceAll("/$", "");
	}

	private static List<Operation> readOperations(JsonNode root) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
			List<JsonNode> shared = new ArrayList<>();
			path.getValue().path("parameters").forEach(shared::add);
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				JsonNode operation = entry.getValue();
				if (!operation.has("operationId")) {
					continue;
				}
				List<JsonNode> parameters = new ArrayList<>(shared);
				operation.path("parameters").forEach(parameters::add);
				Map.Entry<String, JsonNode> request = firstMediaType(operation.path("requestBody").path("content"));
				Map.Entry<String, JsonNode> response = firstMediaType(
						operation.path("responses").path("200").path("content"));
				operations.add(new Operation(operation.get("operationId").asString(),
						entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), Collections.unmodifiableList(parameters),
						operation.path("requestBody").path("required").asBoolean(false),
						(request != null) ? request.getKey() : null,
						(request != null) ? request.getValue().get("schema") : null,
						(response != null) ? response.getKey() : null,
						(response != null) ? response.getValue().get("schema") : null));
			}
		}
		return Collections.unmodifiableList(operations);
	}

	private static Map.@Nullable Entry<String, JsonNode> firstMediaType(JsonNode content) {
		for (Map.Entry<String, JsonNode> entry : content.properties()) {
			return entry;
		}
		return null;
	}

	/**
	 * One operation of the spec.
	 *
	 * @param id the operationId
	 * @param method the HTTP method, upper case
	 * @param template the path template, such as {@code /files/{file_id}}
	 * @param parameters the path-level and operation-level parameters
	 * @param bodyRequired whether the request body is required
	 * @param requestMediaType the request body's media type, or {@code null} without body
	 * @param requestSchema the request body's schema, or {@code null}
	 * @param responseMediaType the 200 response's media type, or {@code null}
	 * @param responseSchema the 200 response's schema, or {@code null}
	 */
	record Operation(String id, String method, String template, List<JsonNode> parameters, boolean bodyRequired,
			@Nullable String requestMediaType, @Nullable JsonNode requestSchema, @Nullable String responseMediaType,
			@Nullable JsonNode responseSchema) {

		List<JsonNode> parameters(String in) {
			return this.parameters.stream().filter((parameter) -> in.equals(parameter.path("in").asString())).toList();
		}

		int literalSegments() {
			int literals = 0;
			for (String segment : this.template.split("/")) {
				if (!segment.startsWith("{")) {
					literals++;
				}
			}
			return literals;
		}

		/**
		 * Match a path against the template.
		 * @param path the request path below the base path, not decoded
		 * @return the path parameters by name (possibly empty strings), or {@code null}
		 * if the path does not match
		 */
		@Nullable Map<String, String> match(String path) {
			String[] templateSegments = this.template.split("/", -1);
			String[] pathSegments = path.split("/", -1);
			if (templateSegments.length != pathSegments.length) {
				return null;
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			for (int i = 0; i < templateSegments.length; i++) {
				String segment = templateSegments[i];
				if (segment.startsWith("{") && segment.endsWith("}")) {
					parameters.put(segment.substring(1, segment.length() - 1), pathSegments[i]);
				}
				else if (!segment.equals(pathSegments[i])) {
					return null;
				}
			}
			return parameters;
		}

	}

	/**
	 * An operation found for a request, with the values of its path parameters.
	 *
	 * @param operation the operation
	 * @param pathParameters the raw values by name
	 */
	record Match(Operation operation, Map<String, String> pathParameters) {

	}

}
