package com.example.uncovered;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.autoconfigure.OpenAIAutoConfiguration;
import org.openaiboot.autoconfigure.OpenAITransportFactory;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.OpenAIClient;
import org.openaiboot.client.OpenAIResourceClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.stream.StreamEnd;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A client written outside the library, for endpoints it does not cover, on its public
 * call API: it gets the resource's settings, the API key, retries, metrics, typed errors
 * and Server-Sent Events as the library's own clients do.
 */
@Timeout(30)
class UncoveredEndpointTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String BATCH = """
			{"id":"batch_abc123","object":"batch","endpoint":"/v1/chat/completions","errors":null,
			 "input_file_id":"file-abc123","completion_window":"24h","status":"completed","created_at":1711471533}""";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withBean(BatchesClient.class)
		.withPropertyValues("openai.api-key=test-key", "openai.base-url=" + server.baseUrl() + "/v1",
				"openai.retry.initial-backoff=1ms");

	@Test
	void callsAnEndpointWithTheResourcesSettingsRetriesAndMetrics() {
		server.stubFor(get("/v1/batches/batch_abc123").inScenario("busy")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("free"));
		server.stubFor(get("/v1/batches/batch_abc123").inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(BATCH)));
		this.contextRunner.withPropertyValues("openai.resources.batches.api-key=batches-key").run((context) -> {
			Batch batch = context.getBean(OpenAIClient.class).get(BatchesClient.class).retrieveBatch("batch_abc123");
			assertThat(batch.id()).isEqualTo("batch_abc123");
			assertThat(batch.status()).isEqualTo(Batch.Status.COMPLETED);
			server.verify(2, getRequestedFor(urlEqualTo("/v1/batches/batch_abc123")).withHeader("Authorization",
					equalTo("Bearer batches-key")));
			assertThat(context.getBean(SimpleMeterRegistry.class)
				.get("openai.client.retries")
				.tag("openai.operation", "retrieveBatch")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void failsWithTheTypedErrorOfTheStatus() {
		server.stubFor(get("/v1/batches/batch_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_123")
			.withBody("{\"error\":{\"message\":\"No batch found\",\"type\":\"invalid_request_error\","
					+ "\"param\":null,\"code\":null}}")));
		this.contextRunner.run((context) -> assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> context.getBean(BatchesClient.class).retrieveBatch("batch_missing"))
			.satisfies((ex) -> assertThat(ex.getRequestId()).isEqualTo("req_123"))
			.withMessageContaining("No batch found"));
	}

	@Test
	void aResponsesStyleStreamWithoutDoneEndsCleanly() {
		server.stubFor(post("/v1/responses").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("""
					event: response.output_text.delta
					data: {"type":"response.output_text.delta","sequence_number":1,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi"}

					event: response.completed
					data: {"type":"response.completed","sequence_number":2,"response":{"id":"resp_1","object":"response","status":"completed"}}

					""")));
		this.contextRunner.run((context) -> {
			List<ResponseStreamEvent> events;
			try (Stream<ResponseStreamEvent> stream = context.getBean(BatchesClient.class).streamResponse("Hi")) {
				events = stream.toList();
			}
			assertThat(events).hasSize(2).last().isInstanceOf(ResponseCompletedEvent.class);
		});
	}

	/**
	 * What an application writes for endpoints the library does not cover yet: one bean,
	 * on the transport of its own resource.
	 */
	static class BatchesClient implements OpenAIResourceClient {

		private final OpenAITransport transport;

		BatchesClient(OpenAITransportFactory transports) {
			this.transport = transports.create(resourceName());
		}

		Batch retrieveBatch(String batchId) {
			return this.transport.execute(
					ApiCall.of("retrieveBatch", HttpMethod.GET, "/batches/{batch_id}").pathVariable("batch_id", batchId),
					Batch.class);
		}

		Stream<ResponseStreamEvent> streamResponse(String input) {
			ApiCall call = ApiCall.post("createResponse", "/responses",
					Map.of("model", "gpt-5.4", "input", input, "stream", true), "gpt-5.4");
			return this.transport.stream(call, ResponseStreamEvent.class, StreamEnd.RESPONSE);
		}

		@Override
		public String resourceName() {
			return "batches";
		}

	}

}
