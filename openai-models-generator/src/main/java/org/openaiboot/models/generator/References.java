package org.openaiboot.models.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Finds the component schemas a schema names, at any depth of its inline parts.
 */
final class References {

	private References() {
	}

	/**
	 * Give the name of every component schema that the schema refers to.
	 * @param schema the schema to walk
	 * @param names receives each name, once per reference
	 */
	@SuppressWarnings("rawtypes")
	static void each(Schema schema, Consumer<String> names) {
		String ref = name(schema);
		if (ref != null) {
			names.accept(ref);
			return;
		}
		Map<String, Schema> properties = schema.getProperties();
		if (properties != null) {
			properties.values().forEach((property) -> each(property, names));
		}
		eachOf(schema.getAllOf(), names);
		eachOf(schema.getOneOf(), names);
		eachOf(schema.getAnyOf(), names);
		if (schema.getItems() != null) {
			each(schema.getItems(), names);
		}
		if (schema.getAdditionalProperties() instanceof Schema values) {
			each(values, names);
		}
	}

	/**
	 * The component schema a reference names.
	 * @param schema a schema that may be a reference
	 * @return the name, or {@code null} if the schema is not a reference
	 */
	@SuppressWarnings("rawtypes")
	static String name(Schema schema) {
		String ref = schema.get$ref();
		if (ref == null) {
			return null;
		}
		if (!ref.startsWith(Spec.REF_PREFIX)) {
			throw new IllegalArgumentException("Unsupported reference " + ref);
		}
		return ref.substring(Spec.REF_PREFIX.length());
	}

	@SuppressWarnings("rawtypes")
	private static void eachOf(List<Schema> schemas, Consumer<String> names) {
		if (schemas != null) {
			schemas.forEach((schema) -> each(schema, names));
		}
	}

}
