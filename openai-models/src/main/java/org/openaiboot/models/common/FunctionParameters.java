package org.openaiboot.models.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schema that describes the arguments of a function, kept as the JSON object
 * it is (nested maps, lists and scalars).
 *
 * @param schema the JSON Schema object
 */
public record FunctionParameters(@JsonValue Map<String, @Nullable Object> schema) {

	public FunctionParameters {
		schema = AdditionalProperties.copyOf(schema);
	}

	@JsonCreator
	public static FunctionParameters of(Map<String, @Nullable Object> schema) {
		return new FunctionParameters(schema);
	}

}
