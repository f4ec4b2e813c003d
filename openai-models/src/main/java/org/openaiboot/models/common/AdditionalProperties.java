package org.openaiboot.models.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Holds the JSON members a model type does not declare, so that a payload from a newer
 * API version survives a read and a write unchanged.
 * <p>
 * Every model record ends with a {@code Map<String, Object> additionalProperties}
 * component, annotated {@code @JsonAnySetter @JsonAnyGetter}, and normalises it with
 * {@link #copyOf(Map)} in its compact constructor.
 */
public final class AdditionalProperties {

	private AdditionalProperties() {
	}

	/**
	 * Return an unmodifiable copy of the given members that keeps their order and allows
	 * {@code null} values (JSON {@code null} is a value worth keeping).
	 * @param properties the members, or {@code null} for none
	 * @return an unmodifiable copy, never {@code null}
	 */
	public static Map<String, @Nullable Object> copyOf(@Nullable Map<String, ? extends @Nullable Object> properties) {
		if (properties == null || properties.isEmpty()) {
			return Map.of();
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

}
