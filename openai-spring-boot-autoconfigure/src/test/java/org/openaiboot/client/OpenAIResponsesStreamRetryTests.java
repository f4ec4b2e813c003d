package org.openaiboot.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A Responses stream is retried only before its first event: a server error before it is
 * tried again, a connection lost after it ends the stream with an exception once the
 * events already read were handed out, and is never sent twice.
 */
@Timeout(30)
class OpenAIResponsesStreamRetryTests {

	private static final String DELTA = """
			event: response.output_text.delta
			data: {"type":"response.output_text.delta","sequence_number":%d,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"%s","logprobs":[]}

			""";

	private final AtomicInteger requests = new AtomicInteger();

	private final RecordingTransport recording = new RecordingTransport();

	private HttpServer server;

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void aServerErrorBeforeTheFirstEventIsRetried() throws IOException {
		start((exchange, number) -> {
			if (number == 1) {
				exchange.sendResponseHeaders(503, -1);
				return;
			}
			writeEvents(exchange, DELTA.formatted(1, "Hello") + """
					event: response.completed
					data: {"type":"response.completed","sequence_number":2,"response":{"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"gpt-5.4","output":[],"parallel_tool_calls":true,"tools":[],"tool_choice":"auto","metadata":{},"error":null,"incomplete_details":null,"instructions":null,"temperature":null,"top_p":null}}

					""");
		});
		try (Stream<ResponseStreamEvent> events = client().createResponseStream(request())) {
			assertThat(events.toList()).hasSize(2);
		}
		assertThat(this.requests).hasValue(2);
		assertThat(this.recording.meterRegistry.get("openai.client.retries")
			.tag("openai.operation", "createResponse")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void aConnectionLostAfterTheFirstEventEndsTheStreamWithoutARetry() throws IOException {
		start((exchange, number) -> writeEvents(exchange, DELTA.formatted(1, "Hello") + DELTA.formatted(2, " there")
				+ "event: response.output_text.delta\ndata: {\"type\":\"response.output"));
		List<String> deltas = new ArrayList<>();
		try (Stream<ResponseStreamEvent> events = client().createResponseStream(request())) {
			assertThatExceptionOfType(OpenAIConnectionException.class).isThrownBy(() -> events
				.forEach((event) -> deltas.add(((ResponseTextDeltaEvent) event).delta())));
		}
		assertThat(deltas).containsExactly("Hello", " there");
		assertThat(this.requests).hasValue(1);
		assertThat(this.recording.meterRegistry.find("openai.client.retries").counters()).isEmpty();
	}

	private OpenAIResponsesClient client() {
		return this.recording.builder("http://127.0.0.1:" + this.server.getAddress().getPort())
			.retry(RecordingTransport.FAST_RETRIES)
			.build(OpenAIResponsesClient::new);
	}

	private static CreateResponse request() {
		return CreateResponse.builder().model("gpt-5.4").input("Hi").build();
	}

	private void start(Answer answer) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/v1/responses", (exchange) -> {
			try (exchange) {
				exchange.getRequestBody().readAllBytes();
				answer.answer(exchange, this.requests.incrementAndGet());
			}
			catch (IOException ex) {
				// the cut body: closing the exchange short of its length drops the connection
			}
		});
		this.server.start();
	}

	/**
	 * Writes the events; events cut in the middle are sent with a length longer than
	 * they are, so that the connection ends before the body does.
	 */
	private static void writeEvents(HttpExchange exchange, String events) throws IOException {
		byte[] bytes = events.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, events.endsWith("\n\n") ? 0 : bytes.length + 100);
		OutputStream body = exchange.getResponseBody();
		body.write(bytes);
		body.flush();
	}

	@FunctionalInterface
	private interface Answer {

		void answer(HttpExchange exchange, int number) throws IOException;

	}

}
