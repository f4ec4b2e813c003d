package org.openaiboot.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAITransport;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A fake of the OpenAI API on a loopback port, in the test's own JVM: tests script its
 * answers by operation and read back the requests it received. With
 * {@link AutoConfigureOpenAIMock} it is a bean that the application's clients are
 * pointed at:
 * <pre class="code">
 * &#64;Autowired
 * OpenAIMockServer server;
 *
 * &#64;Test
 * void summarizes() {
 *     server.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("Short."));
 *     assertThat(summarizer.summarize("A long text")).isEqualTo("Short.");
 *     CreateChatCompletionRequest sent = server.lastRequest("createChatCompletion")
 *         .body(CreateChatCompletionRequest.class);
 *     assertThat(sent.model().value()).isEqualTo("gpt-4o-mini");
 * }
 * </pre>
 * Operations are named as the clients and the API's specification name them
 * ({@code createChatCompletion}, {@code createResponse}, {@code createEmbedding},
 * {@code listModels}, ...); other endpoints are scripted by method and path. A request
 * nothing was scripted for is answered with an error that names it. Its threads are
 * daemons, and {@link #close()} stops it.
 */
public final class OpenAIMockServer implements AutoCloseable {

	/** The path of the base URL, as the API's: every operation's path is below it. */
	public static final String BASE_PATH = "/v1";

	private static final String MASKED = "******";

	private final JsonMapper jsonMapper = OpenAITransport.createJsonMapper();

	private final List<OpenAIMockStubbing> stubbings = new CopyOnWriteArrayList<>();

	private final List<OpenAIMockRequest> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger answered = new AtomicInteger();

	private final ThreadPoolExecutor executor;

	private final HttpServer server;

	private OpenAIMockServer() throws IOException {
		// without it the JDK server holds each answer back until the client's delayed ACK (Nagle)
		System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
		CustomizableThreadFactory threads = new CustomizableThreadFactory("openai-mock-");
		threads.setDaemon(true);
		// as many concurrent requests as a test makes; more run on the server's own thread
		this.executor = new ThreadPoolExecutor(0, 64, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
				new ThreadPoolExecutor.CallerRunsPolicy());
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
	}

	/**
	 * Start a server on a free loopback port.
	 * @return the running server
	 * @throws UncheckedIOException if no port can be bound
	 */
	public static OpenAIMockServer start() {
		try {
			OpenAIMockServer mock = new OpenAIMockServer();
			// the server's dispatcher thread is a daemon only if the thread starting it is
			Thread starter = new Thread(mock.server::start, "openai-mock-start");
			starter.setDaemon(true);
			starter.start();
			starter.join();
			return mock;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("OpenAIMockServer could not bind a loopback port", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting OpenAIMockServer", ex);
		}
	}

	/**
	 * The base URL to point clients at, such as {@code http://127.0.0.1:54321/v1}.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return "http://127.0.0.1:" + getPort() + BASE_PATH;
	}

	/**
	 * The port the server listens on.
	 * @return the port
	 */
	public int getPort() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Script the answers to an operation's requests; scripted again, the later script
	 * wins.
	 * @param operation the operation's name, as its client names it, such as
	 * {@code createChatCompletion}
	 * @return the stubbing to give the answers to
	 * @throws IllegalArgumentException if no client calls an operation of that name
	 */
	public OpenAIMockStubbing on(String operation) {
		Assert.isTrue(OpenAIOperations.isKnown(operation), () -> "No client calls an operation named '" + operation
				+ "'; script its method and path with on(HttpMethod, String) instead");
		return add(OpenAIMockStubbing.forOperation(operation));
	}

	/**
	 * Script the answers to the requests of a method and path, for endpoints the clients
	 * do not name.
	 * @param method the method
	 * @param pathPattern the path below the base URL, with {@code {name}} placeholders
	 * for segments, such as {@code /realtime/sessions/{id}}
	 * @return the stubbing to give the answers to
	 */
	public OpenAIMockStubbing on(HttpMethod method, String pathPattern) {
		Assert.isTrue(pathPattern.startsWith("/") && !pathPattern.startsWith(BASE_PATH + "/"),
				() -> "pathPattern must start with '/' and be below the base URL (no " + BASE_PATH + "), was '"
						+ pathPattern + "'");
		return add(OpenAIMockStubbing.forPath(method, pathPattern));
	}

	private OpenAIMockStubbing add(OpenAIMockStubbing stubbing) {
		this.stubbings.add(stubbing);
		return stubbing;
	}

	/**
	 * Every request received since the start or the last {@link #reset()}, in the order
	 * they came.
	 * @return the requests
	 */
	public List<OpenAIMockRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The requests received for one operation, in the order they came.
	 * @param operation the operation's name
	 * @return the requests, empty if none came
	 */
	public List<OpenAIMockRequest> requests(String operation) {
		return this.requests.stream().filter((request) -> operation.equals(request.operation())).toList();
	}

	/**
	 * The last request received for one operation.
	 * @param operation the operation's name
	 * @return the request
	 * @throws AssertionError if none came, naming those that did
	 */
	public OpenAIMockRequest lastRequest(String operation) {
		List<OpenAIMockRequest> received = requests(operation);
		if (received.isEmpty()) {
			throw new AssertionError("OpenAIMockServer received no " + operation + " request; " + describeReceived());
		}
		return received.get(received.size() - 1);
	}

	/**
	 * Check how many requests of an operation were received.
	 * @param operation the operation's name
	 * @param times the number expected
	 * @throws AssertionError if another number came, naming the requests that did
	 */
	public void verify(String operation, int times) {
		int count = requests(operation).size();
		if (count != times) {
			throw new AssertionError("Expected " + times + " " + operation + " request(s) but OpenAIMockServer received "
					+ count + "; " + describeReceived());
		}
	}

	private String describeReceived() {
		return this.requests.isEmpty() ? "it received no request at all"
				: "it received " + this.requests.stream().map(Object::toString).collect(Collectors.joining(", "));
	}

	/**
	 * Forget the scripted answers and the received requests, as between two tests.
	 */
	public void reset() {
		this.stubbings.clear();
		this.requests.clear();
		this.answered.set(0);
	}

	/**
	 * Stop the server: requests in progress are dropped and delays end.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		OpenAIMockRequest request = record(exchange);
		OpenAIMockAnswer answer = answerTo(request);
		List<byte[]> body;
		try {
			body = answer.bodyParts(this.jsonMapper);
		}
		catch (RuntimeException ex) {
			answer = OpenAIMockAnswers.mockError(500,
					"OpenAIMockServer could not write the answer scripted for " + request + ": " + ex.getMessage());
			body = answer.bodyParts(this.jsonMapper);
		}
		try {
			AnswerWriter.write(exchange, answer, body, "req_mock_" + this.answered.incrementAndGet());
		}
		catch (InterruptedException ex) {
			// the server is stopping: the exchange was closed without an answer
			Thread.currentThread().interrupt();
		}
	}

	private OpenAIMockRequest record(HttpExchange exchange) throws IOException {
		HttpMethod method = HttpMethod.valueOf(exchange.getRequestMethod());
		String fullPath = exchange.getRequestURI().getPath();
		String path = fullPath.startsWith(BASE_PATH + "/") ? fullPath.substring(BASE_PATH.length()) : fullPath;
		String operation = fullPath.equals(path) ? null : OpenAIOperations.operationOf(method, path);
		byte[] body = exchange.getRequestBody().readAllBytes();
		OpenAIMockRequest request = new OpenAIMockRequest(operation, method, path, query(exchange),
				headers(exchange.getRequestHeaders()), body, this.jsonMapper);
		this.requests.add(request);
		return request;
	}

	private static MultiValueMap<String, String> query(HttpExchange exchange) {
		MultiValueMap<String, String> encoded = UriComponentsBuilder.fromUri(exchange.getRequestURI())
			.build()
			.getQueryParams();
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		encoded.forEach((name, values) -> values.forEach((value) -> decoded.add(decode(name),
				(value != null) ? decode(value) : "")));
		return CollectionUtils.unmodifiableMultiValueMap(decoded);
	}

	private static String decode(String text) {
		return UriUtils.decode(text, StandardCharsets.UTF_8);
	}

	private static HttpHeaders headers(Map<String, List<String>> received) {
		HttpHeaders headers = new HttpHeaders();
		received.forEach(headers::addAll);
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null) {
			int space = authorization.indexOf(' ');
			headers.set(HttpHeaders.AUTHORIZATION, (space > 0) ? authorization.substring(0, space + 1) + MASKED : MASKED);
		}
		return headers;
	}

	private OpenAIMockAnswer answerTo(OpenAIMockRequest request) {
		String operation = request.operation();
		List<OpenAIMockStubbing> stubbings = List.copyOf(this.stubbings);
		for (int i = stubbings.size() - 1; i >= 0; i--) {
			OpenAIMockStubbing stubbing = stubbings.get(i);
			if (stubbing.matches(operation, request.method(), request.path())) {
				OpenAIMockAnswer answer = stubbing.nextAnswer();
				if (answer != null) {
					return answer;
				}
			}
		}
		return unmatched(request, operation);
	}

	private static OpenAIMockAnswer unmatched(OpenAIMockRequest request, @Nullable String operation) {
		String called = request.method() + " " + BASE_PATH + request.path();
		if (operation != null) {
			return OpenAIMockAnswers.mockError(501, "OpenAIMockServer has no answer for " + operation + " (" + called
					+ "): script one with server.on(\"" + operation + "\").respond(...)");
		}
		return OpenAIMockAnswers.mockError(404, "OpenAIMockServer knows no operation at " + called
				+ ": script an answer with server.on(HttpMethod." + request.method() + ", \"" + request.path()
				+ "\").respond(...)");
	}

	@Override
	public String toString() {
		return "OpenAIMockServer[" + getBaseUrl() + "]";
	}

}
