package org.openaiboot.models.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.databind.JsonNode;

/**
 * Today's spec file and the generator's {@code models.yaml}, as the generator reads them,
 * for tests that check the generated types against the spec independently of the
 * generator's code.
 */
public final class SpecFile {

	private static final Path SPECS = Path.of(System.getProperty("openai.models.specs",
			"../openai-models-generator/src/main/spec"));

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	public static final JsonNode LATEST = read("openai-openapi-2.3.0.yaml");

	public static final JsonNode SEED = read("openai-openapi-2.0.0.yaml");

	public static final JsonNode INPUT = read("models.yaml");

	private SpecFile() {
	}

	private static JsonNode read(String file) {
		try {
			return JsonRoundTrip.JACKSON3.readTree(YAML.readTree(SPECS.resolve(file).toFile()).toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The model class of a component schema: its name (or the one {@code models.yaml}
	 * gives it) in one of the models' packages.
	 * @param schema the schema's name
	 * @return the class, or {@code null} if the models have none
	 */
	public static Class<?> modelClass(String schema) {
		JsonNode renamed = INPUT.path("names").path(schema);
		String simpleName = renamed.isString() ? renamed.asString() : pascal(schema);
		for (String pkg : packages()) {
			try {
				return Class.forName("org.openaiboot.models." + pkg + "." + simpleName);
			}
			catch (ClassNotFoundException ex) {
				// not in this package
			}
		}
		return null;
	}

	/**
	 * Whether the models leave out the operations of a path.
	 * @param path the path
	 * @return whether it is excluded
	 */
	public static boolean excluded(String path) {
		for (JsonNode part : INPUT.get("exclude-paths")) {
			if (path.contains(part.asString())) {
				return true;
			}
		}
		return false;
	}

	private static List<String> packages() {
		List<String> packages = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : INPUT.get("packages").properties()) {
			if (!packages.contains(entry.getValue().asString())) {
				packages.add(entry.getValue().asString());
			}
		}
		packages.add("webhooks");
		packages.add("common");
		return packages;
	}

	private static String pascal(String name) {
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
		return result.toString();
	}

}
