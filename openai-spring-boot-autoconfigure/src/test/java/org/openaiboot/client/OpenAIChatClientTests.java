package org.openaiboot.client;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openaiboot.client.error.AuthenticationException;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.client.error.ConflictException;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.OpenAIResponseException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.error.PermissionDeniedException;
import org.openaiboot.client.error.RateLimitException;
import org.openaiboot.client.error.UnprocessableEntityException;
import org.openaiboot.models.chat.ChatCompletionMessageToolCall;
import org.openaiboot.models.chat.ChatCompletionRequestSystemMessage;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatCompletionStreamOptions;
import org.openaiboot.models.chat.ChatModel;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.chat.ServiceTier;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIChatClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4-0613",
			 "system_fingerprint":"fp_1","choices":[{"index":0,"message":{"role":"assistant","content":"Hello there"},
			 "logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}
			""";

	static final String ERROR = """
			{"error":{"message":"Bad temperature","type":"invalid_request_error","param":"temperature","code":"bad_value"}}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private OpenAITransportBuilder transport() {
		return this.recording.builder(server.baseUrl())
			.apiKey("test-key-not-real")
			.retry(RecordingTransport.FAST_RETRIES);
	}

	private OpenAIChatClient client() {
		return new OpenAIChatClient(transport().build());
	}

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4)
			.messages(ChatCompletionRequestSystemMessage.of("Be brief."), ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

	@Test
	void sendsHeadersAndSnakeCaseBodyWithoutAbsentFields() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		OpenAIChatClient client = new OpenAIChatClient(transport().organization("org-1")
			.project("proj-1")
			.header("X-Extra", "yes")
			.build());
		client.createChatCompletion(request().toBuilder().maxTokens(5).topP(0.5).build());
		server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer test-key-not-real"))
			.withHeader("OpenAI-Organization", equalTo("org-1"))
			.withHeader("OpenAI-Project", equalTo("proj-1"))
			.withHeader("X-Extra", equalTo("yes"))
			.withHeader("User-Agent", matching("openai-spring-boot/\\S+ Java/\\d+"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"gpt-4","max_tokens":5,"top_p":0.5,"messages":[
					 {"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}]}
					""")));
	}

	@Test
	void omitsAuthorizationWithoutKey() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		new OpenAIChatClient(transport().apiKey(null).build()).createChatCompletion(request());
		server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", absent()));
	}

	@Test
	void parsesResponse() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		CreateChatCompletionResponse response = client().createChatCompletion(request());
		assertThat(response.id()).isEqualTo("chatcmpl-1");
		assertThat(response.choices().get(0).message().content()).isEqualTo("Hello there");
		assertThat(response.choices().get(0).finishReason().value()).isEqualTo("stop");
		assertThat(response.usage().totalTokens()).isEqualTo(12);
	}

	@ParameterizedTest
	@CsvSource({ "400, BadRequestException", "401, AuthenticationException", "403, PermissionDeniedException",
			"404, NotFoundException", "409, ConflictException", "422, UnprocessableEntityException",
			"429, RateLimitException", "500, InternalServerException", "503, InternalServerException",
			"418, OpenAIApiException" })
	void mapsErrorStatusToException(int status, String type) {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-42")
			.withHeader("x-should-retry", "false")
			.withBody(ERROR)));
		assertThatExceptionOfType(OpenAIApiException.class).isThrownBy(() -> client().createChatCompletion(request()))
			.satisfies((ex) -> {
				assertThat(ex.getClass().getSimpleName()).isEqualTo(type);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getCode()).isEqualTo("bad_value");
				assertThat(ex.getParam()).isEqualTo("temperature");
				assertThat(ex.getErrorMessage()).isEqualTo("Bad temperature");
				assertThat(ex.getRequestId()).isEqualTo("req-42");
				assertThat(ex.getHeaders().getFirst("x-should-retry")).isEqualTo("false");
				assertThat(ex.getMessage()).contains(String.valueOf(status), "Bad temperature", "req-42");
			});
	}

	@Test
	void htmlErrorPageGivesStatusAndStartOfBody() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withHeader("x-should-retry", "false")
			.withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> client().createChatCompletion(request()))
			.withMessageContaining("502")
			.withMessageContaining("<h1>502 Bad Gateway</h1>")
			.satisfies((ex) -> assertThat(ex.getType()).isNull());
	}

	@Test
	void malformedSuccessBodyGivesResponseException() {
		server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withStatus(200).withHeader("x-request-id", "req-7").withBody("{\"id\": oops")));
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> client().createChatCompletion(request()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(200);
				assertThat(ex.getRequestId()).isEqualTo("req-7");
				assertThat(ex.getBodyStart()).isEqualTo("{\"id\": oops");
			});
	}

	@Test
	void emptySuccessBodyGivesResponseException() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)));
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> client().createChatCompletion(request()))
			.withMessageContaining("empty");
	}

	private static void rateLimitedOnceThen(String retryAfterMillis, ResponseDefinitionBuilder answer) {
		server.stubFor(post("/v1/chat/completions").inScenario("limited")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("retry-after-ms", retryAfterMillis).withBody(ERROR))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/chat/completions").inScenario("limited")
			.whenScenarioStateIs("ok")
			.willReturn(answer));
	}

	@Test
	void retriesRateLimitHonouringRetryAfter() {
		rateLimitedOnceThen("300", okJson(COMPLETION));
		assertThat(client().createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
		List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(requests).hasSize(2);
		long gap = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
		assertThat(gap).isGreaterThanOrEqualTo(290);
		assertThat(this.meterRegistry.get("openai.client.retries").tag("reason", "429").counter().count())
			.isEqualTo(1);
	}

	@Test
	void capsRetryAfter() {
		server.stubFor(post("/v1/chat/completions").inScenario("cap")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("retry-after", "3600"))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/chat/completions").inScenario("cap").whenScenarioStateIs("ok").willReturn(okJson(COMPLETION)));
		OpenAIChatClient client = new OpenAIChatClient(transport()
			.retry(new RetrySettings(true, 3, Duration.ofMillis(10), Duration.ofMillis(50), 2, Duration.ofMillis(50)))
			.build());
		assertThat(client.createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
	}

	@Test
	void exhaustsAttemptsThenThrowsRateLimit() {
		server.stubFor(post("/v1/chat/completions").willReturn(
				aResponse().withStatus(429).withHeader("x-request-id", "req-9").withHeader("retry-after-ms", "1").withBody(ERROR)));
		assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> client().createChatCompletion(request()))
			.satisfies((ex) -> assertThat(ex.getRequestId()).isEqualTo("req-9"));
		server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void doesNotRetryBadRequest() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400).withBody(ERROR)));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().createChatCompletion(request()));
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void shouldRetryFalseStopsRetries() {
		server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withStatus(503).withHeader("x-should-retry", "false").withBody(ERROR)));
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> client().createChatCompletion(request()));
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void shouldRetryTrueRetriesEvenABadRequest() {
		server.stubFor(post("/v1/chat/completions").inScenario("override")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(400).withHeader("x-should-retry", "true").withBody(ERROR))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/chat/completions").inScenario("override").whenScenarioStateIs("ok").willReturn(okJson(COMPLETION)));
		assertThat(client().createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
	}

	@Test
	void retriesConnectionReset() {
		server.stubFor(post("/v1/chat/completions").inScenario("reset")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/chat/completions").inScenario("reset").whenScenarioStateIs("ok").willReturn(okJson(COMPLETION)));
		assertThat(client().createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
	}

	@Test
	void readTimeoutGivesTimeoutException() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION).withFixedDelay(3000)));
		OpenAIChatClient client = new OpenAIChatClient(transport().readTimeout(Duration.ofMillis(300)).build());
		assertThatExceptionOfType(OpenAITimeoutException.class).isThrownBy(() -> client.createChatCompletion(request()));
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void connectionRefusedGivesConnectionException() {
		OpenAIChatClient client = new OpenAIChatClient(transport().baseUrl("http://127.0.0.1:1/v1")
			.retry(RetrySettings.DISABLED)
			.build());
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> client.createChatCompletion(request()));
	}

	@Test
	void recordsObservationAndTokens() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		client().createChatCompletion(request());
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createChatCompletion")
			.tag("openai.model", "gpt-4")
			.tag("outcome", "SUCCESS")
			.tag("status", "200")
			.tag("exception", "none")
			.tag("stream", "false")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meterRegistry.get("openai.client.tokens").tag("type", "prompt").counter().count()).isEqualTo(9);
		assertThat(this.meterRegistry.get("openai.client.tokens").tag("type", "completion").counter().count())
			.isEqualTo(3);
	}

	@Test
	void recordsFailedObservation() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400).withBody(ERROR)));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().createChatCompletion(request()));
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("outcome", "CLIENT_ERROR")
			.tag("status", "400")
			.tag("exception", "BadRequestException")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void worksWithoutAnyRegistry() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		OpenAIChatClient client = new OpenAIChatClient(
				OpenAITransport.builder().baseUrl(server.baseUrl() + "/v1").apiKey("k").build());
		assertThat(client.createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
	}

	@Test
	void streamsChunksAndAccumulates() {
		server.stubFor(post("/v1/chat/completions").withRequestBody(matching(".*\"stream\":true.*"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody("""
					: keep-alive

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

					data:{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\\"ci"}}]},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\\":\\"Paris\\"}"}}]},"finish_reason":"tool_calls"}]}

					data: [DONE]

					""")));
		ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			chunks.forEach(accumulator::accumulate);
		}
		CreateChatCompletionResponse result = accumulator.result();
		assertThat(result.choices().get(0).message().content()).isEqualTo("Hello");
		assertThat(result.choices().get(0).message().role()).isEqualTo("assistant");
		assertThat(result.choices().get(0).finishReason().value()).isEqualTo("tool_calls");
		assertThat(result.choices().get(0).message().toolCalls().get(0))
			.isInstanceOfSatisfying(ChatCompletionMessageToolCall.class, (call) -> {
				assertThat(call.function().arguments()).isEqualTo("{\"city\":\"Paris\"}");
				assertThat(call.id()).isEqualTo("call_1");
			});
		assertThat(this.meterRegistry.get("openai.client.requests").tag("stream", "true").timer().count()).isEqualTo(1);
		assertThat(this.meterRegistry.get("openai.client.stream.first-chunk").timer().count()).isEqualTo(1);
	}

	@Test
	void streamUsageChunkFeedsTheTokenMetricAndTheAccumulator() {
		server.stubFor(post("/v1/chat/completions").withRequestBody(matching(".*\"stream\":true.*"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","service_tier":"default","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}],"usage":null}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","service_tier":"default","choices":[{"index":0,"delta":{"refusal":"I can't"},"finish_reason":null}],"usage":null}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","service_tier":"default","choices":[{"index":0,"delta":{"refusal":" help."},"finish_reason":"stop"}],"usage":null}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","service_tier":"default","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13,"prompt_tokens_details":{"cached_tokens":0}}}

					data: [DONE]

					""")));
		CreateChatCompletionRequest request = request().toBuilder().streamOptions(ChatCompletionStreamOptions.of(true)).build();
		ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request)) {
			chunks.forEach(accumulator::accumulate);
		}
		server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(
				equalToJson("{\"stream\":true,\"stream_options\":{\"include_usage\":true}}", true, true)));
		assertThat(streamTokens("prompt")).isEqualTo(9);
		assertThat(streamTokens("completion")).isEqualTo(4);
		CreateChatCompletionResponse result = accumulator.result();
		assertThat(result.usage()).isNotNull();
		assertThat(result.usage().totalTokens()).isEqualTo(13);
		assertThat(result.usage().promptTokensDetails().cachedTokens()).isZero();
		assertThat(result.serviceTier()).isEqualTo(ServiceTier.DEFAULT);
		assertThat(result.choices()).singleElement().satisfies((choice) -> {
			assertThat(choice.message().content()).isEqualTo("Hi");
			assertThat(choice.message().refusal()).isEqualTo("I can't help.");
		});
	}

	private double streamTokens(String type) {
		return this.meterRegistry.get("openai.client.tokens")
			.tag("type", type)
			.tag("openai.operation", "createChatCompletion")
			.tag("openai.model", "gpt-4")
			.counter()
			.count();
	}

	@Test
	void streamCutBeforeDoneThrows() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4\",\"choices\":[]}\n\n")));
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			assertThatExceptionOfType(OpenAIConnectionException.class).isThrownBy(chunks::toList)
				.withMessageContaining("[DONE]");
		}
	}

	@Test
	void errorEventMidStreamThrows() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4\",\"choices\":[]}\n\n"
					+ "data: " + ERROR.strip() + "\n\n")));
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			assertThatExceptionOfType(OpenAIApiException.class).isThrownBy(chunks::toList)
				.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("Bad temperature"));
		}
	}

	@Test
	void errorMemberAfterOtherMembersMidStreamThrows() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"error\":{\"message\":\"Overloaded\","
					+ "\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n")));
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			assertThatExceptionOfType(OpenAIApiException.class).isThrownBy(chunks::toList)
				.satisfies((ex) -> {
					assertThat(ex.getErrorMessage()).isEqualTo("Overloaded");
					assertThat(ex.getType()).isEqualTo("server_error");
				});
		}
	}

	@Test
	void quotedErrorInAnAnswerIsJustText() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4\","
					+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"say \\\"error\\\"\"},\"finish_reason\":null}]}\n\n"
					+ "data: [DONE]\n\n")));
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			assertThat(chunks.toList()).singleElement()
				.satisfies((chunk) -> assertThat(chunk.choices().get(0).delta().content()).isEqualTo("say \"error\""));
		}
	}

	@Test
	void unreadableEventMidStreamNamesTheEvent() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withHeader("x-request-id", "req-sse")
			.withBody("data: {\"id\":\"c1\",\"choices\":[\n\n")));
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			assertThatExceptionOfType(OpenAIResponseException.class).isThrownBy(chunks::toList)
				.satisfies((ex) -> {
					assertThat(ex.getRequestId()).isEqualTo("req-sse");
					assertThat(ex.getBodyStart()).isEqualTo("{\"id\":\"c1\",\"choices\":[");
				});
		}
	}

	@Test
	void streamErrorStatusThrowsBeforeReturningStream() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401).withBody(ERROR)));
		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> client().createChatCompletionStream(request()));
	}

	@Test
	void streamIsRetriedWhenTheFirstAnswerIsARateLimit() {
		String chunk = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4\",\"choices\":[]}\n\n";
		rateLimitedOnceThen("5",
				aResponse().withHeader("Content-Type", "text/event-stream").withBody(chunk + chunk + "data: [DONE]\n\n"));
		try (Stream<CreateChatCompletionStreamResponse> chunks = client().createChatCompletionStream(request())) {
			assertThat(chunks.toList()).hasSize(2);
		}
		server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(this.meterRegistry.get("openai.client.retries").tag("reason", "429").counter().count()).isEqualTo(1);
		assertThat(this.meterRegistry.get("openai.client.requests").tag("stream", "true").tag("status", "200").timer()
			.count()).isEqualTo(1);
	}

	@Test
	void closingAStreamEarlyReleasesTheConnection() {
		String chunk = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4\",\"choices\":[]}\n\n";
		server.stubFor(post("/v1/chat/completions").withRequestBody(matching(".*\"stream\":true.*"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
				.withBody(chunk.repeat(200) + "data: [DONE]\n\n")
				.withChunkedDribbleDelay(200, 60_000)));
		server.stubFor(post("/v1/chat/completions").withRequestBody(matching(".*\"stream\":(?!true).*|^((?!stream).)*$"))
			.willReturn(okJson(COMPLETION)));
		PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(1)
			.setMaxConnPerRoute(1)
			.build();
		HttpComponentsClientHttpRequestFactory oneConnection = new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries().build());
		oneConnection.setConnectionRequestTimeout(Duration.ofSeconds(20));
		OpenAIChatClient client = new OpenAIChatClient(transport().requestFactory(oneConnection).build());
		try (Stream<CreateChatCompletionStreamResponse> chunks = client.createChatCompletionStream(request())) {
			assertThat(chunks.findFirst()).isPresent();
		}
		assertThat(client.createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
		assertThat(pool.getTotalStats().getLeased()).isZero();
	}

	@Test
	void errorResponsesReleaseTheConnection() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400).withBody(ERROR)));
		PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(1)
			.setMaxConnPerRoute(1)
			.build();
		OpenAIChatClient client = new OpenAIChatClient(transport().requestFactory(new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries().build())).build());
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client.createChatCompletion(request()));
		}
		assertThat(pool.getTotalStats().getLeased()).isZero();
	}

	@Test
	void rejectsStreamFlagOnBlockingCall() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> client().createChatCompletion(request().toBuilder().stream(true).build()))
			.withMessageContaining("createChatCompletionStream");
	}

}
