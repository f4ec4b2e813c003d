package org.openaiboot.client.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.autoconfigure.OpenAIAutoConfiguration;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.conformance.BodySynthesizer.Shape;
import org.openaiboot.client.conformance.OpenApiSpec.Operation;
import org.openaiboot.client.conformance.SpecServer.Exchange;
import org.openaiboot.client.conformance.TodaysSpecOperations.TodaysCall;
import org.openaiboot.client.conformance.Violation.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the operations the starter added from today's spec (2.3.0) against it: the 15 of
 * the Responses and Conversations APIs, the 5 of stored chat completions, the 9 of
 * containers, the 16 of vector stores, the 4 of batches and the 4 of uploads. Each
 * is called through the auto-configured beans with request bodies and
 * parameters synthesized from the spec by {@link BodySynthesizer}, in both of its
 * {@link Shape shapes} (only the required members; every member, once per variant of the
 * unions met), and must be accepted by a {@link SpecServer} holding it to that spec.
 * <p>
 * The synthesized JSON is read into the request models with the transport's mapper, so
 * the call proves the models and the client carry every member: the server validates
 * what it received, and the test holds it to be what was synthesized, member by member
 * ({@link Kind#NOT_AS_BUILT}). The server answers with a 200 response synthesized in the
 * same shape; the client must read it into the documented type with every member intact
 * ({@link Kind#NOT_AS_ANSWERED}), its {@code id} included. A union value a model reads
 * as its {@code Unknown} variant is a violation too ({@link Kind#UNKNOWN_VARIANT}).
 * <p>
 * Printed with the summary, apart from the violations: the query parameters of the spec
 * a method has no way to send (each row names them, with why), and the requirements of
 * the spec no request can meet (a member required but neither declared nor admitted).
 */
@Timeout(120)
class TodaysSpecOperationConformanceTests {

	private static final Path SPEC_FILE = Path.of("../openai-models-generator/src/main/spec/openai-openapi-2.3.0.yaml");

	/**
	 * Findings known and explained: reported with the summary, but not failing the test.
	 * <p>
	 * One: the API gives one {@code type}, {@code message}, to the input message records
	 * and to the assistant's {@code OutputMessage}; an item list reads every message as
	 * the input record ({@code models.yaml} {@code shared-values:}), so the
	 * {@code output_text} and {@code refusal} parts of an assistant message read back from
	 * JSON (an input list, a conversation's items, a response's instructions) are kept as
	 * {@code Unknown} content parts: written back unchanged, but not typed. Sent as built,
	 * an {@code OutputMessage} is written as itself.
	 */
	private static final Predicate<Violation> KNOWN_FINDING = (violation) -> violation.kind() == Kind.UNKNOWN_VARIANT
			&& (violation.detail().contains("type=output_text") || violation.detail().contains("type=refusal"));

	private static final List<TodaysCall> OPERATIONS = TodaysSpecOperations.all();

	private static final JsonMapper MAPPER = OpenAITransport.createJsonMapper();

	private static final Map<String, Integer> bodiesSent = new TreeMap<>();

	private static final List<String> passed = new ArrayList<>();

	private static final List<Violation> violations = new ArrayList<>();

	private static final List<Violation> known = new ArrayList<>();

	private static final List<String> unsent = new ArrayList<>();

	private static final Set<String> specDefects = new LinkedHashSet<>();

	private static int valuesSentAsBuilt;

	private static int valuesReadAsAnswered;

	private static OpenApiSpec spec;

	private static SpecServer server;

	private static volatile BodySynthesizer answers;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	@BeforeAll
	static void startServer() throws IOException {
		spec = OpenApiSpec.read(SPEC_FILE);
		answers = new BodySynthesizer(spec, Shape.EVERY_MEMBER, 0);
		server = SpecServer.start(spec, Set.of(), (schema) -> answers.synthesize(schema, "answer"));
	}

	@AfterAll
	static void summarizeAndStopServer() {
		try {
			System.out.println("TodaysSpecOperationConformanceTests: " + passed.size() + "/" + OPERATIONS.size() * 2
					+ " operation shapes of spec " + spec.version() + " through the beans, "
					+ bodiesSent.values().stream().mapToInt(Integer::intValue).sum() + " requests, "
					+ violations.size() + " violations, " + known.size() + " known findings; " + valuesSentAsBuilt
					+ " values of the bodies sent as built, " + valuesReadAsAnswered
					+ " values of the answers read back");
			bodiesSent.forEach((operation, count) -> System.out.println("  requests of " + operation + ": " + count));
			violations.forEach((violation) -> System.out.println("  violation: " + violation));
			known.stream()
				.map((violation) -> violation.operationId() + " " + violation.where())
				.distinct()
				.forEach((where) -> System.out.println("  known finding (assistant message parts read as Unknown): "
						+ where));
			unsent.forEach((parameter) -> System.out.println("  parameter the client cannot send: " + parameter));
			specDefects.forEach((defect) -> System.out.println("  defect of the spec: " + defect));
		}
		finally {
			if (server != null) {
				server.close();
			}
		}
	}

	@Test
	void tableHasEachOperationOnce() {
		assertThat(OPERATIONS).extracting(TodaysCall::operationId)
			.hasSize(53)
			.doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(spec.operationIds()).contains(id));
	}

	@TestFactory
	Stream<DynamicTest> everyOperationInBothShapesThroughTheBeans() {
		return OPERATIONS.stream()
			.flatMap((call) -> Stream.of(Shape.REQUIRED_MEMBERS, Shape.EVERY_MEMBER)
				.map((shape) -> DynamicTest.dynamicTest(call.operationId() + " (" + shape + ")",
						() -> check(call, shape))));
	}

	private void check(TodaysCall call, Shape shape) {
		List<Violation> found = new ArrayList<>();
		int[] variants = new int[1];
		this.contextRunner
			.withPropertyValues("openai.api-key=test-key", "openai.base-url=" + server.baseUrl(),
					"openai.retry.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				variants[0] = callEachVariant(context, call, shape, found);
			});
		bodiesSent.merge(call.operationId(), variants[0], Integer::sum);
		for (Violation violation : found) {
			(KNOWN_FINDING.test(violation) ? known : violations).add(violation);
		}
		assertThat(found).as("violations of " + call.operationId() + " (" + shape + ")")
			.filteredOn(KNOWN_FINDING.negate())
			.isEmpty();
		passed.add(call.operationId() + " " + shape);
	}

	/**
	 * Call the operation once per variant, until every union met in the requests and
	 * answers was walked: in {@link Shape#REQUIRED_MEMBERS} the unions of the required
	 * members, in {@link Shape#EVERY_MEMBER} those of all members.
	 * @return the number of calls
	 */
	private static int callEachVariant(ApplicationContext context, TodaysCall call, Shape shape,
			List<Violation> found) {
		Operation operation = operation(call.operationId());
		int variants = 1;
		for (int variant = 0; variant < variants; variant++) {
			BodySynthesizer synthesizer = new BodySynthesizer(spec, shape, variant);
			JsonNode body = (operation.requestSchema() != null)
					? synthesizer.synthesize(operation.requestSchema(), "body") : null;
			if (body instanceof ObjectNode object) {
				call.fixedMembers().forEach((name, value) -> {
					if (value == TodaysSpecOperations.LEFT_OUT) {
						object.remove(name);
					}
					else {
						object.replace(name, MAPPER.valueToTree(value));
					}
				});
			}
			Map<String, List<String>> query = query(operation, synthesizer, shape, call);
			Map<String, String> path = new LinkedHashMap<>();
			operation.parameters("path")
				.forEach((parameter) -> path.put(parameter.path("name").asString(),
						synthesizer.synthesize(parameter.get("schema"), parameter.path("name").asString()).asString()));
			assertSynthesizedConforms(operation, body);
			answers = new BodySynthesizer(spec, shape, variant);
			found.addAll(exchange(context, call, new SynthesizedRequest(MAPPER, body, path, query, new ArrayList<>())));
			variants = Math.max(variants, Math.max(synthesizer.widestUnion(), answers.widestUnion()));
		}
		return variants;
	}

	private static List<Violation> exchange(ApplicationContext context, TodaysCall call, SynthesizedRequest request) {
		server.reset();
		Object result = call.invoke().apply(context, request);
		List<Exchange> exchanges = server.exchanges();
		assertThat(exchanges).extracting(Exchange::operationId)
			.as("operations the server saw")
			.containsExactly(call.operationId());
		Exchange exchange = exchanges.get(0);
		exchange.specDefects().forEach((defect) -> specDefects.add(defect.toString()));
		Report report = new Report(call.operationId(), Set.of());
		// a multipart form (a file's part) is held to its schema by the server, part by part
		if (request.body() != null && !isMultipart(call)) {
			JsonNode sent = exchange.body();
			if (sent == null) {
				report.add(Kind.NOT_AS_BUILT, "body", "lost: the client sent no JSON body");
			}
			else {
				valuesSentAsBuilt += JsonDifferences.report(request.body(), sent, "$", Kind.NOT_AS_BUILT, report);
			}
		}
		request.models().forEach((model) -> UnknownVariants.report(model, "$", report));
		compareQuery(request.query(), exchange.query(), report);
		checkAnswer(call, exchange.answer(), result, report);
		List<Violation> found = new ArrayList<>(exchange.violations());
		found.addAll(report.violations());
		return found;
	}

	private static boolean isMultipart(TodaysCall call) {
		String mediaType = operation(call.operationId()).requestMediaType();
		return mediaType != null && mediaType.startsWith("multipart/");
	}

	private static void checkAnswer(TodaysCall call, @Nullable JsonNode answer, @Nullable Object result,
			Report report) {
		if (call.answerType() == Void.class) {
			assertThat(answer).as("answer of " + call.operationId()).isNull();
			return;
		}
		assertThat(result).as("parsed result of " + call.operationId()).isInstanceOf(call.answerType());
		assertThat(answer).as("answer of " + call.operationId()).isNotNull();
		Report synthesized = new Report(call.operationId(), Set.of());
		JsonNode schema = operation(call.operationId()).responseSchema();
		new SchemaValidator(spec).validate(answer, schema, "answer", synthesized);
		assertThat(synthesized.violations()).as("synthesized answer of " + call.operationId()).isEmpty();
		JsonNode read = MAPPER.valueToTree(result);
		if (answer.has("id")) {
			assertThat(read.path("id").asString()).as("id read back").isEqualTo(answer.get("id").asString());
		}
		valuesReadAsAnswered += JsonDifferences.report(answer, read, "answer", Kind.NOT_AS_ANSWERED, report);
		UnknownVariants.report(result, "answer", report);
	}

	private static void compareQuery(Map<String, List<String>> expected, @Nullable String rawQuery, Report report) {
		Map<String, List<String>> sent = SpecServer.queryParameters(rawQuery);
		expected.forEach((name, values) -> {
			if (!values.equals(sent.getOrDefault(name, List.of()))) {
				report.add(Kind.NOT_AS_BUILT, "?" + name, "expected " + values + ", sent " + sent.get(name));
			}
		});
		sent.keySet().stream().filter((name) -> !expected.containsKey(name))
			.forEach((name) -> report.add(Kind.NOT_AS_BUILT, "?" + name, "added: " + sent.get(name)));
	}

	/**
	 * The query parameters to send: the required ones, or in {@link Shape#EVERY_MEMBER}
	 * every one the method can send (the others are noted once, for the summary).
	 */
	private static Map<String, List<String>> query(Operation operation, BodySynthesizer synthesizer, Shape shape,
			TodaysCall call) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (JsonNode parameter : operation.parameters("query")) {
			String name = parameter.path("name").asString();
			if (shape == Shape.REQUIRED_MEMBERS && !parameter.path("required").asBoolean(false)) {
				continue;
			}
			if (call.unsentQuery().containsKey(name)) {
				String note = call.operationId() + " ?" + name + ": " + call.unsentQuery().get(name);
				if (!unsent.contains(note)) {
					unsent.add(note);
				}
				continue;
			}
			JsonNode value = synthesizer.synthesize(parameter.get("schema"), name);
			if (value.isObject()) {
				// the deepObject style: one name[key]=value parameter per member
				value.properties().forEach((member) -> query.put(name + "[" + member.getKey() + "]",
						List.of(member.getValue().asString())));
				continue;
			}
			List<String> values = new ArrayList<>();
			if (value.isArray()) {
				value.forEach((element) -> values.add(element.asString()));
			}
			else {
				values.add(value.asString());
			}
			query.put(name, values);
		}
		return query;
	}

	/**
	 * Hold the synthesizer to the spec before the client is: a body it made that breaks
	 * the schema is its own fault, not the client's.
	 */
	private static void assertSynthesizedConforms(Operation operation, @Nullable JsonNode body) {
		if (body == null) {
			return;
		}
		Report report = new Report(operation.id(), Set.of());
		new SchemaValidator(spec).validate(body, operation.requestSchema(), "$", report);
		assertThat(report.violations()).as("synthesized body of " + operation.id() + " against its schema").isEmpty();
	}

	private static Operation operation(String operationId) {
		return spec.operations()
			.stream()
			.filter((operation) -> operation.id().equals(operationId))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No operation " + operationId + " in spec " + spec.version()));
	}

}
