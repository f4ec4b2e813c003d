package org.openaiboot.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.OutputTextContent;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseOutputItemDoneEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A recorded stream of one response with an event of every type, read through
 * {@link OpenAIResponsesClient} from a loopback server and accumulated, gives the response
 * the same server answers whole.
 */
@Timeout(30)
class ResponseAccumulatorStreamTests {

	private static final List<String> STREAM_FIXTURES = List.of("every-event.sse", "incomplete.sse", "failed.sse",
			"error.sse");

	/**
	 * What a stream tells of an item only in its done event: the rest of each item is built
	 * from the events before it.
	 */
	private static final Map<String, Set<String>> MEMBERS_ONLY_DONE_ITEMS_CARRY = Map.of("message",
			Set.of("status"), "function_call", Set.of("status"), "shell_call", Set.of("status"), "shell_call_output",
			Set.of("status"), "web_search_call", Set.of("action"), "file_search_call", Set.of("queries", "results"),
			"code_interpreter_call", Set.of("outputs"), "image_generation_call", Set.of("result"), "mcp_list_tools",
			Set.of("tools", "error"), "mcp_call", Set.of("output", "error"));

	private final JsonMapper mapper = JsonMapper.builder().build();

	private HttpServer server;

	private volatile String stream = "";

	private OpenAIResponsesClient client;

	@BeforeEach
	void startServer() throws IOException {
		String whole = fixture("every-event.json");
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/v1/responses", (exchange) -> {
			String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean streamed = request.contains("\"stream\":true");
			byte[] body = (streamed ? this.stream : whole).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", streamed ? "text/event-stream" : "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		this.client = new OpenAIResponsesClient(OpenAITransport.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1")
			.apiKey("test-key")
			.retry(RetrySettings.DISABLED)
			.build());
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void streamOfEveryEventAccumulatesToTheResponseReadWhole() throws IOException {
		this.stream = fixture("every-event.sse");
		Response accumulated = accumulate(events());
		assertThat(accumulated).isEqualTo(wholeResponse());
		assertThat(accumulated.output()).hasSize(15);
		assertThat(accumulated.additionalProperties()).containsKeys("store", "billing");
	}

	@Test
	void outputIsBuiltFromTheEventsWhenTheTerminalEventCarriesNone() throws IOException {
		this.stream = withoutTerminalOutput(fixture("every-event.sse"));
		List<ResponseStreamEvent> events = events();
		assertThat(events).last()
			.isInstanceOfSatisfying(ResponseCompletedEvent.class,
					(completed) -> assertThat(completed.response().output()).isEmpty());
		assertThat(accumulate(events)).isEqualTo(wholeResponse());
	}

	@Test
	void fixturesHoldAnEventOfEveryType() throws IOException {
		StringBuilder recorded = new StringBuilder();
		for (String name : STREAM_FIXTURES) {
			recorded.append(fixture(name));
		}
		JsonSubTypes subTypes = ResponseStreamEvent.class.getAnnotation(JsonSubTypes.class);
		List<String> typeNames = Arrays.stream(subTypes.value())
			.flatMap((type) -> Arrays.stream(type.names()))
			.toList();
		assertThat(typeNames).hasSizeGreaterThanOrEqualTo(58)
			.allSatisfy((type) -> assertThat(recorded).contains("event: " + type + "\n"));
		this.stream = fixture("every-event.sse");
		assertThat(events()).noneMatch(ResponseStreamEvent.Unknown.class::isInstance);
	}

	@Test
	void eachItemBuiltFromTheEventsBeforeItsDoneEventMatchesTheDoneItem() throws IOException {
		this.stream = fixture("every-event.sse");
		assertItemsBuiltBeforeTheirDoneEventMatchThem(events(), MEMBERS_ONLY_DONE_ITEMS_CARRY);
	}

	@Test
	void eachItemBuiltFromItsDeltasAloneMatchesTheDoneItem() throws IOException {
		this.stream = fixture("every-event.sse");
		List<ResponseStreamEvent> deltas = events().stream()
			.filter((event) -> !event.type().endsWith(".done") || event instanceof ResponseOutputItemDoneEvent)
			.toList();
		Map<String, Set<String>> onlyDone = new HashMap<>(MEMBERS_ONLY_DONE_ITEMS_CARRY);
		onlyDone.put("shell_call_output", Set.of("status", "output"));
		assertItemsBuiltBeforeTheirDoneEventMatchThem(deltas, onlyDone);
	}

	private void assertItemsBuiltBeforeTheirDoneEventMatchThem(List<ResponseStreamEvent> events,
			Map<String, Set<String>> membersOnlyDoneItemsCarry) {
		List<String> compared = new ArrayList<>();
		for (int end = 0; end < events.size(); end++) {
			if (events.get(end) instanceof ResponseOutputItemDoneEvent done) {
				OutputItem built = accumulate(events.subList(0, end)).output().get(done.outputIndex());
				Set<String> onlyDone = membersOnlyDoneItemsCarry.getOrDefault(done.item().type(), Set.of());
				assertThat(withoutMembers(built, onlyDone)).as(done.item().type())
					.isEqualTo(withoutMembers(done.item(), onlyDone));
				compared.add(done.item().type());
			}
		}
		assertThat(compared).hasSize(15).containsAll(membersOnlyDoneItemsCarry.keySet()).contains("reasoning",
				"custom_tool_call");
	}

	@Test
	void aStreamThatBreaksOffYieldsWhatArrivedBeforeIt() throws IOException {
		String recorded = fixture("every-event.sse");
		this.stream = recorded.substring(0, recorded.indexOf("event: response.output_text.annotation.added"));
		Response partial = accumulate(events());
		Response whole = wholeResponse();
		assertThat(partial.status()).hasToString("in_progress");
		assertThat(partial.usage()).isNull();
		assertThat(partial.output()).hasSize(14);
		assertThat(partial.output().subList(0, 13)).isEqualTo(whole.output().subList(0, 13));
		OutputTextContent text = outputText(partial, 13);
		assertThat(text.text()).isEqualTo(outputText(whole, 13).text());
		assertThat(text.annotations()).isEmpty();
	}

	@Test
	void anErrorEventFailsTheStreamAfterTheEventsBeforeItWereAccumulated() throws IOException {
		this.stream = fixture("error.sse");
		ResponseAccumulator accumulator = new ResponseAccumulator();
		try (Stream<ResponseStreamEvent> events = this.client.createResponseStream(request())) {
			assertThatExceptionOfType(OpenAIApiException.class)
				.isThrownBy(() -> events.forEach(accumulator::accumulate))
				.withMessageContaining("The model stopped unexpectedly")
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("server_error"));
		}
		Response partial = accumulator.result();
		assertThat(partial.status()).hasToString("in_progress");
		assertThat(outputText(partial, 0).text()).isEqualTo("The venue shortlist has");
	}

	@Test
	void anIncompleteResponseKeepsItsReasonAndUsage() throws IOException {
		this.stream = fixture("incomplete.sse");
		Response incomplete = accumulate(events());
		assertThat(incomplete.status()).hasToString("incomplete");
		assertThat(incomplete.incompleteDetails().reason()).hasToString("max_output_tokens");
		assertThat(incomplete.usage().outputTokens()).isEqualTo(5);
		assertThat(outputText(incomplete, 0).text()).isEqualTo("The venue shortlist has");
	}

	@Test
	void aFailedResponseKeepsItsError() throws IOException {
		this.stream = fixture("failed.sse");
		Response failed = accumulate(events());
		assertThat(failed.status()).hasToString("failed");
		assertThat(failed.error().message()).isEqualTo("The model stopped unexpectedly");
		assertThat(outputText(failed, 0).text()).isEqualTo("The venue shortlist has");
	}

	private List<ResponseStreamEvent> events() {
		try (Stream<ResponseStreamEvent> events = this.client.createResponseStream(request())) {
			return events.toList();
		}
	}

	private Response wholeResponse() {
		return this.client.createResponse(request());
	}

	private static CreateResponse request() {
		return CreateResponse.builder().model("gpt-5.4").input("Plan the offsite").build();
	}

	private static Response accumulate(List<ResponseStreamEvent> events) {
		ResponseAccumulator accumulator = new ResponseAccumulator();
		events.forEach(accumulator::accumulate);
		return accumulator.result();
	}

	private static OutputTextContent outputText(Response response, int outputIndex) {
		OutputMessage message = (OutputMessage) response.output().get(outputIndex);
		return (OutputTextContent) message.content().get(0);
	}

	private JsonNode withoutMembers(OutputItem item, Set<String> members) {
		ObjectNode tree = this.mapper.valueToTree(item);
		members.forEach(tree::remove);
		return tree;
	}

	private String withoutTerminalOutput(String stream) {
		StringBuilder rewritten = new StringBuilder();
		for (String line : stream.split("\n", -1)) {
			if (line.startsWith("data: ") && line.contains("\"type\":\"response.completed\"")) {
				ObjectNode event = (ObjectNode) this.mapper.readTree(line.substring("data: ".length()));
				((ObjectNode) event.get("response")).putArray("output");
				line = "data: " + this.mapper.writeValueAsString(event);
			}
			rewritten.append(line).append('\n');
		}
		return rewritten.toString();
	}

	static String fixture(String name) throws IOException {
		return new ClassPathResource("responses/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

}
