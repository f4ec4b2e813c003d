package org.openaiboot.autoconfigure;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.LoggingSettings;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@code openai.logging.*}, wired through the auto-configuration.
 */
@Timeout(30)
class OpenAILoggingPropertiesTests {

	static final String KEY = "sk-test-secret-123";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("openai.api-key=" + KEY, "openai.base-url=" + server.baseUrl() + "/v1");

	private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingSettings.LOGGER);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureAtDebug() {
		this.previousLevel = this.logger.getLevel();
		this.appender.start();
		this.logger.addAppender(this.appender);
		this.logger.setLevel(Level.DEBUG);
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_7")
			.withBody("""
					{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4",
					 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"logprobs":null,
					 "finish_reason":"stop"}]}""".formatted("Echo " + KEY))));
	}

	@AfterEach
	void restoreLogger() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previousLevel);
	}

	private List<String> lines() {
		return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4")
			.messages(ChatCompletionRequestUserMessage.of("Hello " + KEY))
			.build();
	}

	@Test
	void nothingIsLoggedByDefault() {
		this.contextRunner.run((context) -> {
			OpenAILoggingProperties logging = context.getBean(OpenAIProperties.class).getLogging();
			assertThat(logging.isRequests()).isFalse();
			assertThat(logging.isResponses()).isFalse();
			assertThat(logging.getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(10));
			context.getBean(OpenAIChatClient.class).createChatCompletion(request());
			assertThat(lines()).isEmpty();
		});
	}

	@Test
	void propertiesSwitchOnTheLoggingOfRequestsAndResponses() {
		this.contextRunner
			.withPropertyValues("openai.logging.requests=true", "openai.logging.responses=true",
					"openai.logging.max-body-size=40B")
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				assertThat(lines()).hasSize(2).satisfiesExactly(
						(request) -> assertThat(request).startsWith("--> POST " + server.baseUrl() + "/v1/chat/completions")
							.contains("Authorization:\"******\"", "body (first 40 of "),
						(response) -> assertThat(response).startsWith("<-- 200 POST")
							.contains("x-request-id req_7", "body (first 40 of "));
				assertThat(lines()).allSatisfy((line) -> assertThat(line).doesNotContain(KEY));
			});
	}

}
