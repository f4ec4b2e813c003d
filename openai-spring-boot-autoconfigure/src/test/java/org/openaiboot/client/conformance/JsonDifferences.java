package org.openaiboot.client.conformance;

import java.util.Map;

import org.openaiboot.client.conformance.Violation.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Reports where one JSON value is not another: members lost or added, array elements
 * lost or added, and values changed (numbers compared by value, so {@code 1} is
 * {@code 1.0}). It proves that a value went through the models and the client intact:
 * the body the test built against the body the server received, or the answer the
 * server sent against what the client read.
 */
final class JsonDifferences {

	private JsonDifferences() {
	}

	/**
	 * Report the differences.
	 * @param expected the value as it should be
	 * @param actual the value as it is
	 * @param where the values' place, such as {@code $}
	 * @param kind the kind of violation to report
	 * @param report where the differences go
	 * @return how many scalar values were compared
	 */
	static int report(JsonNode expected, JsonNode actual, String where, Kind kind, Report report) {
		int compared = 0;
		if (expected.isObject() && actual.isObject()) {
			for (Map.Entry<String, JsonNode> member : expected.properties()) {
				JsonNode other = actual.get(member.getKey());
				String memberWhere = where + "." + member.getKey();
				if (other == null) {
					report.add(kind, memberWhere, "lost: expected " + SchemaValidator.describe(member.getValue()));
				}
				else {
					compared += report(member.getValue(), other, memberWhere, kind, report);
				}
			}
			for (Map.Entry<String, JsonNode> member : actual.properties()) {
				if (!expected.has(member.getKey())) {
					report.add(kind, where + "." + member.getKey(),
							"added: " + SchemaValidator.describe(member.getValue()));
				}
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
				String elementWhere = where + "[" + i + "]";
				if (i >= actual.size()) {
					report.add(kind, elementWhere, "lost: expected " + SchemaValidator.describe(expected.get(i)));
				}
				else if (i >= expected.size()) {
					report.add(kind, elementWhere, "added: " + SchemaValidator.describe(actual.get(i)));
				}
				else {
					compared += report(expected.get(i), actual.get(i), elementWhere, kind, report);
				}
			}
		}
		else {
			compared++;
			if (!SchemaConstraints.same(expected, actual)) {
				report.add(kind, where, "changed: expected " + SchemaValidator.describe(expected) + ", got "
						+ SchemaValidator.describe(actual));
			}
		}
		return compared;
	}

}
