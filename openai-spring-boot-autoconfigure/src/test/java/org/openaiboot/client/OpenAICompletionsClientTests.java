package org.openaiboot.client;

import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.AuthenticationException;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.completions.CompletionModel;
import org.openaiboot.models.completions.CreateCompletionRequest;
import org.openaiboot.models.completions.CreateCompletionResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAICompletionsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String COMPLETION = """
			{"id":"cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7","object":"text_completion","created":1589478378,
			 "model":"gpt-3.5-turbo-instruct","system_fingerprint":"fp_44709d6fcb",
			 "choices":[{"text":"\\n\\nThis is indeed a test","index":0,"logprobs":null,"finish_reason":"length"}],
			 "usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAICompletionsClient client = this.recording.builder(server.baseUrl())
		.build(OpenAICompletionsClient::new);

	private static CreateCompletionRequest request() {
		return CreateCompletionRequest.builder()
			.model(CompletionModel.GPT_3_5_TURBO_INSTRUCT)
			.prompt("Say this is a test")
			.maxTokens(7)
			.temperature(0.0)
			.build();
	}

	@Test
	void createCompletionSendsRequestAndParsesResponse() {
		server.stubFor(post("/v1/completions").willReturn(okJson(COMPLETION)));
		CreateCompletionResponse response = this.client.createCompletion(request());
		server.verify(postRequestedFor(urlEqualTo("/v1/completions"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"gpt-3.5-turbo-instruct","prompt":"Say this is a test","max_tokens":7,"temperature":0.0}
					""", false, false)));
		assertThat(response.id()).isEqualTo("cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7");
		assertThat(response.object()).isEqualTo(CreateCompletionResponse.OBJECT);
		assertThat(response.created()).isEqualTo(1589478378L);
		assertThat(response.systemFingerprint()).isEqualTo("fp_44709d6fcb");
		assertThat(response.choices()).singleElement().satisfies((choice) -> {
			assertThat(choice.text()).isEqualTo("\n\nThis is indeed a test");
			assertThat(choice.finishReason()).isEqualTo(CreateCompletionResponse.Choice.FinishReason.LENGTH);
			assertThat(choice.logprobs()).isNull();
		});
		assertThat(response.usage().totalTokens()).isEqualTo(12);
	}

	@Test
	void createCompletionRecordsObservationAndTokens() {
		server.stubFor(post("/v1/completions").willReturn(okJson(COMPLETION)));
		this.client.createCompletion(request());
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createCompletion")
			.tag("openai.model", "gpt-3.5-turbo-instruct")
			.tag("stream", "false")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
		assertThat(tokens("prompt")).isEqualTo(5);
		assertThat(tokens("completion")).isEqualTo(7);
	}

	@Test
	void createCompletionRejectsStreamFlagWithoutSending() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.client.createCompletion(request().toBuilder().stream(true).build()))
			.withMessageContaining("createCompletionStream");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void createCompletionRejectsNullRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.client.createCompletion(null))
			.withMessage("request must not be null");
	}

	@Test
	void createCompletionMapsNotFound() {
		server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-404")
			.withBody("""
					{"error":{"message":"The model `davinci-001` does not exist","type":"invalid_request_error",
					 "param":"model","code":"model_not_found"}}
					""")));
		CreateCompletionRequest request = request().toBuilder().model("davinci-001").build();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.createCompletion(request))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo("model_not_found");
				assertThat(ex.getParam()).isEqualTo("model");
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getErrorMessage()).isEqualTo("The model `davinci-001` does not exist");
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
	}

	@Test
	void createCompletionStreamSetsStreamFlagAndReadsChunksUntilDone() {
		server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("""
					data: {"id":"cmpl-1","object":"text_completion","created":1690759702,"choices":[{"text":"This","index":0,"logprobs":null,"finish_reason":null}],"model":"gpt-3.5-turbo-instruct"}

					data: {"id":"cmpl-1","object":"text_completion","created":1690759702,"choices":[{"text":" is a test","index":0,"logprobs":null,"finish_reason":null}],"model":"gpt-3.5-turbo-instruct"}

					data: {"id":"cmpl-1","object":"text_completion","created":1690759702,"choices":[{"text":"","index":0,"logprobs":null,"finish_reason":"stop"}],"model":"gpt-3.5-turbo-instruct"}

					data: {"id":"cmpl-1","object":"text_completion","created":1690759702,"choices":[],"model":"gpt-3.5-turbo-instruct","usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}}

					data: [DONE]

					""")));
		CreateCompletionRequest request = request().toBuilder()
			.additionalProperty("stream_options", Map.of("include_usage", true))
			.build();
		StringBuilder text = new StringBuilder();
		try (Stream<CreateCompletionResponse> chunks = this.client.createCompletionStream(request)) {
			assertThat(chunks.peek((chunk) -> chunk.choices().forEach((choice) -> text.append(choice.text()))))
				.hasSize(4)
				.last()
				.satisfies((chunk) -> assertThat(chunk.usage().completionTokens()).isEqualTo(4));
		}
		assertThat(text).hasToString("This is a test");
		server.verify(postRequestedFor(urlEqualTo("/v1/completions"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"gpt-3.5-turbo-instruct","prompt":"Say this is a test","max_tokens":7,"temperature":0.0,
					 "stream":true,"stream_options":{"include_usage":true}}
					""", false, false)));
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createCompletion")
			.tag("stream", "true")
			.timer()
			.count()).isEqualTo(1);
		assertThat(tokens("prompt")).isEqualTo(5);
		assertThat(tokens("completion")).isEqualTo(4);
	}

	@Test
	void createCompletionStreamThrowsErrorStatusBeforeReturning() {
		server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,
					 "code":"invalid_api_key"}}
					""")));
		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> this.client.createCompletionStream(request()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("invalid_api_key"));
	}

	private double tokens(String type) {
		return this.meterRegistry.get("openai.client.tokens")
			.tag("type", type)
			.tag("openai.operation", "createCompletion")
			.tag("openai.model", "gpt-3.5-turbo-instruct")
			.counter()
			.count();
	}

}
