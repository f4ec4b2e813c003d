package org.openaiboot.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openaiboot.models.support.JsonRoundTrip;
import org.openaiboot.models.support.SpecFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every documented example response of today's spec, for the operations the
 * models cover, into the model type of the operation's response, and checks that Jackson
 * 2 and Jackson 3 write it back unchanged: as documented, and reshaped as a newer API
 * would send it (unknown members in every object, unknown values in every string member,
 * unknown {@code type}s of every nested union variant).
 * <p>
 * The examples are not consistent about {@code null} (a member shown as {@code null} in
 * one example is left out in another, against the spec's {@code required} lists) nor
 * about number notation, so the comparison takes a {@code null} member as absent and
 * numbers by value ({@link JsonRoundTrip#assertEquivalent}).
 */
class DocumentedExamplesTests {

	/** Members that name a variant or an object kind rather than carry a value. */
	private static final Set<String> DISCRIMINATORS = Set.of("type", "object", "role");

	private static final List<Example> EXAMPLES = new ArrayList<>();

	private static final List<String> NOT_JSON = new ArrayList<>();

	private static final JsonMapper LENIENT = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
		.build();

	static {
		SpecFile.LATEST.get("paths").properties().forEach((path) -> {
			if (!SpecFile.excluded(path.getKey())) {
				path.getValue().properties().forEach((operation) -> collect(path.getKey(), operation.getValue()));
			}
		});
	}

	@Test
	void examplesCoverTheOperationsInScope() {
		assertThat(EXAMPLES).hasSizeGreaterThan(150)
			.extracting(Example::type)
			.contains(SpecFile.modelClass("Response"), SpecFile.modelClass("ResponseStreamEvent"),
					SpecFile.modelClass("CreateChatCompletionStreamResponse"), SpecFile.modelClass("Batch"),
					SpecFile.modelClass("VectorStoreObject"), SpecFile.modelClass("ConversationResource"));
		assertThat(NOT_JSON).as("examples that are not JSON even when read leniently").hasSizeLessThan(10);
	}

	@TestFactory
	Stream<DynamicTest> documentedResponsesRoundTrip() {
		return tests("as documented", UnaryOperator.identity());
	}

	@TestFactory
	Stream<DynamicTest> responsesWithUnknownMembersRoundTrip() {
		return tests("with unknown members", (json) -> {
			addMembers(json);
			if (json instanceof ObjectNode root) {
				root.putObject("x_future_object").put("nested", 1).putArray("list").add("a");
			}
			return json;
		});
	}

	@TestFactory
	Stream<DynamicTest> responsesWithUnknownValuesRoundTrip() {
		return tests("with unknown values", (json) -> {
			renameValues(json, false);
			return json;
		});
	}

	@TestFactory
	Stream<DynamicTest> responsesWithUnknownVariantsRoundTrip() {
		return tests("with unknown variants", (json) -> {
			json.forEach((child) -> renameValues(child, true));
			return json;
		});
	}

	private static Stream<DynamicTest> tests(String shape, UnaryOperator<JsonNode> reshape) {
		return EXAMPLES.stream().map((example) -> DynamicTest.dynamicTest(example + " " + shape, () -> {
			JsonNode json = reshape.apply(JsonRoundTrip.JACKSON3.readTree(example.json()).deepCopy());
			JsonRoundTrip.assertEquivalent(JsonRoundTrip.JACKSON3.writeValueAsString(json), example.type());
		}));
	}

	private static void collect(String path, JsonNode operation) {
		String schema = responseSchema(operation, "application/json");
		String streamSchema = responseSchema(operation, "text/event-stream");
		JsonNode examples = operation.path("x-oaiMeta").path("examples");
		List<JsonNode> list = new ArrayList<>();
		if (examples.isArray()) {
			examples.forEach(list::add);
		}
		else if (examples.isObject()) {
			list.add(examples);
		}
		for (JsonNode example : list) {
			JsonNode response = example.path("response");
			if (schema == null || !response.isString()) {
				continue;
			}
			String name = operation.path("operationId").asString() + " (" + example.path("title").asString("") + ")";
			List<String> events = events(response.asString());
			if (events.isEmpty()) {
				add(name, path, schema, response.asString());
			}
			// an event of a stream is read as the stream's schema; Assistants streams name none
			for (String event : (streamSchema != null) ? events : List.<String>of()) {
				add(name + " event", path, streamSchema, event);
			}
		}
	}

	/**
	 * The events of a documented stream: its {@code data:} lines, or its chunks apart by
	 * blank lines when it shows bare JSON objects (as the chat completion streams do).
	 */
	private static List<String> events(String text) {
		List<String> data = text.lines()
			.filter((line) -> line.startsWith("data:"))
			.map((line) -> line.substring("data:".length()).trim())
			.filter((line) -> !line.equals("[DONE]"))
			.toList();
		if (!data.isEmpty()) {
			return data;
		}
		List<String> chunks = Stream.of(text.split("\n\\s*\n"))
			.map(String::trim)
			.filter((chunk) -> chunk.startsWith("{"))
			.toList();
		return (chunks.size() > 1) ? chunks : List.of();
	}

	private static void add(String name, String path, String schema, String text) {
		Class<?> type = SpecFile.modelClass(schema);
		assertThat(type).as("model type of %s, the response of %s %s", schema, path, name).isNotNull();
		try {
			// examples elide long arrays with "..." lines and leave trailing commas
			String cleaned = text.lines()
				.filter((line) -> !line.trim().startsWith("..."))
				.collect(Collectors.joining("\n"));
			EXAMPLES.add(new Example(name, type, LENIENT.writeValueAsString(LENIENT.readTree(cleaned))));
		}
		catch (JacksonException ex) {
			NOT_JSON.add(name);
		}
	}

	private static String responseSchema(JsonNode operation, String mediaType) {
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				String ref = response.getValue().path("content").path(mediaType).path("schema").path("$ref")
					.asString(null);
				return (ref != null) ? ref.substring(ref.lastIndexOf('/') + 1) : null;
			}
		}
		return null;
	}

	private static void addMembers(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.forEach(DocumentedExamplesTests::addMembers);
			// a string, so that it also fits the maps of strings (metadata, attributes, ...)
			object.put("x_future_member", "future");
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(DocumentedExamplesTests::addMembers);
		}
	}

	private static void renameValues(JsonNode node, boolean discriminators) {
		if (node instanceof ObjectNode object) {
			for (String member : List.copyOf(object.propertyNames())) {
				JsonNode value = object.get(member);
				if (value.isString() && DISCRIMINATORS.contains(member) == discriminators
						&& (!discriminators || member.equals("type"))) {
					object.put(member, "future_" + value.asString());
				}
				else {
					renameValues(value, discriminators);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((child) -> renameValues(child, discriminators));
		}
	}

	private record Example(String operation, Class<?> type, String json) {

		@Override
		public String toString() {
			return this.operation + " as " + this.type.getSimpleName();
		}

	}

}
