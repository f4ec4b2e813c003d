package org.openaiboot.models.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationFeature;
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
 * Test support for the spec conformance tests: finds the Java type of a schema and sees
 * it the way a default Jackson 3 mapper does (the members its serializer writes and its
 * deserializer reads, the JSON strings of its constants).
 */
public final class ModelIntrospection {

	/** The mapper every check looks through. */
	public static final JsonMapper MAPPER = JsonRoundTrip.JACKSON3;

	/** The packages that hold the model types. */
	public static final List<String> PACKAGES = List.of("common", "chat", "completions", "embeddings", "images",
			"audio", "files", "finetuning", "models", "moderations", "assistants", "threads");

	/** Schemas whose Java name differs from the schema name. */
	public static final Map<String, String> RENAMED = Map.of("Error", "OpenAIError");

	private ModelIntrospection() {
	}

	/**
	 * Read a facts file made by {@code src/test/spec-facts/extract.py}.
	 * @param resource the class path resource, such as {@code spec-facts.json}
	 * @return its JSON
	 */
	public static JsonNode readFacts(String resource) {
		try (InputStream in = ModelIntrospection.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as("%s on the test class path", resource).isNotNull();
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The one Java type named after a schema in the model packages.
	 * @param schema the schema name
	 * @return the type
	 */
	public static Class<?> findType(String schema) {
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
		assertThat(found).as("Java type %s for schema %s in org.openaiboot.models.%s", simpleName, schema, PACKAGES)
			.hasSize(1);
		return found.get(0);
	}

	/**
	 * A discriminator of a known union variant: written from a constant method and
	 * explicitly ignored on input.
	 */
	public static boolean isConstantOnOutput(JavaType type, String member) {
		JsonIgnoreProperties ignored = type.getRawClass().getAnnotation(JsonIgnoreProperties.class);
		return ignored != null && ignored.allowGetters() && List.of(ignored.value()).contains(member);
	}

	/**
	 * The JSON strings of the public constants of an enum-like type: its public static
	 * fields and no-argument factories of its own type, and those of the variants of a
	 * sealed union.
	 */
	public static Set<String> knownValues(Class<?> type) {
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

	public static Set<String> stringConstants(Class<?> type) {
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

	/**
	 * Follow a facts path ({@code choices[].logprobs}) from {@code owner} through the
	 * Java types Jackson reads and writes.
	 */
	/**
	 * The JSON name under which a record holds a member: a list part of a multipart form
	 * ({@code timestamp_granularities[]}) is held without its brackets, which the client
	 * adds when it writes the form.
	 * @param member the member's name in the spec
	 * @return the name the record uses
	 */
	public static String heldName(String member) {
		return member.endsWith("[]") ? member.substring(0, member.length() - 2) : member;
	}

	/**
	 * A path of the facts with its first segment the name under which the record holds it
	 * ({@code timestamp_granularities[][]} is {@code timestamp_granularities[]}).
	 * @param facts the schema's facts, whose {@code properties} name its members
	 * @param path a path of its members
	 * @return the path the record resolves
	 */
	public static String heldPath(JsonNode facts, String path) {
		for (JsonNode property : facts.get("properties")) {
			String member = property.asString();
			if (member.endsWith("[]") && path.startsWith(member)) {
				return heldName(member) + path.substring(member.length());
			}
		}
		return path;
	}

	/**
	 * The object types that hold the members of a nested object of the facts: the type
	 * itself, or each known variant of the union today's spec made of it.
	 * @param type the resolved type
	 * @return the types to check
	 */
	public static List<JavaType> objectShapes(JavaType type) {
		Class<?> raw = type.getRawClass();
		if (!raw.isSealed()) {
			return List.of(type);
		}
		return Arrays.stream(raw.getPermittedSubclasses())
			.filter((variant) -> !variant.getSimpleName().equals("Unknown"))
			.map(MAPPER::constructType)
			.toList();
	}

	/**
	 * Check an enum whose member today's spec made the discriminator of a union: each value
	 * must be read as a known variant.
	 * @param owner the schema's type
	 * @param path the enum's path
	 * @param values the enum's values
	 * @param schema the schema's name
	 * @param problems where to add what is wrong
	 * @return whether the path's parent is such a union (and the values were checked)
	 */
	public static boolean checkDiscriminatorOfUnion(JavaType owner, String path, List<String> values, String schema,
			List<String> problems) {
		int dot = path.lastIndexOf('.');
		JavaType parent = (dot < 0) ? null : resolve(owner, path.substring(0, dot), schema, new ArrayList<>());
		if (parent == null || !parent.getRawClass().isSealed()) {
			return false;
		}
		String member = path.substring(dot + 1);
		for (String value : values) {
			Object read = MAPPER.readerFor(parent)
				.without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.readValue("{\"" + member + "\":\"" + value + "\"}");
			if (read.getClass().getSimpleName().equals("Unknown")) {
				problems.add(where(schema, path) + ": '" + value + "' is read as an unknown variant of " + parent);
			}
		}
		return true;
	}

	public static JavaType resolve(JavaType owner, String path, String schema, List<String> problems) {
		JavaType current = owner;
		if (path.isEmpty()) {
			return current;
		}
		for (String segment : path.split("\\.")) {
			// a JSON name may itself end in [] (multipart names such as timestamp_granularities[])
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
				problems.add(where(schema, path) + ": no member '" + member + "' in " + current);
				return null;
			}
			for (int i = 0; i < steps.length(); i += 2) {
				JavaType container = next.isContainerType() ? next : jsonValueType(next);
				if (container == null || container.getContentType() == null) {
					problems.add(where(schema, path) + ": '" + member + "' is not an array or map but " + next);
					return null;
				}
				next = container.getContentType();
			}
			current = next;
		}
		return current;
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

	/** The type of the single {@code @JsonValue} component of a wrapper record, if any. */
	public static JavaType jsonValueType(JavaType type) {
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

	public static Map<String, BeanProperty> serializedProperties(JavaType type) {
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

	public static BeanDeserializerBase beanDeserializer(JavaType type) {
		if (type.getRawClass().isInterface() || type.isContainerType() || type.getRawClass() == String.class) {
			return null;
		}
		// not the root deserializer: a variant of a sealed union is read through a type-id wrapper there
		ValueDeserializer<?> deserializer = MAPPER._deserializationContext().findContextualValueDeserializer(type,
				null);
		return (deserializer instanceof BeanDeserializerBase bean) ? bean : null;
	}

	public static String where(String schema, String path) {
		return path.isEmpty() ? schema : schema + "." + path;
	}

}
