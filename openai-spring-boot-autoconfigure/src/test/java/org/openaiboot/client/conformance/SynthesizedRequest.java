package org.openaiboot.client.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request synthesized for one operation: its body, path and query parameters.
 *
 * @param mapper the mapper the body is read into the models with
 * @param body the body, or {@code null} for an operation without one
 * @param path the path parameters by name
 * @param query the query parameters by name, each with its values as text
 * @param models where the models read from the body are kept, for the test to look
 * into
 */
record SynthesizedRequest(JsonMapper mapper, @Nullable JsonNode body, Map<String, String> path,
		Map<String, List<String>> query, List<Object> models) {

	<T> T body(Class<T> type) {
		if (this.body == null) {
			throw new IllegalStateException("No body synthesized for " + type.getSimpleName());
		}
		// read from text as from the wire: a tree's decimal numbers would pick other creators
		return read(this.mapper.readValue(this.mapper.writeValueAsString(this.body), type));
	}

	<T> T read(T model) {
		this.models.add(model);
		return model;
	}

	/** A member of the body, read from text as from the wire. */
	<T> T member(String name, TypeReference<T> type) {
		return read(this.mapper.readValue(this.mapper.writeValueAsString(bodyMember(name)), type));
	}

	JsonNode bodyMember(String name) {
		if (this.body == null || !this.body.has(name)) {
			throw new IllegalStateException("No member " + name + " in the synthesized body " + this.body);
		}
		return this.body.get(name);
	}

	String path(String name) {
		String value = this.path.get(name);
		if (value == null) {
			throw new IllegalStateException("No path parameter " + name + " synthesized, only " + this.path);
		}
		return value;
	}

	List<String> query(String name) {
		return this.query.getOrDefault(name, List.of());
	}

	@Nullable String single(String name) {
		List<String> values = query(name);
		return values.isEmpty() ? null : values.get(0);
	}

	/** The entries of an object sent as {@code name[key]=value} parameters. */
	Map<String, String> deepObject(String name) {
		Map<String, String> entries = new LinkedHashMap<>();
		this.query.forEach((parameter, values) -> {
			if (parameter.startsWith(name + "[") && parameter.endsWith("]") && !values.isEmpty()) {
				entries.put(parameter.substring(name.length() + 1, parameter.length() - 1), values.get(0));
			}
		});
		return entries;
	}

	@Nullable Integer integer(String name) {
		String value = single(name);
		return (value != null) ? Integer.valueOf(value) : null;
	}

}
