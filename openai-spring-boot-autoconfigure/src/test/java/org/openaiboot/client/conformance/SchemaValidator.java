package org.openaiboot.client.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.conformance.Violation.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks a JSON value against a schema of an {@link OpenApiSpec}, the way an API server
 * that enforces its OpenAPI document would: required members present, each member of the
 * JSON type its schema names ({@code integer} only for whole numbers), the rules
 * {@link SchemaConstraints} checks (listed values, lengths, patterns, bounds, sizes),
 * {@code null} only where the schema is {@code nullable} or admits the type
 * {@code "null"}, and no member a schema with declared properties does not declare
 * unless its {@code additionalProperties} admits it.
 * <p>
 * A value matches a {@code oneOf} or {@code anyOf} when it matches at least one variant
 * (the OpenAI spec's {@code oneOf}s overlap, a string model id and the enum of known ids
 * for one); when it matches none, the violations of the closest variant are reported.
 * An object schema that declares no properties at all (free-form {@code metadata}, say)
 * takes any member. Form values (multipart parts and query parameters) arrive as text and
 * are read as the type their schema names before they are checked.
 */
final class SchemaValidator {

	private final OpenApiSpec spec;

	SchemaValidator(OpenApiSpec spec) {
		this.spec = spec;
	}

	/**
	 * Check a JSON value.
	 * @param value the value
	 * @param schema its schema
	 * @param where the value's place, such as {@code $}
	 * @param report where violations go
	 */
	void validate(JsonNode value, JsonNode schema, String where, Report report) {
		JsonNode effective = this.spec.effective(schema);
		if (value.isNull()) {
			if (!nullable(effective) && constrains(effective)) {
				report.add(Kind.WRONG_TYPE, where, "null, but the schema is not nullable");
			}
			return;
		}
		if (effective.has("oneOf") || effective.has("anyOf")) {
			validateVariants(value, effective, where, report);
			return;
		}
		List<String> types = OpenApiSpec.types(effective);
		if (!types.isEmpty() && types.stream().noneMatch((type) -> hasType(value, type))) {
			report.add(Kind.WRONG_TYPE, where, "expected " + String.join(" or ", types) + ", got " + describe(value));
			return;
		}
		SchemaConstraints.check(value, effective, where, report);
		if (value.isObject()) {
			validateObject(value, effective, where, report);
		}
		else if (value.isArray() && effective.has("items")) {
			int index = 0;
			for (JsonNode element : value) {
				validate(element, effective.get("items"), where + "[" + index++ + "]", report);
			}
		}
	}

	/**
	 * Check a value sent as text (a form part or a query parameter).
	 * @param text the text
	 * @param schema its schema
	 * @param where its place
	 * @param report where violations go
	 */
	void validateText(String text, JsonNode schema, String where, Report report) {
		JsonNode effective = this.spec.effective(schema);
		if (effective.has("oneOf") || effective.has("anyOf")) {
			List<Report> attempts = new ArrayList<>();
			for (JsonNode variant : variants(effective)) {
				Report attempt = report.child();
				validateText(text, variant, where, attempt);
				if (attempt.violations().isEmpty()) {
					return;
				}
				attempts.add(attempt);
			}
			reportClosest(attempts, where, text, report);
			return;
		}
		String type = OpenApiSpec.type(effective);
		if ("array".equals(type) && effective.has("items")) {
			validateText(text, effective.get("items"), where, report);
			return;
		}
		validate(textAsJson(text, type), effective, where, report);
	}

	private void validateVariants(JsonNode value, JsonNode effective, String where, Report report) {
		List<Report> attempts = new ArrayList<>();
		for (JsonNode variant : variants(effective)) {
			Report attempt = report.child();
			validate(value, variant, where, attempt);
			if (attempt.violations().isEmpty()) {
				report.keepNotesOf(attempt);
				return;
			}
			attempts.add(attempt);
		}
		String discriminator = where + "." + effective.path("discriminator").path("propertyName").asString("type");
		reportClosest(attempts, where, describe(value), report, discriminator);
	}

	private void reportClosest(List<Report> attempts, String where, String value, Report report) {
		reportClosest(attempts, where, value, report, null);
	}

	/**
	 * Report the violations of the variant closest to the value: one of the value's JSON
	 * type whose discriminator (its {@code type}, unless the union names another member)
	 * the value has, and of those the one with the fewest violations.
	 */
	private void reportClosest(List<Report> attempts, String where, String value, Report report,
			@Nullable String discriminator) {
		Report closest = attempts.stream()
			.min(Comparator.comparingInt((Report attempt) -> attempt.violations()
				.stream()
				.anyMatch((violation) -> violation.where().equals(discriminator)
						|| (violation.where().equals(where) && violation.kind() == Kind.WRONG_TYPE)) ? 1 : 0)
				.thenComparingInt((attempt) -> attempt.violations().size()))
			.orElseThrow();
		List<String> details = closest.violations().stream().map(Violation::toString).toList();
		report.add(Kind.NO_MATCHING_VARIANT, where,
				value + " matches none of " + attempts.size() + " variants; closest: " + details);
	}

	private void validateObject(JsonNode value, JsonNode effective, String where, Report report) {
		JsonNode properties = effective.path("properties");
		JsonNode additional = effective.get("additionalProperties");
		boolean closed = (additional == null) ? !properties.isEmpty() : additional.isBoolean() && !additional.asBoolean();
		for (String required : OpenApiSpec.strings(effective.get("required"))) {
			if (value.has(required)) {
				continue;
			}
			if (closed && !properties.has(required)) {
				report.specDefect(where + "." + required, "required, yet neither declared nor admitted as an "
						+ "additional property: no request can conform");
			}
			else {
				report.add(Kind.MISSING_MEMBER, where + "." + required, "required by the schema, absent");
			}
		}
		for (Map.Entry<String, JsonNode> member : value.properties()) {
			String memberWhere = where + "." + member.getKey();
			JsonNode declared = properties.get(member.getKey());
			if (declared != null) {
				validate(member.getValue(), declared, memberWhere, report);
			}
			else if (additional != null && additional.isObject()) {
				validate(member.getValue(), additional, memberWhere, report);
			}
			else if (closed) {
				report.undeclared(Kind.UNDECLARED_MEMBER, memberWhere, "the schema declares only "
						+ iterableNames(properties));
			}
		}
	}

	private List<JsonNode> variants(JsonNode effective) {
		List<JsonNode> variants = new ArrayList<>();
		effective.path("oneOf").forEach(variants::add);
		effective.path("anyOf").forEach(variants::add);
		return variants;
	}

	private boolean nullable(JsonNode effective) {
		if (effective.path("nullable").asBoolean(false) || OpenApiSpec.types(effective).contains("null")
				|| effective.path("const").isNull()) {
			return true;
		}
		return variants(effective).stream().anyMatch((variant) -> nullable(this.spec.effective(variant)));
	}

	private static boolean constrains(JsonNode effective) {
		return OpenApiSpec.type(effective) != null || effective.has("oneOf") || effective.has("anyOf")
				|| effective.has("enum") || effective.has("const");
	}

	private static boolean hasType(JsonNode value, String type) {
		return switch (type) {
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber() || (value.isNumber() && isWhole(value.decimalValue()));
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "array" -> value.isArray();
			case "object" -> value.isObject();
			case "null" -> value.isNull();
			default -> true;
		};
	}

	private static boolean isWhole(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0;
	}

	private static JsonNode textAsJson(String text, String type) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if ("integer".equals(type) || "number".equals(type)) {
			try {
				return nodes.numberNode(new BigDecimal(text));
			}
			catch (NumberFormatException ex) {
				return nodes.stringNode(text);
			}
		}
		if ("boolean".equals(type) && (text.equals("true") || text.equals("false"))) {
			return nodes.booleanNode(Boolean.parseBoolean(text));
		}
		return nodes.stringNode(text);
	}

	private static List<String> iterableNames(JsonNode properties) {
		List<String> names = new ArrayList<>();
		properties.properties().forEach((entry) -> names.add(entry.getKey()));
		return names;
	}

	static String describe(JsonNode value) {
		String text = value.toString();
		String shown = (text.length() > 60) ? text.substring(0, 60) + "..." : text;
		return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + shown;
	}

}
