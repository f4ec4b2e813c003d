package org.openaiboot.client.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.conformance.OpenApiSpec.Match;
import org.openaiboot.client.conformance.OpenApiSpec.Operation;
import org.openaiboot.client.conformance.Violation.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback HTTP server that plays an API described by an {@link OpenApiSpec}: it finds
 * the operation of each request by method and path template, checks the request against
 * the spec (path and query parameters, content type, JSON or multipart body) and records
 * what it found, then answers with a 200 response made from the operation's response
 * schema: JSON, bytes for a binary response, or for a request with {@code "stream": true}
 * a stream of Server-Sent Events of one chunk and {@code data: [DONE]}.
 * <p>
 * It answers even a request that broke the spec, so that a test sees every violation of
 * a call at once; a request for no operation gets a 404.
 */
final class SpecServer implements AutoCloseable {

	static final byte[] BINARY = { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFB };

	private final OpenApiSpec spec;

	private final SchemaValidator validator;

	private final FormValidator forms;

	private final Function<JsonNode, JsonNode> answers;

	private final Set<String> allowList;

	private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "spec-server");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpServer server;

	private SpecServer(OpenApiSpec spec, Set<String> allowList, Function<JsonNode, JsonNode> answers)
			throws IOException {
		this.spec = spec;
		this.validator = new SchemaValidator(spec);
		this.forms = new FormValidator(spec, this.validator);
		this.answers = answers;
		this.allowList = Set.copyOf(allowList);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
	}

	/**
	 * Start a server on a free loopback port.
	 * @param spec the API it plays
	 * @param allowList keys ({@link Violation#key()}) of undeclared members or parts to
	 * admit
	 * @return the started server
	 * @throws IOException if it cannot bind
	 */
	static SpecServer start(OpenApiSpec spec, Set<String> allowList) throws IOException {
		return start(spec, allowList, new ResponseSynthesizer(spec)::synthesize);
	}

	/**
	 * Start a server on a free loopback port that answers with values of its own making.
	 * @param spec the API it plays
	 * @param allowList keys ({@link Violation#key()}) of undeclared members or parts to
	 * admit
	 * @param answers makes the answer to a request from the schema of the operation's
	 * response
	 * @return the started server
	 * @throws IOException if it cannot bind
	 */
	static SpecServer start(OpenApiSpec spec, Set<String> allowList, Function<JsonNode, JsonNode> answers)
			throws IOException {
		SpecServer server = new SpecServer(spec, allowList, answers);
		server.server.start();
		return server;
	}

	/**
	 * The API's base URL on this server, such as {@code http://127.0.0.1:41234/v1}.
	 * @return the URL
	 */
	String baseUrl() {
		InetSocketAddress address = this.server.getAddress();
		return "http://" + address.getHostString() + ":" + address.getPort() + this.spec.basePath();
	}

	/**
	 * The requests received since the last {@link #reset()}.
	 * @return the exchanges, in order of arrival
	 */
	List<Exchange> exchanges() {
		return List.copyOf(this.exchanges);
	}

	void reset() {
		this.exchanges.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange http) throws IOException {
		try {
			byte[] body = http.getRequestBody().readAllBytes();
			String method = http.getRequestMethod();
			String rawPath = http.getRequestURI().getRawPath();
			String path = rawPath.startsWith(this.spec.basePath()) ? rawPath.substring(this.spec.basePath().length())
					: rawPath;
			Match match = this.spec.find(method, path);
			if (match == null) {
				Report report = new Report("?", this.allowList);
				report.add(Kind.UNKNOWN_OPERATION, method + " " + rawPath, "no operation of the spec has this path");
				this.exchanges.add(Exchange.of("?", method, rawPath, report));
				send(http, 404, "application/json",
						"{\"error\":{\"message\":\"no such operation\",\"type\":\"invalid_request_error\"}}"
							.getBytes(StandardCharsets.UTF_8));
				return;
			}
			Operation operation = match.operation();
			Report report = new Report(operation.id(), this.allowList);
			checkPathParameters(match, report);
			checkQuery(operation, http.getRequestURI().getRawQuery(), report);
			JsonNode json = checkBody(operation, http.getRequestHeaders().getFirst("Content-Type"), body, report);
			boolean stream = json != null && json.path("stream").asBoolean(false);
			JsonNode answer = answerOf(operation, stream);
			this.exchanges.add(Exchange.of(operation.id(), method, rawPath, report)
				.with(http.getRequestURI().getRawQuery(), json, answer));
			answer(http, operation, stream, answer);
		}
		catch (RuntimeException ex) {
			Report report = new Report("?", this.allowList);
			report.add(Kind.SERVER_FAILURE, http.getRequestURI().toString(), "the server failed: " + ex);
			this.exchanges.add(Exchange.of("?", http.getRequestMethod(), http.getRequestURI().getRawPath(), report));
			send(http, 500, "text/plain", ex.toString().getBytes(StandardCharsets.UTF_8));
		}
		finally {
			http.close();
		}
	}

	private void checkPathParameters(Match match, Report report) {
		for (JsonNode parameter : match.operation().parameters("path")) {
			String name = parameter.path("name").asString();
			String value = match.pathParameters().get(name);
			if (value == null || value.isBlank()) {
				report.add(Kind.PATH_PARAMETER, "{" + name + "}", "required path parameter missing or empty");
			}
			else if (parameter.has("schema")) {
				this.validator.validateText(URLDecoder.decode(value, StandardCharsets.UTF_8), parameter.get("schema"),
						"{" + name + "}", report);
			}
		}
		for (String name : match.pathParameters().keySet()) {
			if (match.operation().parameters("path").stream().noneMatch((p) -> name.equals(p.path("name").asString()))) {
				report.add(Kind.PATH_PARAMETER, "{" + name + "}", "the template's parameter is not declared");
			}
		}
	}

	private void checkQuery(Operation operation, @Nullable String rawQuery, Report report) {
		Map<String, List<String>> query = deepObjects(queryParameters(rawQuery), operation, report);
		query.forEach((name, values) -> {
			JsonNode declared = operation.parameters("query")
				.stream()
				.filter((p) -> name.equals(p.path("name").asString()))
				.findFirst()
				.orElse(null);
			if (declared == null) {
				report.add(Kind.QUERY_PARAMETER, "?" + name, "not a declared query parameter");
			}
			else if (declared.has("schema")) {
				values.forEach((value) -> this.validator.validateText(value, declared.get("schema"), "?" + name, report));
			}
		});
		for (JsonNode parameter : operation.parameters("query")) {
			if (parameter.path("required").asBoolean(false) && !query.containsKey(parameter.path("name").asString())) {
				report.add(Kind.QUERY_PARAMETER, "?" + parameter.path("name").asString(), "required, absent");
			}
		}
	}

	/**
	 * The query with the {@code name[key]=value} parameters of each object parameter
	 * (OpenAPI's {@code deepObject} style) checked as that object, and left out.
	 */
	private Map<String, List<String>> deepObjects(Map<String, List<String>> query, Operation operation,
			Report report) {
		Map<String, List<String>> rest = new LinkedHashMap<>();
		Map<String, ObjectNode> objects = new LinkedHashMap<>();
		query.forEach((name, values) -> {
			int open = name.indexOf('[');
			if (open > 0 && name.endsWith("]")) {
				String base = name.substring(0, open);
				values.forEach((value) -> objects.computeIfAbsent(base, (key) -> JsonNodeFactory.instance.objectNode())
					.put(name.substring(open + 1, name.length() - 1), value));
			}
			else {
				rest.put(name, values);
			}
		});
		objects.forEach((name, object) -> {
			JsonNode declared = operation.parameters("query")
				.stream()
				.filter((p) -> name.equals(p.path("name").asString()))
				.findFirst()
				.orElse(null);
			if (declared == null) {
				report.add(Kind.QUERY_PARAMETER, "?" + name + "[...]", "not a declared query parameter");
			}
			else {
				this.validator.validate(object, declared.get("schema"), "?" + name, report);
			}
		});
		return rest;
	}

	/**
	 * The parameters of a query string, decoded.
	 * @param rawQuery the query as received, or {@code null}
	 * @return the values of each parameter by name, in order of appearance
	 */
	static Map<String, List<String>> queryParameters(@Nullable String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		return parameters;
	}

	private @Nullable JsonNode checkBody(Operation operation, @Nullable String contentType, byte[] body,
			Report report) {
		String expected = operation.requestMediaType();
		if (expected == null) {
			if (body.length > 0) {
				report.add(Kind.CONTENT_TYPE, "body", "the operation takes no body, got " + body.length + " bytes");
			}
			return null;
		}
		if (body.length == 0) {
			if (operation.bodyRequired()) {
				report.add(Kind.MALFORMED_BODY, "body", "required request body absent");
			}
			return null;
		}
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(expected)) {
			report.add(Kind.CONTENT_TYPE, "Content-Type", "expected " + expected + ", got " + contentType);
			return null;
		}
		if (expected.equals("application/json")) {
			try {
				JsonNode json = OpenApiSpec.JSON.readTree(body);
				this.validator.validate(json, operation.requestSchema(), "$", report);
				return json;
			}
			catch (JacksonException ex) {
				report.add(Kind.MALFORMED_BODY, "$", "not JSON: " + ex.getOriginalMessage());
				return null;
			}
		}
		if (expected.equals("multipart/form-data")) {
			this.forms.validate(operation, contentType, body, report);
		}
		return null;
	}

	private void answer(HttpExchange http, Operation operation, boolean stream, @Nullable JsonNode answer)
			throws IOException {
		String mediaType = (operation.responseMediaType() != null) ? operation.responseMediaType()
				: "application/json";
		if (stream) {
			String events = "data: " + answer + "\n\n" + "data: [DONE]\n\n";
			send(http, 200, "text/event-stream", events.getBytes(StandardCharsets.UTF_8));
		}
		else if (!mediaType.contains("json")) {
			send(http, 200, mediaType, BINARY);
		}
		else {
			byte[] json = ((answer != null) ? answer.toString() : "{}").getBytes(StandardCharsets.UTF_8);
			send(http, 200, mediaType, json);
		}
	}

	/**
	 * The JSON value to answer with: a chunk for a stream, the 200 response's value,
	 * or {@code null} when the response is not JSON or has no schema.
	 */
	private @Nullable JsonNode answerOf(Operation operation, boolean stream) {
		if (stream) {
			return this.answers.apply(chunkSchema(operation));
		}
		String mediaType = operation.responseMediaType();
		boolean json = mediaType == null || mediaType.contains("json");
		return (json && operation.responseSchema() != null) ? this.answers.apply(operation.responseSchema()) : null;
	}

	/**
	 * The schema of a streamed chunk, which the spec links to no operation: the
	 * component {@code XStreamResponse} when the response is {@code XResponse} and it
	 * exists ({@code CreateChatCompletionStreamResponse}), else the response itself
	 * (legacy completions stream {@code CreateCompletionResponse}s).
	 */
	private JsonNode chunkSchema(Operation operation) {
		JsonNode schema = operation.responseSchema();
		String ref = (schema != null) ? schema.path("$ref").asString("") : "";
		String name = ref.substring(ref.lastIndexOf('/') + 1);
		if (name.endsWith("Response")) {
			JsonNode streamed = this.spec.componentSchema(name.replaceFirst("Response$", "StreamResponse"));
			if (streamed != null) {
				return streamed;
			}
		}
		return schema;
	}

	private static void send(HttpExchange http, int status, String contentType, byte[] body) throws IOException {
		http.getResponseHeaders().set("Content-Type", contentType);
		http.sendResponseHeaders(status, body.length);
		try (OutputStream out = http.getResponseBody()) {
			out.write(body);
		}
	}

	/**
	 * One request the server received.
	 *
	 * @param operationId the operation found for it, {@code ?} if none
	 * @param method its method
	 * @param path its raw path
	 * @param violations how it broke the spec
	 * @param allowed the undeclared members or parts the allow-list admitted
	 * @param specDefects requirements of the spec the request could not meet, since no
	 * request can
	 * @param query its raw query, or {@code null}
	 * @param body its JSON body, or {@code null} when it had none or not JSON
	 * @param answer the JSON value the server answered with, or {@code null}
	 */
	record Exchange(String operationId, String method, String path, List<Violation> violations,
			List<Violation> allowed, List<Violation> specDefects, @Nullable String query, @Nullable JsonNode body,
			@Nullable JsonNode answer) {

		static Exchange of(String operationId, String method, String path, Report report) {
			return new Exchange(operationId, method, path, List.copyOf(report.violations()),
					List.copyOf(report.allowed()), List.copyOf(report.specDefects()), null, null, null);
		}

		Exchange with(@Nullable String query, @Nullable JsonNode body, @Nullable JsonNode answer) {
			return new Exchange(this.operationId, this.method, this.path, this.violations, this.allowed,
					this.specDefects, query, body, answer);
		}

	}

}
