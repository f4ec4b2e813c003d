package org.openaiboot.client.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.conformance.BodySynthesizer.Shape;
import org.openaiboot.client.conformance.SpecServer.Exchange;
import org.openaiboot.client.conformance.Violation.Kind;
import org.openaiboot.models.responses.CreateResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the machinery of {@link TodaysSpecOperationConformanceTests} to what it claims on
 * today's spec: the server catches what the spec forbids, the synthesizer takes every
 * variant of the big unions and no more members than asked, and a member lost or changed
 * between two JSON values is reported.
 */
@Timeout(60)
class TodaysSpecMachineryTests {

	private static final Path SPEC_FILE = Path.of("../openai-models-generator/src/main/spec/openai-openapi-2.3.0.yaml");

	private static OpenApiSpec spec;

	private static SpecServer server;

	@BeforeAll
	static void startServer() throws IOException {
		spec = OpenApiSpec.read(SPEC_FILE);
		server = SpecServer.start(spec, Set.of());
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void serverReportsWhatTodaysSpecForbids() throws IOException {
		server.reset();
		send("/responses", """
				{"temperature":3,"user":5,"top_logprobs":21,"include":["nope"],"bogus":true,
				 "input":[{"type":"message","role":"robot","content":"Hi"}],"metadata":{"k":1}}
				""");
		send("/conversations/conv_1/items", "{\"items\":[" + "{\"role\":\"user\",\"content\":\"Hi\"},".repeat(20)
				+ "{\"role\":\"user\",\"content\":\"Hi\"}]}");
		send("/responses/compact", "{\"prompt_cache_key\":\"" + "k".repeat(65) + "\"}");
		assertThat(server.exchanges()).flatExtracting(Exchange::violations)
			.extracting((violation) -> violation.kind() + " " + violation.where())
			.contains("NO_MATCHING_VARIANT $.temperature", "WRONG_TYPE $.user", "NO_MATCHING_VARIANT $.top_logprobs",
					"NO_MATCHING_VARIANT $.include", "UNDECLARED_MEMBER $.bogus", "NO_MATCHING_VARIANT $.input",
					"NO_MATCHING_VARIANT $.metadata", "CONSTRAINT $.items", "MISSING_MEMBER $.model",
					"NO_MATCHING_VARIANT $.prompt_cache_key");
		assertThat(server.exchanges()).flatExtracting(Exchange::violations)
			.filteredOn((violation) -> violation.where().equals("$.temperature"))
			.singleElement()
			.satisfies((violation) -> assertThat(violation.detail()).contains("breaks the maximum 2"));
	}

	@Test
	void requiredMembersBodiesHoldOnlyTheRequiredMembers() {
		assertThat(synthesize("CreateResponse", Shape.REQUIRED_MEMBERS, 0)).isEmpty();
		assertThat(synthesize("CompactResponseMethodPublicBody", Shape.REQUIRED_MEMBERS, 0).propertyNames())
			.containsExactly("model");
		assertThat(synthesize("UpdateConversationBody", Shape.REQUIRED_MEMBERS, 0).propertyNames())
			.containsExactly("metadata");
	}

	@Test
	void everyMemberBodiesTakeEveryVariantOfTheToolsAndInputItems() {
		Set<String> tools = new TreeSet<>();
		Set<String> inputItems = new TreeSet<>();
		Set<String> toolChoices = new TreeSet<>();
		BodySynthesizer first = new BodySynthesizer(spec, Shape.EVERY_MEMBER, 0);
		first.synthesize(schema("CreateResponse"), "body");
		for (int variant = 0; variant < first.widestUnion(); variant++) {
			JsonNode body = synthesize("CreateResponse", Shape.EVERY_MEMBER, variant);
			assertThat(body.propertyNames()).containsAll(spec.effective(schema("CreateResponse")).get("properties")
				.propertyNames());
			Report report = new Report("createResponse", Set.of());
			new SchemaValidator(spec).validate(body, schema("CreateResponse"), "$", report);
			assertThat(report.violations()).as("violations of body " + variant).isEmpty();
			body.path("tools").forEach((tool) -> tools.add(tool.path("type").asString()));
			body.path("input").forEach((item) -> inputItems.add(item.path("type").asString("message")));
			toolChoices.add(body.path("tool_choice").toString());
		}
		Set<String> toolTypes = new TreeSet<>();
		spec.effective(schema("Tool")).get("oneOf").forEach((tool) -> toolTypes.add(
				spec.effective(spec.effective(tool).path("properties").path("type")).path("enum").path(0).asString()));
		assertThat(toolTypes).hasSize(16);
		assertThat(tools).containsAll(toolTypes);
		assertThat(inputItems).contains("message", "item_reference", "function_call", "function_call_output",
				"reasoning", "mcp_approval_response", "custom_tool_call_output", "compaction");
		assertThat(toolChoices).as("variants of tool_choice").hasSizeGreaterThan(5);
	}

	@Test
	void patternsOfTheSpecAreSampled() {
		for (String pattern : new String[] { "^tunnel_[a-z0-9]{32}$", "^[a-zA-Z0-9_-]+$", "^[A-Za-z0-9_.-]+$" }) {
			assertThat(PatternSample.sample(pattern)).as(pattern).matches(Pattern.compile(pattern));
		}
		assertThat(PatternSample.sample("^(a|b)$")).isNull();
	}

	@Test
	void valuesLostChangedOrAddedAreReported() {
		JsonNode built = OpenApiSpec.JSON.readTree("{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x\"},\"e\":0.5}");
		JsonNode sent = OpenApiSpec.JSON.readTree("{\"a\":1.0,\"b\":[1],\"c\":{\"d\":\"y\"},\"e\":0,\"f\":true}");
		Report report = new Report("op", Set.of());
		assertThat(JsonDifferences.report(built, sent, "$", Kind.NOT_AS_BUILT, report)).isEqualTo(4);
		assertThat(report.violations()).extracting((violation) -> violation.where() + " " + violation.detail())
			.containsExactly("$.b[1] lost: expected number 2", "$.c.d changed: expected string \"x\", got string \"y\"",
					"$.e changed: expected number 0.5, got number 0", "$.f added: boolean true");
	}

	@Test
	void variantsTheModelsDoNotKnowAreReported() {
		JsonMapper mapper = OpenAITransport.createJsonMapper();
		CreateResponse request = mapper.readValue("{\"tools\":[{\"type\":\"function\",\"name\":\"f\"},"
				+ "{\"type\":\"teleport\"}]}", CreateResponse.class);
		Report report = new Report("createResponse", Set.of());
		UnknownVariants.report(request, "$", report);
		assertThat(report.violations()).extracting((violation) -> violation.kind() + " " + violation.where())
			.containsExactly("UNKNOWN_VARIANT $.tools[1]");
	}

	private static JsonNode synthesize(String schemaName, Shape shape, int variant) {
		return new BodySynthesizer(spec, shape, variant).synthesize(schema(schemaName), "body");
	}

	private static JsonNode schema(String name) {
		return OpenApiSpec.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
	}

	private static void send(String path, String json) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(server.baseUrl() + path).toURL().openConnection();
		try {
			connection.setRequestMethod("POST");
			connection.setConnectTimeout(5000);
			connection.setReadTimeout(5000);
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/json");
			try (OutputStream out = connection.getOutputStream()) {
				out.write(json.getBytes(StandardCharsets.UTF_8));
			}
			connection.getResponseCode();
		}
		finally {
			connection.disconnect();
		}
	}

}
