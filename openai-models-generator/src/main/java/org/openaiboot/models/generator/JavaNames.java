package org.openaiboot.models.generator;

import java.util.Locale;
import java.util.Set;

import javax.lang.model.SourceVersion;

/**
 * Java names for JSON names and enum values.
 */
final class JavaNames {

	/** Names a record component cannot take: the catch-all member and Object's methods. */
	private static final Set<String> RESERVED_COMPONENTS = Set.of("additionalProperties", "getClass", "hashCode",
			"toString", "notify", "notifyAll", "wait", "clone", "finalize", "builder", "toBuilder");

	private JavaNames() {
	}

	static String pascal(String name) {
		StringBuilder result = new StringBuilder();
		boolean upper = true;
		for (char c : name.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				result.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
			else {
				upper = true;
			}
		}
		if (result.isEmpty() || !Character.isJavaIdentifierStart(result.charAt(0))) {
			result.insert(0, 'V');
		}
		return result.toString();
	}

	static String camel(String jsonName) {
		String pascal = pascal(jsonName);
		String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
		return (SourceVersion.isKeyword(camel) || RESERVED_COMPONENTS.contains(camel)) ? camel + "Value" : camel;
	}

	/**
	 * A constant's name for an enum value: {@code "gpt-4o-mini"} is {@code GPT_4O_MINI}.
	 * @param value the value
	 * @return the constant's name
	 */
	static String constant(String value) {
		String name = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
			.replaceAll("[^A-Za-z0-9]+", "_")
			.replaceAll("^_+|_+$", "")
			.toUpperCase(Locale.ROOT);
		if (name.isEmpty()) {
			return "EMPTY";
		}
		return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "V_" + name;
	}

	/**
	 * The name of one element of a list member: {@code tools} gives {@code Tool}.
	 * @param pluralJsonName the list member's JSON name
	 * @return the element type's simple name
	 */
	static String singular(String pluralJsonName) {
		String name = pascal(pluralJsonName);
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && name.length() > 3) {
			return name.substring(0, name.length() - 1);
		}
		return name + "Item";
	}

}
