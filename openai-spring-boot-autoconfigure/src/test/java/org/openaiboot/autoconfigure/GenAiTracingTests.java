package org.openaiboot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.observation.GenAiClientObservationConvention;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The span of a call, as Micrometer Tracing's OpenTelemetry bridge makes it from the
 * observation named by {@link GenAiClientObservationConvention}: its name and
 * attributes, the HTTP client span of each attempt as its children, and a stream's span
 * ending with the stream.
 */
@Timeout(60)
class GenAiTracingTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String STREAM = """
			data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-2024-08-06",\
			"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}

			data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-2024-08-06",\
			"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":1,"total_tokens":8}}

			data: [DONE]

			""";

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
		.addSpanProcessor(SimpleSpanProcessor.create(this.spans))
		.build();

	private final OpenAIChatClient chat = new OpenAIChatClient(transport(tracedRegistry()));

	@AfterEach
	void closeTracerProvider() {
		this.tracerProvider.close();
	}

	@Test
	void aCallIsOneSpanNamedAfterItsOperationAndModelWithTheHttpSpanAsItsChild() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(GenAiMetricsTests.COMPLETION)));
		this.chat.createChatCompletion(chat());
		SpanData call = span("chat gpt-4o");
		assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name"))).isEqualTo("chat");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("openai");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo("gpt-4o");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.response.model")))
			.isEqualTo("gpt-4o-2024-08-06");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("localhost");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("server.port")))
			.isEqualTo(String.valueOf(server.getPort()));
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.usage.input_tokens"))).isEqualTo("7");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.usage.output_tokens"))).isEqualTo("3");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
		assertThat(childrenOf(call)).singleElement()
			.satisfies((http) -> assertThat(http.getAttributes().get(AttributeKey.stringKey("status")))
				.isEqualTo("200"));
	}

	@Test
	void eachAttemptOfARetriedCallIsAChildSpan() {
		server.stubFor(post("/v1/chat/completions").inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		server.stubFor(post("/v1/chat/completions").inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(GenAiMetricsTests.COMPLETION)));
		this.chat.createChatCompletion(chat());
		assertThat(childrenOf(span("chat gpt-4o")))
			.extracting((http) -> http.getAttributes().get(AttributeKey.stringKey("status")))
			.containsExactlyInAnyOrder("503", "200");
	}

	@Test
	void aStreamsSpanEndsWithTheStreamAndShowsItsFirstChunk() {
		server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
		try (Stream<CreateChatCompletionStreamResponse> chunks = this.chat.createChatCompletionStream(chat())) {
			assertThat(chunks.iterator().next().model()).isEqualTo("gpt-4o-2024-08-06");
			assertThat(finished("chat gpt-4o")).as("the span of a stream still open").isEmpty();
		}
		SpanData call = span("chat gpt-4o");
		assertThat(call.getEvents()).extracting(EventData::getName).contains("first chunk");
		assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.response.model")))
			.isEqualTo("gpt-4o-2024-08-06");
	}

	private List<SpanData> finished(String name) {
		return this.spans.getFinishedSpanItems().stream().filter((span) -> span.getName().equals(name)).toList();
	}

	private SpanData span(String name) {
		return assertThat(finished(name)).singleElement().actual();
	}

	private List<SpanData> childrenOf(SpanData parent) {
		return this.spans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getParentSpanId().equals(parent.getSpanId()))
			.toList();
	}

	private ObservationRegistry tracedRegistry() {
		io.opentelemetry.api.trace.Tracer otelTracer = this.tracerProvider.get("test");
		OtelCurrentTraceContext current = new OtelCurrentTraceContext();
		OtelTracer tracer = new OtelTracer(otelTracer, current, (event) -> {
		}, new OtelBaggageManager(current, List.of(), List.of()));
		OtelPropagator propagator = new OtelPropagator(
				ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otelTracer);
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
					new DefaultTracingObservationHandler(tracer)));
		return registry;
	}

	private static OpenAITransport transport(ObservationRegistry registry) {
		return OpenAITransport.builder()
			.baseUrl(server.baseUrl() + "/v1")
			.apiKey("test-key")
			// the JDK engine: Apache's repeats a 503 on its own, out of sight of the observations
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.requestFactory(new JdkClientHttpRequestFactory())
			.retry(new RetrySettings(true, 2, Duration.ofMillis(1), Duration.ofMillis(1), 1.0, Duration.ZERO))
			.observationRegistry(registry)
			.observationConvention(new GenAiClientObservationConvention())
			.build();
	}

	private static CreateChatCompletionRequest chat() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o")
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
	}

}
