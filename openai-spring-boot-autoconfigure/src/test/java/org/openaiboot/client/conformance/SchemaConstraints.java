package org.openaiboot.client.conformance;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.openaiboot.client.conformance.Violation.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a schema beyond a value's type: the listed values of {@code enum} and
 * {@code const}, string lengths and {@code pattern}, number bounds (OpenAPI 3.0's boolean
 * and 3.1's numeric {@code exclusiveMinimum} and {@code exclusiveMaximum}), array and
 * object sizes, and the {@code uri} format.
 */
final class SchemaConstraints {

	private SchemaConstraints() {
	}

	/**
	 * Check a value of the right type against the rules of its effective schema.
	 * @param value the value, not {@code null}
	 * @param schema its effective schema
	 * @param where the value's place
	 * @param report where violations go
	 */
	static void check(JsonNode value, JsonNode schema, String where, Report report) {
		if (schema.has("enum") && !contains(schema.get("enum"), value)) {
			report.add(Kind.NOT_IN_ENUM, where,
					SchemaValidator.describe(value) + " is not one of " + schema.get("enum"));
		}
		if (schema.has("const") && !same(schema.get("const"), value)) {
			report.add(Kind.NOT_IN_ENUM, where, SchemaValidator.describe(value) + " is not " + schema.get("const"));
		}
		if (value.isString()) {
			checkString(value.asString(), schema, where, report);
		}
		else if (value.isNumber()) {
			checkNumber(value.decimalValue(), schema, where, report);
		}
		else if (value.isArray()) {
			checkSize(value.size(), schema, "minItems", "maxItems", where, report);
		}
		else if (value.isObject()) {
			checkSize(value.size(), schema, "minProperties", "maxProperties", where, report);
		}
	}

	/**
	 * Whether two JSON values are the same: numbers by value, so that {@code 1} is
	 * {@code 1.0}, everything else by equality.
	 * @param a a value
	 * @param b another value
	 * @return whether they are the same
	 */
	static boolean same(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		if (a.isContainer() || b.isContainer()) {
			if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
				return false;
			}
			if (a.isArray()) {
				for (int i = 0; i < a.size(); i++) {
					if (!same(a.get(i), b.get(i))) {
						return false;
					}
				}
				return true;
			}
			for (Map.Entry<String, JsonNode> member : a.properties()) {
				if (!b.has(member.getKey()) || !same(member.getValue(), b.get(member.getKey()))) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode listed : values) {
			if (same(listed, value)) {
				return true;
			}
		}
		return false;
	}

	private static void checkString(String text, JsonNode schema, String where, Report report) {
		int length = text.codePointCount(0, text.length());
		if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
			report.add(Kind.CONSTRAINT, where, "length " + length + " is below minLength " + schema.get("minLength"));
		}
		if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
			report.add(Kind.CONSTRAINT, where, "length " + length + " is above maxLength " + schema.get("maxLength"));
		}
		if (schema.path("pattern").isString()) {
			String pattern = schema.get("pattern").asString();
			try {
				if (!Pattern.compile(pattern).matcher(text).find()) {
					report.add(Kind.CONSTRAINT, where, "\"" + text + "\" does not match the pattern " + pattern);
				}
			}
			catch (PatternSyntaxException ex) {
				report.specDefect(where, "the pattern " + pattern + " is not a regular expression Java reads");
			}
		}
		if ("uri".equals(schema.path("format").asString()) && !isUri(text)) {
			report.add(Kind.CONSTRAINT, where, "\"" + text + "\" is not an absolute URI");
		}
	}

	private static boolean isUri(String text) {
		try {
			return URI.create(text).isAbsolute();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void checkNumber(BigDecimal number, JsonNode schema, String where, Report report) {
		List<String> failed = new ArrayList<>();
		JsonNode minimum = schema.get("minimum");
		JsonNode maximum = schema.get("maximum");
		JsonNode exclusiveMinimum = schema.get("exclusiveMinimum");
		JsonNode exclusiveMaximum = schema.get("exclusiveMaximum");
		boolean minimumExclusive = exclusiveMinimum != null && exclusiveMinimum.asBoolean(false);
		boolean maximumExclusive = exclusiveMaximum != null && exclusiveMaximum.asBoolean(false);
		if (minimum != null && minimum.isNumber()) {
			int comparison = number.compareTo(minimum.decimalValue());
			if (comparison < 0 || (comparison == 0 && minimumExclusive)) {
				failed.add((minimumExclusive ? "exclusive " : "") + "minimum " + minimum);
			}
		}
		if (maximum != null && maximum.isNumber()) {
			int comparison = number.compareTo(maximum.decimalValue());
			if (comparison > 0 || (comparison == 0 && maximumExclusive)) {
				failed.add((maximumExclusive ? "exclusive " : "") + "maximum " + maximum);
			}
		}
		if (exclusiveMinimum != null && exclusiveMinimum.isNumber()
				&& number.compareTo(exclusiveMinimum.decimalValue()) <= 0) {
			failed.add("exclusiveMinimum " + exclusiveMinimum);
		}
		if (exclusiveMaximum != null && exclusiveMaximum.isNumber()
				&& number.compareTo(exclusiveMaximum.decimalValue()) >= 0) {
			failed.add("exclusiveMaximum " + exclusiveMaximum);
		}
		failed.forEach((rule) -> report.add(Kind.CONSTRAINT, where, number.toPlainString() + " breaks the " + rule));
	}

	private static void checkSize(int size, JsonNode schema, String minimum, String maximum, String where,
			Report report) {
		if (schema.has(minimum) && size < schema.get(minimum).asInt()) {
			report.add(Kind.CONSTRAINT, where, size + " elements, below " + minimum + " " + schema.get(minimum));
		}
		if (schema.has(maximum) && size > schema.get(maximum).asInt()) {
			report.add(Kind.CONSTRAINT, where, size + " elements, above " + maximum + " " + schema.get(maximum));
		}
	}

}
