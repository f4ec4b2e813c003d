package org.openaiboot.client.conformance;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.conformance.Violation.Kind;

/**
 * Finds the places where a model read a value of a union as its {@code Unknown} variant:
 * the value was carried, but the model did not know its variant, so it reached the
 * application untyped.
 */
final class UnknownVariants {

	private static final String MODELS = "org.openaiboot.models.";

	private UnknownVariants() {
	}

	/**
	 * Report each {@code Unknown} variant within a model value.
	 * @param value the value a model read, records, lists and maps walked
	 * @param where the value's place
	 * @param report where the findings go
	 */
	static void report(@Nullable Object value, String where, Report report) {
		if (value == null) {
			return;
		}
		Class<?> type = value.getClass();
		if (type.getSimpleName().equals("Unknown") && type.getEnclosingClass() != null
				&& type.getEnclosingClass().getName().startsWith(MODELS)) {
			report.add(Kind.UNKNOWN_VARIANT, where, "read as " + type.getEnclosingClass().getSimpleName()
					+ ".Unknown: " + value);
			return;
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				report(list.get(i), where + "[" + i + "]", report);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, member) -> report(member, where + "." + key, report));
		}
		else if (type.isRecord() && type.getName().startsWith(MODELS)) {
			for (RecordComponent component : type.getRecordComponents()) {
				report(read(component, value), where + "." + component.getName(), report);
			}
		}
	}

	private static @Nullable Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), ex);
		}
	}

}
