package org.openaiboot.client.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.conformance.MultipartBody.Part;
import org.openaiboot.client.conformance.OpenApiSpec.Operation;
import org.openaiboot.client.conformance.Violation.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Checks a {@code multipart/form-data} body against an operation's request schema: each
 * required property sent as a part, each part declared, a binary property sent as a file,
 * and the text of the other parts valid for their schemas.
 */
final class FormValidator {

	private final OpenApiSpec spec;

	private final SchemaValidator validator;

	FormValidator(OpenApiSpec spec, SchemaValidator validator) {
		this.spec = spec;
		this.validator = validator;
	}

	void validate(Operation operation, String contentType, byte[] body, Report report) {
		String boundary = MultipartBody.boundary(contentType);
		if (boundary == null) {
			report.add(Kind.CONTENT_TYPE, "Content-Type", "multipart without boundary: " + contentType);
			return;
		}
		List<Part> parts;
		try {
			parts = MultipartBody.parse(body, boundary);
		}
		catch (IllegalArgumentException ex) {
			report.add(Kind.MALFORMED_BODY, "form", ex.getMessage());
			return;
		}
		JsonNode schema = this.spec.effective(operation.requestSchema());
		JsonNode properties = schema.path("properties");
		for (String required : OpenApiSpec.strings(schema.get("required"))) {
			if (parts.stream().noneMatch((part) -> required.equals(part.name()) || (required + "[]").equals(part.name()))) {
				report.add(Kind.MISSING_PART, "part " + required, "required by the schema, absent");
			}
		}
		for (Part part : parts) {
			String where = "part " + part.name();
			JsonNode declared = (part.name() != null) ? declaredPart(properties, part.name()) : null;
			if (declared == null) {
				report.undeclared(Kind.UNDECLARED_PART, where, "the schema declares only " + names(properties));
				continue;
			}
			JsonNode effective = this.spec.effective(declared);
			if ("binary".equals(effective.path("format").asString())) {
				if (part.filename() == null) {
					report.add(Kind.WRONG_TYPE, where, "a binary property sent without a file name");
				}
			}
			else {
				this.validator.validateText(part.text(), declared, where, report);
			}
		}
	}

	/**
	 * The property a part is for: the one of its name, or for {@code name[]} an array
	 * property {@code name}, or for {@code name[key]} an object property {@code name}.
	 */
	private @Nullable JsonNode declaredPart(JsonNode properties, String name) {
		if (properties.has(name)) {
			return properties.get(name);
		}
		int bracket = name.indexOf('[');
		if (bracket > 0 && name.endsWith("]")) {
			JsonNode base = properties.get(name.substring(0, bracket));
			if (base != null) {
				String type = OpenApiSpec.type(this.spec.effective(base));
				boolean array = name.endsWith("[]") && "array".equals(type);
				return (array || "object".equals(type)) ? base : null;
			}
		}
		return null;
	}

	private static List<String> names(JsonNode properties) {
		List<String> names = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			names.add(property.getKey());
		}
		return names;
	}

}
