package org.openaiboot.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback server for {@code POST /v1/responses} that answers each request with the
 * next of its scripted bodies, built from the request's number (1 for the first), and
 * keeps the request bodies it received.
 */
final class ScriptedResponsesServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final IntFunction<String> answers;

	private final List<JsonNode> requests = new ArrayList<>();

	private ScriptedResponsesServer(IntFunction<String> answers) throws IOException {
		this.answers = answers;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/v1/responses", this::answer);
		this.server.start();
	}

	/**
	 * A server that answers the requests with the given bodies in turn, and with a 500 once
	 * they are used up.
	 */
	static ScriptedResponsesServer answering(String... bodies) throws IOException {
		Deque<String> queue = new ArrayDeque<>(List.of(bodies));
		return new ScriptedResponsesServer((number) -> queue.poll());
	}

	/**
	 * A server that answers the request of each number with the given body.
	 */
	static ScriptedResponsesServer answering(IntFunction<String> answers) throws IOException {
		return new ScriptedResponsesServer(answers);
	}

	OpenAIResponsesClient client() {
		return new RecordingTransport().builder("http://127.0.0.1:" + this.server.getAddress().getPort())
			.build(OpenAIResponsesClient::new);
	}

	synchronized List<JsonNode> requests() {
		return List.copyOf(this.requests);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body;
		synchronized (this) {
			this.requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
			body = this.answers.apply(this.requests.size());
		}
		int status = (body != null) ? 200 : 500;
		byte[] bytes = ((body != null) ? body : "{\"error\":{\"message\":\"no more answers\"}}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
