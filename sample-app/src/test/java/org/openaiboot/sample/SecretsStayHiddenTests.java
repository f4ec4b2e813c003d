package org.openaiboot.sample;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openaiboot.autoconfigure.OpenAIProperties;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIClient;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * With TRACE logging of the clients and of Spring's HTTP classes, a call that fails, is
 * retried and succeeds, and a call that fails for good: the key, the organization and the
 * project appear in no log line, exception, {@code toString()}, metric tag or actuator
 * endpoint.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openai.api-key=" + SecretsStayHiddenTests.KEY,
				"openai.organization=" + SecretsStayHiddenTests.ORGANIZATION,
				"openai.project=" + SecretsStayHiddenTests.PROJECT, "openai.retry.initial-backoff=1ms",
				"logging.level.org.openaiboot=TRACE", "logging.level.org.springframework.web=TRACE",
				"logging.level.org.springframework.http=TRACE",
				"management.endpoints.web.exposure.include=configprops,env,metrics",
				"management.endpoint.configprops.show-values=ALWAYS", "management.endpoint.env.show-values=ALWAYS" })
@ExtendWith(OutputCaptureExtension.class)
@Timeout(60)
class SecretsStayHiddenTests {

	static final String KEY = "test-secret-key-4242";

	static final String ORGANIZATION = "org-secret-77";

	static final String PROJECT = "proj-secret-99";

	static final WireMockServer openAI = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

	static final String COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-mini",
			 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"logprobs":null,"finish_reason":"stop"}],
			 "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

	@LocalServerPort
	int port;

	@Autowired
	OpenAIChatClient chat;

	@Autowired
	OpenAIClient openAIClient;

	@Autowired
	OpenAIProperties properties;

	// started here rather than in the property source, which AOT processing of the tests
	// also runs, without stopping what it started
	@BeforeAll
	static void startServer() {
		openAI.start();
		openAI.stubFor(post("/v1/chat/completions").withRequestBody(containing("retried"))
			.inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}"))
			.willSetStateTo("recovered"));
		openAI.stubFor(post("/v1/chat/completions").withRequestBody(containing("retried"))
			.inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(COMPLETION)));
		openAI.stubFor(post("/v1/chat/completions").withRequestBody(containing("rejected"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"Invalid request\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}")));
	}

	@DynamicPropertySource
	static void openAIServer(DynamicPropertyRegistry registry) {
		registry.add("openai.base-url", () -> openAI.baseUrl() + "/v1");
	}

	@AfterAll
	static void stopServer() {
		openAI.stop();
	}

	@Test
	void secretsAppearNowhere(CapturedOutput output) {
		assertThat(this.chat.createChatCompletion(request("retried")).id()).isEqualTo("chatcmpl-1");
		BadRequestException failure = catchThrowableOfType(BadRequestException.class,
				() -> this.chat.createChatCompletion(request("rejected")));
		assertThat(failure).isNotNull();
		RestClient http = RestClient.create("http://localhost:" + this.port);
		String configprops = http.get().uri("/actuator/configprops").retrieve().body(String.class);
		String env = http.get().uri("/actuator/env").retrieve().body(String.class);
		String metrics = http.get().uri("/actuator/metrics/openai.client.requests").retrieve().body(String.class);
		String retries = http.get().uri("/actuator/metrics/openai.client.retries").retrieve().body(String.class);
		assertThat(configprops).contains("\"apiKey\":\"******\"", "\"organization\":\"******\"");
		assertThat(metrics).contains("createChatCompletion");
		assertThat(retries).contains("503");
		Map<String, String> places = Map.of("logs", output.getAll(), "exception", failure.toString()
				+ failure.getHeaders(), "properties", this.properties.toString(), "clients",
				this.chat.toString() + this.openAIClient, "configprops", configprops, "env", env, "metrics",
				metrics + retries);
		places.forEach((place, text) -> assertThat(text).as(place).doesNotContain(KEY, ORGANIZATION, PROJECT));
		assertThat(output.getAll()).as("the retry was logged").contains("Retrying OpenAI operation createChatCompletion after 503");
	}

	private static CreateChatCompletionRequest request(String prompt) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(ChatCompletionRequestUserMessage.of(prompt))
			.build();
	}

}
