package org.openaiboot.models;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openaiboot.models.support.ModelIntrospection.MAPPER;
import static org.openaiboot.models.support.ModelIntrospection.PACKAGES;
import static org.openaiboot.models.support.ModelIntrospection.RENAMED;
import static org.openaiboot.models.support.ModelIntrospection.beanDeserializer;
import static org.openaiboot.models.support.ModelIntrospection.checkDiscriminatorOfUnion;
import static org.openaiboot.models.support.ModelIntrospection.findType;
import static org.openaiboot.models.support.ModelIntrospection.heldName;
import static org.openaiboot.models.support.ModelIntrospection.heldPath;
import static org.openaiboot.models.support.ModelIntrospection.isConstantOnOutput;
import static org.openaiboot.models.support.ModelIntrospection.jsonValueType;
import static org.openaiboot.models.support.ModelIntrospection.knownValues;
import static org.openaiboot.models.support.ModelIntrospection.objectShapes;
import static org.openaiboot.models.support.ModelIntrospection.readFacts;
import static org.openaiboot.models.support.ModelIntrospection.resolve;
import static org.openaiboot.models.support.ModelIntrospection.serializedProperties;
import static org.openaiboot.models.support.ModelIntrospection.stringConstants;
import static org.openaiboot.models.support.ModelIntrospection.where;
import static org.assertj.core.api.Assertions.fail;

/**
 * Proves that every component schema of the OpenAI spec has a Java type that reads and
 * writes each of its members under the exact JSON name, and knows every enum value the
 * spec lists.
 * <p>
 * The facts come from {@code spec-facts.json} (made from the spec by
 * {@code src/test/spec-facts/extract.py}), so the build never needs the spec itself. The
 * Java side is seen through a default Jackson 3 {@link JsonMapper}: the properties its
 * serializer writes and its deserializer reads, not just the annotations.
 */
class SpecConformanceTests {

	private static final int SCHEMA_COUNT = 106;

	private static final JsonNode FACTS = readFacts("spec-facts.json");

	private static final Tally TALLY = new Tally();

	@Test
	void factsListEverySchemaOnce() {
		List<String> names = new ArrayList<>();
		FACTS.get("schemas").forEach((schema) -> names.add(schema.get("name").asString()));
		assertThat(names).as("schemas in spec-facts.json").hasSize(SCHEMA_COUNT).doesNotHaveDuplicates();
	}

	@TestFactory
	Stream<DynamicTest> everySchemaHasAConformingJavaType() {
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode schema : FACTS.get("schemas")) {
			tests.add(DynamicTest.dynamicTest(schema.get("name").asString(), () -> check(schema, TALLY)));
		}
		return tests.stream();
	}

	@Test
	void everySchemaHasAJavaType() {
		List<String> missing = new ArrayList<>();
		for (JsonNode schema : FACTS.get("schemas")) {
			String simpleName = RENAMED.getOrDefault(schema.get("name").asString(), schema.get("name").asString());
			if (PACKAGES.stream().noneMatch((pkg) -> exists("org.openaiboot.models." + pkg + "." + simpleName))) {
				missing.add(simpleName);
			}
		}
		assertThat(missing).as("schemas without a Java type (%d of %d found)", SCHEMA_COUNT - missing.size(),
				SCHEMA_COUNT).isEmpty();
	}

	private static boolean exists(String className) {
		try {
			Class.forName(className);
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	@Test
	void checksReportWrongNamesMissingConstantsAndDroppedNulls() {
		JsonNode facts = MAPPER.readTree("""
				{"properties": ["right_name", "wrong_name", "kind", "note"], "required": ["note"],
				 "nullable": ["note"]}""");
		JavaType sample = MAPPER.constructType(Sample.class);
		List<String> problems = new ArrayList<>();
		Tally tally = new Tally();
		checkObject(sample, facts, "Sample", problems, tally);
		checkEnum(sample, "kind", List.of("a", "b"), "Sample", problems, tally);
		assertThat(problems).hasSize(4)
			.anySatisfy((problem) -> assertThat(problem).contains("'wrong_name' is not written"))
			.anySatisfy((problem) -> assertThat(problem).contains("'wrong_name' is not read"))
			.anySatisfy((problem) -> assertThat(problem).contains("'note' is required and nullable"))
			.anySatisfy((problem) -> assertThat(problem).contains("enum value 'b'").contains("constants: [a]"));
		assertThat(tally.properties).hasValue(4);
		assertThat(tally.enumValues).hasValue(2);
	}

	@AfterAll
	static void summary() {
		System.out.printf(
				"SpecConformanceTests: %d/%d schemas found, %d properties checked (%d in %d inline objects), "
						+ "%d enum values checked (and %d single-value members), %d union variants, "
						+ "%d required-and-nullable members, %d binary form parts%n",
				TALLY.schemas.get(), SCHEMA_COUNT, TALLY.properties.get(), TALLY.nestedProperties.get(),
				TALLY.nestedObjects.get(), TALLY.enumValues.get(), TALLY.singleValues.get(),
				TALLY.unionVariants.get(), TALLY.requiredNullable.get(), TALLY.binaryParts.get());
	}

	private static void check(JsonNode schema, Tally tally) {
		String name = schema.get("name").asString();
		Class<?> type = findType(name);
		tally.schemas.incrementAndGet();
		JavaType javaType = MAPPER.constructType(type);
		String kind = schema.get("kind").asString();
		List<String> problems = new ArrayList<>();
		switch (kind) {
			case "object" -> checkObject(javaType, schema, name, problems, tally);
			case "union" -> {
				if (!type.isInterface() || !type.isSealed()) {
					problems.add(name + ": union schema but " + type.getName() + " is not a sealed interface");
				}
			}
			case "array" -> checkArray(type, schema.get("items").asString(), name, problems);
			case "map" -> checkOpenObject(type, name, problems);
			case "enum" -> {
				// values are checked below, at path ""
			}
			default -> problems.add(name + ": unexpected kind " + kind);
		}
		for (Map.Entry<String, JsonNode> object : schema.get("objects").properties()) {
			JavaType nested = resolve(javaType, object.getKey(), name, problems);
			if (nested != null) {
				tally.nestedObjects.incrementAndGet();
				tally.nestedProperties.addAndGet(object.getValue().get("properties").size());
				// today's spec made some 2.0.0 objects unions: each variant keeps the members
				for (JavaType shape : objectShapes(nested)) {
					checkObject(shape, object.getValue(), name + "." + object.getKey(), problems, tally);
				}
			}
		}
		for (Map.Entry<String, JsonNode> entry : schema.get("enums").properties()) {
			List<String> values = new ArrayList<>();
			entry.getValue().forEach((value) -> values.add(value.asString()));
			checkEnum(javaType, heldPath(schema, entry.getKey()), values, name, problems, tally);
		}
		for (Map.Entry<String, JsonNode> entry : schema.get("unions").properties()) {
			JavaType union = resolve(javaType, heldPath(schema, entry.getKey()), name, problems);
			if (union != null) {
				entry.getValue()
					.forEach((variant) -> checkVariant(union.getRawClass(), variant.asString(),
							where(name, entry.getKey()), problems, tally));
			}
		}
		if (!problems.isEmpty()) {
			fail("Schema " + name + " (" + type.getName() + ") does not conform to the spec:\n  - "
					+ String.join("\n  - ", problems));
		}
	}

	private static void checkObject(JavaType type, JsonNode facts, String where, List<String> problems,
			Tally tally) {
		Map<String, BeanProperty> written = serializedProperties(type);
		BeanDeserializerBase reader = beanDeserializer(type);
		if (reader == null) {
			problems.add(where + ": " + type + " is not read as a JSON object with named members");
			return;
		}
		Set<String> required = new LinkedHashSet<>();
		facts.get("required").forEach((member) -> required.add(member.asString()));
		Set<String> nullable = new LinkedHashSet<>();
		facts.get("nullable").forEach((member) -> nullable.add(member.asString()));
		Set<String> binary = new LinkedHashSet<>();
		if (facts.has("binary")) {
			facts.get("binary").forEach((member) -> binary.add(member.asString()));
		}
		for (JsonNode property : facts.get("properties")) {
			String member = property.asString();
			tally.properties.incrementAndGet();
			if (binary.contains(member)) {
				// a file part of a multipart form: the client sends it under a part name the
				// type declares as a constant, next to the text fields the record holds
				tally.binaryParts.incrementAndGet();
				if (!stringConstants(type.getRawClass()).contains(member)) {
					problems.add(where + ": binary member '" + member + "' has no part name constant in "
							+ type.getRawClass().getName());
				}
				continue;
			}
			String held = written.containsKey(member) ? member : heldName(member);
			BeanProperty writer = written.get(held);
			if (writer == null) {
				problems.add(where + ": member '" + member + "' is not written under that JSON name (written: "
						+ written.keySet() + ")");
			}
			if (reader.findProperty(PropertyName.construct(held)) == null && !isConstantOnOutput(type, held)) {
				problems.add(where + ": member '" + member + "' is not read under that JSON name");
			}
			if (writer != null && required.contains(member) && nullable.contains(member)) {
				tally.requiredNullable.incrementAndGet();
				JsonInclude.Value include = writer.findPropertyInclusion(MAPPER.serializationConfig(),
						type.getRawClass());
				if (include.getValueInclusion() != JsonInclude.Include.ALWAYS) {
					problems.add(where + ": member '" + member
							+ "' is required and nullable but an explicit null is not written (include "
							+ include.getValueInclusion() + ")");
				}
			}
		}
	}

	private static void checkArray(Class<?> type, String items, String where, List<String> problems) {
		Class<?> itemType = findType(items);
		JavaType value = jsonValueType(MAPPER.constructType(type));
		// today's element may be a union whose variants include the 2.0.0 element
		if (value == null || !value.isCollectionLikeType()
				|| !coversVariant(value.getContentType().getRawClass(), itemType)) {
			problems.add(where + ": array schema of " + items + " but " + type.getName() + " is written as " + value);
		}
	}

	private static void checkOpenObject(Class<?> type, String where, List<String> problems) {
		String json = "{\"any_member\":{\"nested\":[1,\"a\",true]},\"other\":null}";
		Object value = MAPPER.readValue(json, type);
		if (!MAPPER.readTree(MAPPER.writeValueAsString(value)).equals(MAPPER.readTree(json))) {
			problems.add(where + ": free-form object schema but " + type.getName() + " does not keep any member");
		}
	}

	private static void checkEnum(JavaType owner, String path, List<String> values, String schema,
			List<String> problems, Tally tally) {
		String where = where(schema, path);
		if (checkDiscriminatorOfUnion(owner, path, values, schema, problems)) {
			tally.enumValues.addAndGet(values.size());
			return;
		}
		JavaType type = resolve(owner, path, schema, problems);
		if (type == null) {
			return;
		}
		Class<?> raw = type.getRawClass();
		if (raw == String.class) {
			if (values.size() != 1) {
				problems.add(where + ": enum " + values + " is a plain String, not an enum-like type");
				return;
			}
			tally.singleValues.incrementAndGet();
			int dot = path.lastIndexOf('.');
			JavaType parent = (dot < 0) ? owner : resolve(owner, path.substring(0, dot), schema, problems);
			String member = path.substring(dot + 1);
			if (parent != null && isConstantOnOutput(parent, member)
					&& !stringConstants(parent.getRawClass()).contains(values.get(0))) {
				problems.add(where + ": discriminator '" + values.get(0) + "' has no String constant in "
						+ parent.getRawClass().getName());
			}
			return;
		}
		Set<String> known = knownValues(raw);
		for (String value : values) {
			tally.enumValues.incrementAndGet();
			if (!known.contains(value)) {
				problems.add(where + ": no public static constant of " + raw.getName() + " for enum value '" + value
						+ "' (constants: " + known + ")");
			}
		}
	}

	private static void checkVariant(Class<?> union, String variantSchema, String where, List<String> problems,
			Tally tally) {
		tally.unionVariants.incrementAndGet();
		Class<?> variant = findType(variantSchema);
		if (!union.isSealed()) {
			problems.add(where + ": union of " + variant.getSimpleName() + ", ... but " + union.getName()
					+ " is not a sealed interface");
			return;
		}
		if (!coversVariant(union, variant)) {
			problems.add(where + ": " + union.getName() + " has no variant for " + variant.getName());
			return;
		}
		// a discriminated variant: its discriminator value alone must select it
		JsonNode enums = schemaFacts(variantSchema).get("enums");
		for (String discriminator : List.of("type", "role")) {
			JsonNode values = enums.get(discriminator);
			if (values != null && values.size() == 1) {
				String json = "{\"" + discriminator + "\":\"" + values.get(0).asString() + "\"}";
				// only the discriminator is given: let absent numbers read as 0
				Object read = MAPPER.readerFor(union)
					.without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
					.readValue(json);
				if (!variant.isInstance(read) && !wraps(read, variant)) {
					problems.add(where + ": " + json + " is read as " + read.getClass().getName() + ", not as "
							+ variant.getName());
				}
				return;
			}
		}
	}

	private static boolean wraps(Object value, Class<?> variant) {
		if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					if (variant.isInstance(component.getAccessor().invoke(value))) {
						return true;
					}
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return false;
	}

	private static JsonNode schemaFacts(String name) {
		for (JsonNode schema : FACTS.get("schemas")) {
			if (schema.get("name").asString().equals(name)) {
				return schema;
			}
		}
		throw new IllegalArgumentException("No facts for schema " + name);
	}

	private static boolean coversVariant(Class<?> union, Class<?> variant) {
		if (union.isAssignableFrom(variant)) {
			return true;
		}
		Class<?>[] permitted = union.getPermittedSubclasses();
		if (permitted == null) {
			return false;
		}
		for (Class<?> subclass : permitted) {
			if (subclass.isRecord()) {
				for (RecordComponent component : subclass.getRecordComponents()) {
					// a variant told apart by shape may hold a union told apart by its type
					if (component.getType().equals(variant)
							|| (component.getType().isSealed() && coversVariant(component.getType(), variant))) {
						return true;
					}
				}
			}
			if (subclass.isSealed() && coversVariant(subclass, variant)) {
				return true;
			}
		}
		return false;
	}

	/** What the checks covered, for the summary line. */
	static final class Tally {

		final AtomicInteger schemas = new AtomicInteger();

		final AtomicInteger properties = new AtomicInteger();

		final AtomicInteger nestedObjects = new AtomicInteger();

		final AtomicInteger nestedProperties = new AtomicInteger();

		final AtomicInteger enumValues = new AtomicInteger();

		final AtomicInteger singleValues = new AtomicInteger();

		final AtomicInteger unionVariants = new AtomicInteger();

		final AtomicInteger requiredNullable = new AtomicInteger();

		final AtomicInteger binaryParts = new AtomicInteger();

	}

	/** A deliberately wrong type, to show that the checks find each kind of gap. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Sample(@JsonProperty("right_name") String rightName, @JsonProperty("wrongName") String wrongName,
			@JsonProperty("kind") Kind kind, @JsonProperty("note") @Nullable String note) {

		public record Kind(@JsonValue String value) {

			public static final Kind A = new Kind("a");

			@JsonCreator
			public static Kind of(String value) {
				return new Kind(value);
			}

		}

	}

}
