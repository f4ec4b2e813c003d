package org.openaiboot.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;

/**
 * The strict JSON Schema of a method's parameters, as if they were the components of a
 * record: an object with one required property per parameter, each parameter's schema
 * derived by {@link StructuredOutput}, and the definitions those schemas share gathered
 * at the root, where their references point.
 */
final class MethodParametersSchema {

	private static final String DEFS = "$defs";

	private static final String REF = "$ref";

	private final Method method;

	private final Map<String, @Nullable Object> definitions = new LinkedHashMap<>();

	private MethodParametersSchema(Method method) {
		this.method = method;
	}

	static Map<String, @Nullable Object> of(Method method) {
		return new MethodParametersSchema(method).schema();
	}

	/**
	 * The name of a parameter in the arguments: its {@link JsonProperty @JsonProperty}
	 * name, or its name in the source.
	 */
	static String jsonName(Parameter parameter) {
		JsonProperty property = parameter.getAnnotation(JsonProperty.class);
		return (property != null && !property.value().isEmpty()) ? property.value() : parameter.getName();
	}

	private Map<String, @Nullable Object> schema() {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		for (Parameter parameter : this.method.getParameters()) {
			if (!parameter.isNamePresent()) {
				throw unsupported(parameter, "has no name: compile " + this.method.getDeclaringClass().getName()
						+ " with the -parameters flag");
			}
			Map<String, @Nullable Object> schema = schemaOf(parameter, parameter.getParameterizedType());
			if (isNullable(parameter)) {
				schema = nullable(schema);
			}
			JsonPropertyDescription description = parameter.getAnnotation(JsonPropertyDescription.class);
			if (description != null) {
				schema.put("description", description.value());
			}
			if (properties.put(jsonName(parameter), schema) != null) {
				throw unsupported(parameter, "has the JSON name '" + jsonName(parameter) + "' of another parameter");
			}
		}
		Map<String, @Nullable Object> root = new LinkedHashMap<>();
		root.put("type", "object");
		root.put("properties", properties);
		root.put("required", List.copyOf(properties.keySet()));
		root.put("additionalProperties", false);
		if (!this.definitions.isEmpty()) {
			root.put(DEFS, this.definitions);
		}
		return root;
	}

	private Map<String, @Nullable Object> schemaOf(Parameter parameter, Type type) {
		if (type instanceof Class<?> raw) {
			return hoistDefinitions(parameter, StructuredOutput.of(raw).schema());
		}
		if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			Map<String, @Nullable Object> array = new LinkedHashMap<>();
			array.put("type", "array");
			array.put("items", schemaOf(parameter, generic.getActualTypeArguments()[0]));
			return array;
		}
		throw unsupported(parameter, "is of type " + type.getTypeName()
				+ ", of which no schema is derived: use a class, a record or a collection of one");
	}

	/**
	 * Move the definitions of a parameter's schema to the root, where its references
	 * ({@code #/$defs/...}) point once the schema is nested in the root's properties.
	 */
	private Map<String, @Nullable Object> hoistDefinitions(Parameter parameter, Map<String, @Nullable Object> schema) {
		if (refersTo(schema, "#")) {
			throw unsupported(parameter, "is of the recursive type " + parameter.getType().getName()
					+ ": wrap it in a record and use ToolFunction.of");
		}
		Map<String, @Nullable Object> nested = new LinkedHashMap<>(schema);
		if (nested.remove(DEFS) instanceof Map<?, ?> definitions) {
			definitions.forEach((name, definition) -> {
				Object previous = this.definitions.putIfAbsent((String) name, definition);
				if (previous != null && !previous.equals(definition)) {
					throw unsupported(parameter, "defines '" + name + "' unlike another parameter does");
				}
			});
		}
		return nested;
	}

	private static boolean refersTo(@Nullable Object json, String reference) {
		if (json instanceof Map<?, ?> object) {
			return reference.equals(object.get(REF))
					|| object.values().stream().anyMatch((value) -> refersTo(value, reference));
		}
		return (json instanceof List<?> array) && array.stream().anyMatch((value) -> refersTo(value, reference));
	}

	private static Map<String, @Nullable Object> nullable(Map<String, @Nullable Object> schema) {
		Map<String, @Nullable Object> nullable = new LinkedHashMap<>();
		if (schema.get("type") instanceof String type) {
			nullable.putAll(schema);
			nullable.put("type", List.of(type, "null"));
		}
		else {
			nullable.put("anyOf", List.of(schema, Map.of("type", "null")));
		}
		return nullable;
	}

	private static boolean isNullable(Parameter parameter) {
		return Stream.of(parameter.getAnnotations(), parameter.getAnnotatedType().getAnnotations())
			.flatMap(Stream::of)
			.map(Annotation::annotationType)
			.anyMatch((annotation) -> annotation.getSimpleName().equals("Nullable"));
	}

	private IllegalArgumentException unsupported(Parameter parameter, String problem) {
		return new IllegalArgumentException("Parameter '" + parameter.getName() + "' of method "
				+ this.method.getDeclaringClass().getName() + "." + this.method.getName() + " " + problem);
	}

}
