package org.openaiboot.client.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.autoconfigure.OpenAIAutoConfiguration;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAICompletionsClient;
import org.openaiboot.client.conformance.SpecOperations.Call;
import org.openaiboot.client.conformance.SpecServer.Exchange;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that each of the 51 operations of the OpenAI spec 2.0.0 works through the
 * auto-configured beans against a server that holds every request to that spec.
 * <p>
 * The {@link SpecServer} reads the spec the models were generated from, finds each
 * request's operation by method and path template, checks its parameters and body
 * against the operation's schemas, and answers with the smallest response the 200
 * response's schema allows. Each operation is called once, with a minimal valid request
 * built with the models' builders, on a context of {@link OpenAIAutoConfiguration} and
 * Boot's HTTP client auto-configurations; it must return a parsed value, reach exactly
 * that operation, and break no rule of the spec.
 * <p>
 * Two kinds of finding are kept apart from the violations and printed with the summary:
 * undeclared members the {@link #TODAYS_API_MEMBERS} allow-list admits, and requirements
 * of the spec itself that no request can meet (2.0.0 requires a {@code thread_id} member
 * that {@code CreateRunRequest} and {@code CreateThreadAndRunRequest} neither declare nor
 * admit; 2.3.0 dropped the requirement).
 */
@Timeout(60)
class SpecOperationConformanceTests {

	private static final Path SPEC_FILE = Path.of("../openai-models-generator/src/main/spec/openai-openapi-2.0.0.yaml");

	/**
	 * Members the client sends that the 2.0.0 spec does not declare because today's API
	 * added them (the starter targets today's API), keyed by operationId and place in the
	 * body. Only undeclared members and form parts can be admitted here, never a wrong
	 * type or a missing required member.
	 */
	private static final Set<String> TODAYS_API_MEMBERS = Set.of();

	private static final List<Call> OPERATIONS = SpecOperations.all();

	private static final List<String> passed = new ArrayList<>();

	private static final List<Violation> violations = new ArrayList<>();

	private static final List<Violation> allowed = new ArrayList<>();

	private static final List<Violation> specDefects = new ArrayList<>();

	private static OpenApiSpec spec;

	private static SpecServer server;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	@BeforeAll
	static void startServer() throws IOException {
		spec = OpenApiSpec.read(SPEC_FILE);
		server = SpecServer.start(spec, TODAYS_API_MEMBERS);
	}

	@AfterAll
	static void summarizeAndStopServer() {
		try {
			String summary = "SpecOperationConformanceTests: " + passed.size() + "/" + spec.operationIds().size()
					+ " operations of spec " + spec.version() + " through the beans, " + violations.size()
					+ " violations";
			if (!allowed.isEmpty()) {
				summary += ", " + allowed.size() + " undeclared members admitted as today's API";
			}
			if (!specDefects.isEmpty()) {
				summary += ", " + specDefects.size() + " requirements of the spec no request can meet";
			}
			System.out.println(summary);
			violations.forEach((violation) -> System.out.println("  violation: " + violation));
			allowed.forEach((violation) -> System.out.println("  admitted as today's API: " + violation));
			specDefects.forEach((defect) -> System.out.println("  defect of the spec: " + defect));
			assertThat(OPERATIONS).extracting(Call::operationId)
				.as("operations of the table")
				.containsExactlyInAnyOrderElementsOf(spec.operationIds());
		}
		finally {
			if (server != null) {
				server.close();
			}
		}
	}

	@Test
	void tableHasEveryOperationOfTheSpecOnce() {
		assertThat(spec.operationIds()).hasSize(51);
		assertThat(OPERATIONS).extracting(Call::operationId)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(spec.operationIds());
	}

	@TestFactory
	Stream<DynamicTest> everyOperationWorksThroughTheBeans() {
		return OPERATIONS.stream().map((call) -> DynamicTest.dynamicTest(call.operationId(), () -> check(call)));
	}

	@Test
	void chatCompletionStreamIsSpecConforming() {
		server.reset();
		run((context) -> {
			try (Stream<?> chunks = context.getBean(OpenAIChatClient.class)
				.createChatCompletionStream(SpecOperations.chat())) {
				assertThat(chunks.toList()).hasSize(1).doesNotContainNull();
			}
		});
		assertOneConformingExchange("createChatCompletion");
	}

	@Test
	void completionStreamIsSpecConforming() {
		server.reset();
		run((context) -> {
			try (Stream<?> chunks = context.getBean(OpenAICompletionsClient.class)
				.createCompletionStream(SpecOperations.completion())) {
				assertThat(chunks.toList()).hasSize(1).doesNotContainNull();
			}
		});
		assertOneConformingExchange("createCompletion");
	}

	@Test
	void serverReportsWhatTheSpecForbids() throws IOException {
		server.reset();
		send("POST", "/chat/completions", "application/json", """
				{"model":"gpt-4","temperature":"hot","n":1.5,"bogus":true,
				 "messages":[{"role":"robot","content":"Hi"}],"response_format":{"type":"xml"}}
				""");
		send("POST", "/audio/transcriptions?x=1", "multipart/form-data; boundary=b",
				"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n"
						+ "--b\r\nContent-Disposition: form-data; name=\"timestamp_granularities[]\"\r\n\r\nhour\r\n"
						+ "--b\r\nContent-Disposition: form-data; name=\"colour\"\r\n\r\nred\r\n--b--\r\n");
		send("GET", "/threads//runs", null, null);
		assertThat(server.exchanges()).flatExtracting(Exchange::violations)
			.extracting((violation) -> violation.kind() + " " + violation.where())
			.contains("WRONG_TYPE $.temperature", "WRONG_TYPE $.n", "UNDECLARED_MEMBER $.bogus",
					"NO_MATCHING_VARIANT $.messages[0]", "NOT_IN_ENUM $.response_format.type", "MISSING_PART part file",
					"NOT_IN_ENUM part timestamp_granularities[]", "UNDECLARED_PART part colour",
					"QUERY_PARAMETER ?x", "PATH_PARAMETER {thread_id}");
	}

	private void check(Call call) {
		server.reset();
		try {
			run((context) -> {
				Object result = call.invoke().apply(context);
				assertThat(result).as("parsed result of " + call.operationId()).isNotNull();
				if (result instanceof Collection<?> items) {
					assertThat(items).as("items of the page").isNotEmpty().doesNotContainNull();
				}
				if (result instanceof byte[] bytes) {
					assertThat(bytes).as("bytes of the download").isNotEmpty();
				}
			});
		}
		finally {
			server.exchanges().forEach((exchange) -> {
				violations.addAll(exchange.violations());
				allowed.addAll(exchange.allowed());
				specDefects.addAll(exchange.specDefects());
			});
		}
		assertOneConformingExchange(call.operationId());
		passed.add(call.operationId());
	}

	private void run(ContextCheck check) {
		this.contextRunner
			.withPropertyValues("openai.api-key=test-key", "openai.base-url=" + server.baseUrl(),
					"openai.retry.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				check.accept(context);
			});
	}

	private static void assertOneConformingExchange(String operationId) {
		List<Exchange> exchanges = server.exchanges();
		assertThat(exchanges).extracting(Exchange::operationId)
			.as("operations the server saw")
			.containsExactly(operationId);
		assertThat(exchanges.get(0).violations()).as("violations of " + operationId).isEmpty();
	}

	private static void send(String method, String path, @Nullable String contentType, @Nullable String body)
			throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(server.baseUrl() + path).toURL().openConnection();
		try {
			connection.setRequestMethod(method);
			connection.setConnectTimeout(5000);
			connection.setReadTimeout(5000);
			if (body != null) {
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", contentType);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(body.getBytes(StandardCharsets.UTF_8));
				}
			}
			connection.getResponseCode();
		}
		finally {
			connection.disconnect();
		}
	}

	@FunctionalInterface
	interface ContextCheck {

		void accept(ApplicationContext context) throws Exception;

	}

}
