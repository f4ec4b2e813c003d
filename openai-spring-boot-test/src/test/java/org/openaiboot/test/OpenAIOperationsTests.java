package org.openaiboot.test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.test.OpenAIOperations.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation table against the API's specifications: each operation the clients call
 * has the method and path the spec gives it, today's spec or, for the operations it
 * dropped, the older one.
 */
@Timeout(120)
class OpenAIOperationsTests {

	private static final Path SPECS = Path.of("../openai-models-generator/src/main/spec");

	/** The client names an operation right that the spec misspells. */
	private static final Map<String, String> SPEC_IDS = Map.of("submitToolOutputsToRun", "submitToolOuputsToRun");

	@Test
	void everyOperationHasTheMethodAndPathOfTheSpec() throws IOException {
		Map<String, String> today = endpoints(SPECS.resolve("openai-openapi-2.3.0.yaml"));
		Map<String, String> before = endpoints(SPECS.resolve("openai-openapi-2.0.0.yaml"));
		List<String> differences = new ArrayList<>();
		for (Route route : OpenAIOperations.routes()) {
			String inTable = route.method() + " " + withoutVariableNames(route.pattern().getPatternString());
			String id = SPEC_IDS.getOrDefault(route.operation(), route.operation());
			String inSpec = today.getOrDefault(id, before.get(id));
			if (!inTable.equals(inSpec)) {
				differences.add(route.operation() + ": table " + inTable + ", spec " + inSpec);
			}
		}
		assertThat(differences).isEmpty();
		assertThat(OpenAIOperations.routes()).extracting(Route::operation).doesNotHaveDuplicates();
	}

	/** Each operation id of a spec, as {@code METHOD /path/{}}. */
	private static Map<String, String> endpoints(Path spec) throws IOException {
		JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile()).path("paths");
		Map<String, String> endpoints = new HashMap<>();
		paths.fields().forEachRemaining((path) -> path.getValue().fields().forEachRemaining((operation) -> {
			JsonNode id = operation.getValue().path("operationId");
			if (id.isTextual()) {
				endpoints.put(id.asText(),
						operation.getKey().toUpperCase(Locale.ROOT) + " " + withoutVariableNames(path.getKey()));
			}
		}));
		return endpoints;
	}

	private static String withoutVariableNames(String path) {
		return path.replaceAll("\\{[^}]+}", "{}");
	}

}
