package org.openaiboot.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.OpenAIResponseException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.transport.DefaultRequestFactory;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults of the network and of the server, each with its exact outcome.
 */
@Timeout(60)
class OpenAITransportFaultTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final RetrySettings FAST_RETRIES = new RetrySettings(true, 3, Duration.ofMillis(5),
			Duration.ofMillis(20), 2.0, Duration.ofSeconds(1));

	private OpenAIChatClient client(Duration readTimeout) {
		return new OpenAIChatClient(OpenAITransport.builder()
			.baseUrl(server.baseUrl() + "/v1")
			.apiKey("test-key")
			.readTimeout(readTimeout)
			.retry(FAST_RETRIES)
			.build());
	}

	private static final String CHAT_COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4",
			 "choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}]}
			""";

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4")
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

	@Test
	void connectionRefusedIsRetriedThenReported() {
		OpenAIChatClient client = new OpenAIChatClient(
				OpenAITransport.builder().baseUrl("http://127.0.0.1:1/v1").retry(FAST_RETRIES).build());
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> client.createChatCompletion(request()))
			.isNotInstanceOf(OpenAITimeoutException.class)
			.withMessageContaining("could not be reached");
	}

	@Test
	void resetBeforeAnyResponseIsRetried() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> client(Duration.ofSeconds(5)).createChatCompletion(request()));
		server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void resetInTheMiddleOfTheBodyIsAConnectionError() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> client(Duration.ofSeconds(5)).createChatCompletion(request()));
		// the server answered, so the call may have been done and billed: not sent again
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void everyAttemptPassesThroughTheApplicationsInterceptorsAndHttpObservation() {
		server.stubFor(post("/v1/chat/completions").inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/chat/completions").inScenario("busy")
			.whenScenarioStateIs("ok")
			.willReturn(RecordingTransport.okJson(CHAT_COMPLETION)));
		RecordingTransport recording = new RecordingTransport();
		AtomicInteger intercepted = new AtomicInteger();
		RestClient.Builder applicationBuilder = RestClient.builder()
			.requestFactory(DefaultRequestFactory.create(Duration.ofSeconds(1), Duration.ofSeconds(5),
					ConnectionPoolSettings.DEFAULTS, ResponseLimits.DEFAULTS))
			.observationRegistry(recording.observationRegistry)
			.requestInterceptor((request, body, execution) -> {
				intercepted.incrementAndGet();
				return execution.execute(request, body);
			});
		OpenAIChatClient client = recording.builder(server.baseUrl())
			.retry(FAST_RETRIES)
			.restClientBuilder(applicationBuilder)
			.build(OpenAIChatClient::new);
		assertThat(client.createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
		assertThat(intercepted).hasValue(2);
		assertThat(recording.meterRegistry.get("http.client.requests").timers())
			.extracting((timer) -> timer.getId().getTag("status") + " x" + timer.count())
			.containsExactlyInAnyOrder("503 x1", "200 x1");
		assertThat(recording.meterRegistry.get("openai.client.requests").timer().count()).isEqualTo(1);
	}

	@Test
	void serverThatNeverAnswersTimesOutOnceWithoutRetries() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200).withFixedDelay(20_000)));
		assertThatExceptionOfType(OpenAITimeoutException.class)
			.isThrownBy(() -> client(Duration.ofMillis(500)).createChatCompletion(request()))
			.withMessageContaining("timed out");
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void proxyHtmlPageGivesStatusRequestIdAndStartOfBody() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withHeader("x-request-id", "req-proxy")
			.withBody("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>")));
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> client(Duration.ofSeconds(5)).createChatCompletion(request()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(502);
				assertThat(ex.getRequestId()).isEqualTo("req-proxy");
				assertThat(ex.getErrorMessage()).startsWith("HTTP 502: <html> <head><title>502 Bad Gateway");
				assertThat(ex.getMessage()).contains("502", "req-proxy", "Bad Gateway");
			});
		server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void malformedAndEmptySuccessBodiesNameStatusAndRequestId() {
		server.stubFor(post("/v1/chat/completions").willReturn(
				aResponse().withStatus(200).withHeader("x-request-id", "req-bad").withBody("{\"id\":\"x\",\"choices\":[")));
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> client(Duration.ofSeconds(5)).createChatCompletion(request()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(200);
				assertThat(ex.getRequestId()).isEqualTo("req-bad");
				assertThat(ex.getBodyStart()).isEqualTo("{\"id\":\"x\",\"choices\":[");
			});
		server.resetAll();
		server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withStatus(200).withHeader("x-request-id", "req-empty")));
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> client(Duration.ofSeconds(5)).createChatCompletion(request()))
			.withMessageContaining("empty")
			.withMessageContaining("req-empty");
	}

}
