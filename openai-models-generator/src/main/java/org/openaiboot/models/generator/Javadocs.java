package org.openaiboot.models.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.palantir.javapoet.ClassName;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Javadoc made from what a member is: its JSON name, whether it is required and the
 * rules the spec states. No sentence of the spec's descriptions is used.
 */
@SuppressWarnings("rawtypes")
final class Javadocs {

	private Javadocs() {
	}

	static String record(ClassName name) {
		return "The {@code " + name.simpleName() + "} JSON object of the OpenAI API.";
	}

	static String member(Component component) {
		List<String> facts = new ArrayList<>();
		facts.add(component.required() ? (component.nullable() ? "always sent, possibly null" : "required")
				: "optional");
		facts.addAll(rules(component.schema()));
		return "the {@code " + component.jsonName() + "} member (" + String.join("; ", facts) + ")";
	}

	static List<String> rules(Schema schema) {
		List<String> rules = new ArrayList<>();
		Constraints constraints = Constraints.of(schema);
		if (constraints.minimum() != null) {
			rules.add("at least " + plain(constraints.minimum()));
		}
		if (constraints.maximum() != null) {
			rules.add("at most " + plain(constraints.maximum()));
		}
		if (constraints.maxLength() != null) {
			rules.add("at most " + constraints.maxLength() + " characters");
		}
		if (constraints.minItems() != null) {
			rules.add("at least " + constraints.minItems() + " elements");
		}
		if (constraints.maxItems() != null) {
			rules.add("at most " + constraints.maxItems() + " elements");
		}
		if (constraints.pattern() != null) {
			rules.add("matches {@code " + constraints.pattern().replace("*/", "*&#47;").replace("@", "{@literal @}")
				.replace("{", "&#123;").replace("}", "&#125;") + "}");
		}
		return rules;
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
