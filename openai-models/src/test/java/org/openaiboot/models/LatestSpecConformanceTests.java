package org.openaiboot.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openaiboot.models.support.JsonRoundTrip;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

import static org.assertj.core.api.Assertions.assertThat;

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
 * <p>
 * The chat schemas are brought up to date separately: the members still missing there
 * are listed in {@link #PENDING} and reported, so the list can only shrink.
 */
class LatestSpecConformanceTests {

	private static final JsonMapper MAPPER = JsonRoundTrip.JACKSON3;

	private static final List<String> PACKAGES = List.of("common", "chat", "completions", "embeddings", "images",
			"audio", "files", "finetuning", "models", "moderations");

	/** Schemas whose Java name differs from the schema name. */
	private static final Map<String, String> RENAMED = Map.of("Error", "OpenAIError");

	/** Gaps allowed while the chat types are being brought up to date. */
	private static final Set<String> PENDING = Set.of();

	private static final JsonNode FACTS = readFacts();

	private static final AtomicInteger SCHEMAS = new AtomicInteger();

	private static final AtomicInteger PROPERTIES = new AtomicInteger();

	private static final AtomicInteger NESTED = new AtomicInteger();

	private static final AtomicInteger ENUM_VALUES = new AtomicInteger();

	private static final AtomicInteger SINGLE_VALUES = new AtomicInteger();

	private static final Set<String> OPEN = new TreeSet<>();

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
						+ "%d enum values checked (and %d single-value members); %d pending chat gaps%s%n",
				FACTS.get("version").asString(), SCHEMAS.get(), PROPERTIES.get(), NESTED.get(), ENUM_VALUES.get(),
				SINGLE_VALUES.get(), OPEN.size(), OPEN.isEmpty() ? "" : ":\n  " + String.join("\n  ", OPEN));
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
				checkObject(nested, object.getValue(), name + "." + object.getKey(), problems, true);
			}
		}
		for (Map.Entry<String, JsonNode> entry : schema.get("enums").properties()) {
			List<String> values = new ArrayList<>();
			entry.getValue().forEach((value) -> values.add(value.asString()));
			checkEnum(javaType, entry.getKey(), values, name, problems);
		}
		List<String> unexpected = new ArrayList<>();
		for (String problem : problems) {
			if (PENDING.contains(problem)) {
				OPEN.add(problem);
			}
			else {
				unexpected.add(problem);
			}
		}
		assertThat(unexpected).as("members of today's spec (%s) that %s does not know",
				schema.get("latest").toString(), type.getName()).isEmpty();
	}

	private static Class<?> findType(String schema) {
		String simpleName = RENAMED.getOrDefault(schema, schema);
		List<Class<?>> found = new ArrayList<>();
		for (String pkg : PACKAGES) {
			try {
				found.add(Class.forName("org.openaiboot.models." + pkg + "." + simpleName));
			}
			catch (ClassNotFoundException ex) {
				// not in this package
			}
		}
		assertThat(found).as("Java type %s for schema %s", simpleName, schema).hasSize(1);
		return found.get(0);
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
			if (!written.containsKey(member)) {
				problems.add(where + ": '" + member + "' is not written");
			}
			if (reader.findProperty(PropertyName.construct(member)) == null && !isConstantOnOutput(type, member)) {
				problems.add(where + ": '" + member + "' is not read");
			}
		}
	}

	private static boolean isConstantOnOutput(JavaType type, String member) {
		JsonIgnoreProperties ignored = type.getRawClass().getAnnotation(JsonIgnoreProperties.class);
		return ignored != null && ignored.allowGetters() && List.of(ignored.value()).contains(member);
	}

	private static void checkEnum(JavaType owner, String path, List<String> values, String schema,
			List<String> problems) {
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

	/**
	 * The JSON strings of the public constants of an enum-like type, or of the variants
	 * of a sealed union.
	 */
	private static Set<String> knownValues(Class<?> type) {
		Set<String> values = new LinkedHashSet<>();
		List<Class<?>> candidates = new ArrayList<>();
		candidates.add(type);
		for (int i = 0; i < candidates.size(); i++) {
			Class<?>[] permitted = candidates.get(i).getPermittedSubclasses();
			if (permitted != null) {
				candidates.addAll(List.of(permitted));
			}
		}
		for (Class<?> candidate : candidates) {
			if (!Modifier.isPublic(candidate.getModifiers())) {
				continue;
			}
			try {
				for (Field field : candidate.getDeclaredFields()) {
					int modifiers = field.getModifiers();
					if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
							&& type.isAssignableFrom(field.getType())) {
						addJsonString(field.get(null), values);
					}
				}
				for (Method method : candidate.getDeclaredMethods()) {
					int modifiers = method.getModifiers();
					if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && method.getParameterCount() == 0
							&& type.isAssignableFrom(method.getReturnType())) {
						addJsonString(method.invoke(null), values);
					}
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	private static void addJsonString(Object constant, Set<String> values) {
		JsonNode json = MAPPER.valueToTree(constant);
		if (json.isString()) {
			values.add(json.asString());
		}
	}

	private static Set<String> stringConstants(Class<?> type) {
		Set<String> values = new LinkedHashSet<>();
		for (Field field : type.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
				try {
					values.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return values;
	}

	/** Follow a facts path ({@code results[].categories}) through the Java types. */
	private static JavaType resolve(JavaType owner, String path, String schema, List<String> problems) {
		JavaType current = owner;
		if (path.isEmpty()) {
			return current;
		}
		for (String segment : splitPath(path)) {
			JavaType next = null;
			String steps = "";
			String member = segment;
			while (true) {
				next = memberType(current, member);
				if (next != null || !(member.endsWith("[]") || member.endsWith("{}"))) {
					break;
				}
				steps = member.substring(member.length() - 2) + steps;
				member = member.substring(0, member.length() - 2);
			}
			if (next == null) {
				problems.add(schema + "." + path + ": no member '" + member + "' in " + current);
				return null;
			}
			for (int i = 0; i < steps.length(); i += 2) {
				JavaType container = next.isContainerType() ? next : jsonValueType(next);
				if (container == null || container.getContentType() == null) {
					problems.add(schema + "." + path + ": '" + member + "' is not an array or map but " + next);
					return null;
				}
				next = container.getContentType();
			}
			current = next;
		}
		return current;
	}

	/** Split at dots; JSON names here hold no dots (but may hold slashes). */
	private static List<String> splitPath(String path) {
		return List.of(path.split("\\."));
	}

	private static JavaType memberType(JavaType owner, String member) {
		BeanProperty written = serializedProperties(owner).get(member);
		if (written != null) {
			return written.getType();
		}
		BeanDeserializerBase reader = beanDeserializer(owner);
		if (reader != null) {
			SettableBeanProperty read = reader.findProperty(PropertyName.construct(member));
			if (read != null) {
				return read.getType();
			}
		}
		return null;
	}

	private static JavaType jsonValueType(JavaType type) {
		Class<?> raw = type.getRawClass();
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				if (component.getAccessor().isAnnotationPresent(JsonValue.class)) {
					return MAPPER.constructType(component.getGenericType());
				}
			}
		}
		return null;
	}

	private static Map<String, BeanProperty> serializedProperties(JavaType type) {
		Map<String, BeanProperty> properties = new LinkedHashMap<>();
		MAPPER.acceptJsonFormatVisitor(type, new JsonFormatVisitorWrapper.Base() {

			@Override
			public JsonObjectFormatVisitor expectObjectFormat(JavaType objectType) {
				return new JsonObjectFormatVisitor.Base(getContext()) {

					@Override
					public void property(BeanProperty property) {
						properties.put(property.getName(), property);
					}

					@Override
					public void optionalProperty(BeanProperty property) {
						properties.put(property.getName(), property);
					}

				};
			}

		});
		return properties;
	}

	private static BeanDeserializerBase beanDeserializer(JavaType type) {
		if (type.getRawClass().isInterface() || type.isContainerType() || type.getRawClass() == String.class) {
			return null;
		}
		ValueDeserializer<?> deserializer = MAPPER._deserializationContext().findContextualValueDeserializer(type,
				null);
		return (deserializer instanceof BeanDeserializerBase bean) ? bean : null;
	}

	private static JsonNode readFacts() {
		try (InputStream in = LatestSpecConformanceTests.class.getClassLoader()
			.getResourceAsStream("spec-facts-latest.json")) {
			assertThat(in).as("spec-facts-latest.json on the test class path").isNotNull();
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
