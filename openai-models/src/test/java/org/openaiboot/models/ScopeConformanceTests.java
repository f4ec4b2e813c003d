package org.openaiboot.models;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openaiboot.models.support.SpecFile;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openaiboot.models.support.ModelIntrospection.MAPPER;
import static org.openaiboot.models.support.ModelIntrospection.serializedProperties;

/**
 * Proves that the models cover their scope, worked out here from the spec files rather
 * than taken from the generator: every schema reachable from today's operations (outside
 * the excluded paths) and webhooks, and every schema of spec 2.0.0, that is an object, an
 * enum or a union has a type under its name, and every member that either spec gives an
 * object schema is written under its JSON name.
 * <p>
 * A schema that is only another one ({@code allOf} of one reference, nothing of its own)
 * is checked as that one.
 */
class ScopeConformanceTests {

	private static final String REF = "#/components/schemas/";

	private static final Map<String, JsonNode> SCHEMAS = schemas();

	private static final AtomicInteger TYPES = new AtomicInteger();

	private static final AtomicInteger MEMBERS = new AtomicInteger();

	@Test
	void scopeIsTodaysApiAndAllOfTwoPointZero() {
		Set<String> scope = scope();
		assertThat(scope).hasSizeGreaterThan(750)
			.contains("Response", "ResponseStreamEvent", "ConversationResource", "Batch", "VectorStoreObject",
					"Upload", "ContainerResource", "RealtimeCreateClientSecretResponse", "AssistantToolsRetrieval",
					"CreateChatCompletionRequest")
			.noneMatch((name) -> name.startsWith("AuditLog"));
	}

	@TestFactory
	Stream<DynamicTest> everySchemaHasATypeWithEveryMember() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String name : scope()) {
			JsonNode schema = SCHEMAS.get(name);
			if (isObject(schema) || isEnum(schema) || isUnion(schema)) {
				tests.add(DynamicTest.dynamicTest(name, () -> check(name)));
			}
		}
		return tests.stream();
	}

	@AfterAll
	static void summary() {
		System.out.printf("ScopeConformanceTests: %d types, %d members checked%n", TYPES.get(), MEMBERS.get());
	}

	private static void check(String schemaName) {
		String name = aliased(schemaName);
		Class<?> type = SpecFile.modelClass(name);
		assertThat(type).as("the type of %s", name).isNotNull();
		TYPES.incrementAndGet();
		Set<String> members = new LinkedHashSet<>();
		for (JsonNode spec : List.of(SpecFile.LATEST, SpecFile.SEED)) {
			JsonNode schema = spec.path("components").path("schemas").path(name);
			if (!schema.isMissingNode() && isObject(schema)) {
				members.addAll(properties(spec, schema).keySet());
			}
		}
		if (members.isEmpty() || type.isInterface()) {
			return;
		}
		Set<String> written = new LinkedHashSet<>();
		serializedProperties(MAPPER.constructType(type)).keySet().forEach((member) -> written.add(bare(member)));
		List<String> missing = new ArrayList<>();
		for (String member : members) {
			MEMBERS.incrementAndGet();
			if (!written.contains(bare(member)) && !isBinary(name, member) && !isComputedBySdks(name, member)) {
				missing.add(member);
			}
		}
		assertThat(missing).as("members of %s that %s does not write", name, type.getName()).isEmpty();
	}

	/** The schema a schema only stands for ({@code allOf} of one reference), or itself. */
	private static String aliased(String name) {
		JsonNode schema = SCHEMAS.get(name);
		if (schema.path("allOf").size() == 1 && !schema.has("properties")
				&& schema.path("allOf").get(0).has("$ref")) {
			return aliased(schema.path("allOf").get(0).get("$ref").asString().substring(REF.length()));
		}
		return name;
	}

	/** Multipart array members were named with brackets in 2.0.0 ({@code include[]}). */
	private static String bare(String member) {
		return member.replace("[]", "");
	}

	private static boolean isBinary(String schema, String member) {
		for (JsonNode spec : List.of(SpecFile.LATEST, SpecFile.SEED)) {
			JsonNode node = spec.path("components").path("schemas").path(schema);
			if (!node.isMissingNode() && binary(properties(spec, node).get(member))) {
				return true;
			}
		}
		return false;
	}

	/** Members the SDKs compute and the API never sends, such as {@code Response.output_text}. */
	private static boolean isComputedBySdks(String schema, String member) {
		JsonNode node = SpecFile.LATEST.path("components").path("schemas").path(schema);
		JsonNode property = node.isMissingNode() ? null : properties(SpecFile.LATEST, node).get(member);
		return property != null && (property.has("x-oaiSupportedSDKs")
				|| property.path("anyOf").valueStream().anyMatch((variant) -> variant.has("x-oaiSupportedSDKs")));
	}

	private static boolean binary(JsonNode member) {
		if (member == null) {
			return false;
		}
		if ("binary".equals(member.path("format").asString("")) || member.has("contentMediaType")) {
			return true;
		}
		if (member.has("items")) {
			return binary(member.get("items"));
		}
		for (String union : List.of("anyOf", "oneOf")) {
			if (member.has(union)) {
				boolean all = true;
				for (JsonNode variant : member.get(union)) {
					all &= binary(variant) || "null".equals(variant.path("type").asString(""));
				}
				return all;
			}
		}
		return false;
	}

	private static Set<String> scope() {
		Deque<String> queue = new ArrayDeque<>();
		SpecFile.LATEST.get("paths").properties().forEach((path) -> {
			if (!SpecFile.excluded(path.getKey())) {
				path.getValue().forEach((operation) -> {
					refs(operation.path("requestBody"), queue);
					refs(operation.path("responses"), queue);
				});
			}
		});
		SpecFile.LATEST.path("webhooks").forEach((webhook) -> refs(webhook, queue));
		SpecFile.SEED.get("components").get("schemas").propertyNames().forEach(queue::add);
		Set<String> scope = new LinkedHashSet<>();
		while (!queue.isEmpty()) {
			String name = queue.poll();
			if (SCHEMAS.containsKey(name) && scope.add(name)) {
				refs(SCHEMAS.get(name), queue);
			}
		}
		return scope;
	}

	private static void refs(JsonNode node, Deque<String> names) {
		if (node.isObject()) {
			JsonNode ref = node.get("$ref");
			if (ref != null && ref.asString().startsWith(REF)) {
				names.add(ref.asString().substring(REF.length()));
			}
			node.forEach((child) -> refs(child, names));
		}
		else if (node.isArray()) {
			node.forEach((child) -> refs(child, names));
		}
	}

	private static Map<String, JsonNode> properties(JsonNode spec, JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		JsonNode resolved = resolve(spec, schema);
		resolved.path("allOf").forEach((part) -> properties.putAll(properties(spec, part)));
		resolved.path("properties").properties().forEach((entry) -> properties.put(entry.getKey(), entry.getValue()));
		return properties;
	}

	private static JsonNode resolve(JsonNode spec, JsonNode schema) {
		String ref = schema.path("$ref").asString(null);
		return (ref != null) ? spec.path("components").path("schemas").path(ref.substring(REF.length())) : schema;
	}

	private static boolean isObject(JsonNode schema) {
		return schema.path("properties").size() > 0
				|| schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf");
	}

	private static boolean isEnum(JsonNode schema) {
		return schema.has("enum") && schema.get("enum").size() > 0;
	}

	private static boolean isUnion(JsonNode schema) {
		for (String union : List.of("oneOf", "anyOf")) {
			int variants = 0;
			boolean strings = true;
			for (JsonNode variant : schema.path(union)) {
				if (!"null".equals(variant.path("type").asString(""))) {
					variants++;
					strings &= "string".equals(variant.path("type").asString("")) && !variant.has("properties");
				}
			}
			if (variants > 1 && !strings) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, JsonNode> schemas() {
		Map<String, JsonNode> schemas = new LinkedHashMap<>();
		SpecFile.SEED.get("components").get("schemas").properties().forEach((e) -> schemas.put(e.getKey(), e.getValue()));
		SpecFile.LATEST.get("components").get("schemas").properties().forEach((e) -> schemas.put(e.getKey(), e.getValue()));
		return schemas;
	}

}
