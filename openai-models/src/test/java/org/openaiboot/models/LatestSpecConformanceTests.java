package org.openaiboot.models;

import java.util.ArrayList;
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
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openaiboot.models.support.ModelIntrospection.MAPPER;
import static org.openaiboot.models.support.ModelIntrospection.beanDeserializer;
import static org.openaiboot.models.support.ModelIntrospection.checkDiscriminatorOfUnion;
import static org.openaiboot.models.support.ModelIntrospection.findType;
import static org.openaiboot.models.support.ModelIntrospection.heldName;
import static org.openaiboot.models.support.ModelIntrospection.heldPath;
import static org.openaiboot.models.support.ModelIntrospection.isConstantOnOutput;
import static org.openaiboot.models.support.ModelIntrospection.knownValues;
import static org.openaiboot.models.support.ModelIntrospection.objectShapes;
import static org.openaiboot.models.support.ModelIntrospection.readFacts;
import static org.openaiboot.models.support.ModelIntrospection.resolve;
import static org.openaiboot.models.support.ModelIntrospection.serializedProperties;
import static org.openaiboot.models.support.ModelIntrospection.stringConstants;
import static org.openaiboot.models.support.ModelIntrospection.where;

/**
 * Proves that the types of the 2.0.0 schemas keep up with today's API: every member that
 * today's spec lists for those schemas (and for the objects nested in them) is read and
 * written under its JSON name, and every enum value has a constant.
 * <p>
 * The facts come from {@code spec-facts-latest.json}, made from today's spec by
 * {@code src/test/spec-facts/extract.py --latest}; it also names where a schema was
 * renamed or split. Required and nullable members are not checked here: today's spec
 * marks members required that 2.0.0 clients did not send, and the 2.0.0 facts remain
 * the contract for those.
 */
class LatestSpecConformanceTests {

	private static final JsonNode FACTS = readFacts("spec-facts-latest.json");

	private static final AtomicInteger SCHEMAS = new AtomicInteger();

	private static final AtomicInteger PROPERTIES = new AtomicInteger();

	private static final AtomicInteger NESTED = new AtomicInteger();

	private static final AtomicInteger ENUM_VALUES = new AtomicInteger();

	private static final AtomicInteger SINGLE_VALUES = new AtomicInteger();

	@Test
	void factsComeFromTodaysSpec() {
		assertThat(FACTS.get("version").asString()).isNotEqualTo("2.0.0");
		List<String> names = new ArrayList<>();
		FACTS.get("schemas").forEach((schema) -> names.add(schema.get("name").asString()));
		assertThat(names).doesNotHaveDuplicates()
			.contains("CreateEmbeddingRequest", "CreateModerationResponse", "ImagesResponse", "FineTuningJob",
					"CreateTranscriptionResponse", "OpenAIFile", "Model", "CreateCompletionRequest",
					"CreateChatCompletionRequest");
	}

	@TestFactory
	Stream<DynamicTest> everyMemberOfTodaysSpecIsKnown() {
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode schema : FACTS.get("schemas")) {
			tests.add(DynamicTest.dynamicTest(schema.get("name").asString(), () -> check(schema)));
		}
		return tests.stream();
	}

	@AfterAll
	static void summary() {
		System.out.printf(
				"LatestSpecConformanceTests (%s): %d schemas, %d properties checked (%d in nested objects), "
						+ "%d enum values checked (and %d single-value members)%n",
				FACTS.get("version").asString(), SCHEMAS.get(), PROPERTIES.get(), NESTED.get(), ENUM_VALUES.get(),
				SINGLE_VALUES.get());
	}

	private static void check(JsonNode schema) {
		String name = schema.get("name").asString();
		Class<?> type = findType(name);
		SCHEMAS.incrementAndGet();
		JavaType javaType = MAPPER.constructType(type);
		List<String> problems = new ArrayList<>();
		if ("object".equals(schema.get("kind").asString())) {
			checkObject(javaType, schema, name, problems, false);
		}
		for (Map.Entry<String, JsonNode> object : schema.get("objects").properties()) {
			JavaType nested = resolve(javaType, object.getKey(), name, problems);
			if (nested != null) {
				// an object that today's spec made a union: each member is known by a variant
				List<String> unknown = null;
				for (JavaType shape : objectShapes(nested)) {
					List<String> missing = new ArrayList<>();
					checkObject(shape, object.getValue(), name + "." + object.getKey(), missing, true);
					if (unknown == null) {
						unknown = missing;
					}
					else {
						unknown.retainAll(missing);
					}
				}
				problems.addAll(unknown);
			}
		}
		for (Map.Entry<String, JsonNode> entry : schema.get("enums").properties()) {
			List<String> values = new ArrayList<>();
			entry.getValue().forEach((value) -> values.add(value.asString()));
			checkEnum(javaType, heldPath(schema, entry.getKey()), values, name, problems);
		}
		assertThat(problems).as("members of today's spec (%s) that %s does not know",
				schema.get("latest").toString(), type.getName()).isEmpty();
	}

	private static void checkObject(JavaType type, JsonNode facts, String where, List<String> problems,
			boolean nested) {
		Map<String, BeanProperty> written = serializedProperties(type);
		BeanDeserializerBase reader = beanDeserializer(type);
		if (reader == null) {
			problems.add(where + ": not read as an object");
			return;
		}
		Set<String> binary = new LinkedHashSet<>();
		if (facts.has("binary")) {
			facts.get("binary").forEach((member) -> binary.add(member.asString()));
		}
		for (JsonNode property : facts.get("properties")) {
			String member = property.asString();
			PROPERTIES.incrementAndGet();
			if (nested) {
				NESTED.incrementAndGet();
			}
			if (binary.contains(member)) {
				// a file part of a multipart form, named by a constant of the request type
				if (!stringConstants(type.getRawClass()).contains(member)) {
					problems.add(where + ": no part name constant for binary member '" + member + "'");
				}
				continue;
			}
			String held = written.containsKey(member) ? member : heldName(member);
			if (!written.containsKey(held)) {
				problems.add(where + ": '" + member + "' is not written");
			}
			if (reader.findProperty(PropertyName.construct(held)) == null && !isConstantOnOutput(type, held)) {
				problems.add(where + ": '" + member + "' is not read");
			}
		}
	}

	private static void checkEnum(JavaType owner, String path, List<String> values, String schema,
			List<String> problems) {
		if (checkDiscriminatorOfUnion(owner, path, values, schema, problems)) {
			ENUM_VALUES.addAndGet(values.size());
			return;
		}
		JavaType type = resolve(owner, path, schema, problems);
		if (type == null) {
			return;
		}
		Class<?> raw = type.getRawClass();
		if (raw == String.class) {
			if (values.size() != 1) {
				problems.add(schema + "." + path + ": enum " + values + " is a plain String");
			}
			SINGLE_VALUES.incrementAndGet();
			return;
		}
		Set<String> known = knownValues(raw);
		for (String value : values) {
			ENUM_VALUES.incrementAndGet();
			if (!known.contains(value)) {
				problems.add(schema + "." + path + ": no constant for '" + value + "'");
			}
		}
	}

}
