package org.openaiboot.autoconfigure;

import java.util.Arrays;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.registry.otlp.OtlpConfig;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code gen_ai.*} meters of the OpenTelemetry semantic conventions, recorded into an
 * OpenTelemetry (OTLP) meter registry, as {@code openai.metrics.conventions} chooses.
 */
@Timeout(60)
class GenAiMetricsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-2024-08-06",
			 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}],
			 "usage":{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10}}
			""";

	static final String EMBEDDING = """
			{"object":"list","model":"text-embedding-3-small",
			 "data":[{"object":"embedding","index":0,"embedding":[0.5,0.25]}],
			 "usage":{"prompt_tokens":5,"total_tokens":5}}
			""";

	// publishing switched off: the meters are read from the registry, nothing is sent
	private static final OtlpConfig NOT_PUBLISHING = (key) -> "otlp.enabled".equals(key) ? "false" : null;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				ObservationAutoConfiguration.class))
		.withBean(MeterRegistry.class, () -> new OtlpMeterRegistry(NOT_PUBLISHING, Clock.SYSTEM))
		.withPropertyValues("openai.base-url=" + server.baseUrl() + "/v1", "openai.api-key=test-key",
				"openai.retry.enabled=false");

	@Test
	void aChatCallRecordsTheDurationAndTokensWithTheirAttributes() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		this.contextRunner.run((context) -> {
			context.getBean(OpenAIChatClient.class).createChatCompletion(chat());
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			DistributionSummary duration = registry.get("gen_ai.client.operation.duration")
				.tag("gen_ai.operation.name", "chat")
				.tag("gen_ai.provider.name", "openai")
				.tag("gen_ai.request.model", "gpt-4o")
				.tag("gen_ai.response.model", "gpt-4o-2024-08-06")
				.tag("server.address", "localhost")
				.tag("server.port", String.valueOf(server.getPort()))
				.summary();
			assertThat(duration.count()).isOne();
			assertThat(duration.getId().getBaseUnit()).isEqualTo("s");
			assertThat(duration.getId().getTag("error.type")).isNull();
			assertThat(Arrays.stream(duration.takeSnapshot().histogramCounts()).map(CountAtBucket::bucket))
				.as("the bucket boundaries the conventions advise, as OTLP exports them")
				.containsExactly(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
						Double.POSITIVE_INFINITY);
			assertThat(tokens(registry, "chat", "input").totalAmount()).isEqualTo(7);
			assertThat(tokens(registry, "chat", "output").totalAmount()).isEqualTo(3);
			assertThat(tokens(registry, "chat", "input").getId().getBaseUnit()).isEqualTo("{token}");
		});
	}

	@Test
	void anEmbeddingsCallRecordsTheDurationAndTokensWithTheirAttributes() {
		server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDING)));
		this.contextRunner.run((context) -> {
			context.getBean(OpenAIEmbeddingsClient.class)
				.createEmbedding(CreateEmbeddingRequest.of("text-embedding-3-small", "some text"));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("gen_ai.client.operation.duration")
				.tag("gen_ai.operation.name", "embeddings")
				.tag("gen_ai.provider.name", "openai")
				.tag("gen_ai.request.model", "text-embedding-3-small")
				.tag("gen_ai.response.model", "text-embedding-3-small")
				.tag("server.address", "localhost")
				.tag("server.port", String.valueOf(server.getPort()))
				.summary()
				.count()).isOne();
			assertThat(tokens(registry, "embeddings", "input").totalAmount()).isEqualTo(5);
		});
	}

	@Test
	void aFailedCallRecordsItsStatusAsTheErrorType() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}")));
		this.contextRunner.run((context) -> {
			assertThatExceptionOfType(InternalServerException.class)
				.isThrownBy(() -> context.getBean(OpenAIChatClient.class).createChatCompletion(chat()));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			DistributionSummary duration = registry.get("gen_ai.client.operation.duration")
				.tag("gen_ai.operation.name", "chat")
				.tag("error.type", "500")
				.summary();
			assertThat(duration.count()).isOne();
			assertThat(duration.getId().getTag("gen_ai.response.model")).as("no answer named a model").isNull();
			assertThat(registry.find("gen_ai.client.token.usage").summaries()).isEmpty();
		});
	}

	@Test
	void theOpenAIConventionsAloneRecordNoGenAiMeters() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		this.contextRunner.withPropertyValues("openai.metrics.conventions=openai").run((context) -> {
			context.getBean(OpenAIChatClient.class).createChatCompletion(chat());
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("gen_ai.client.operation.duration").meters()).isEmpty();
			assertThat(registry.get("openai.client.tokens").tag("type", "prompt").counter().count()).isEqualTo(7);
			assertThat(context).doesNotHaveBean(MeterFilter.class);
		});
	}

	@Test
	void theGenAiConventionsAloneDenyTheOpenAIMetersTheyReplace() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		this.contextRunner.withPropertyValues("openai.metrics.conventions=gen-ai").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			// what Spring Boot's metrics auto-configuration does with every MeterFilter bean
			registry.config().meterFilter(context.getBean(MeterFilter.class));
			context.getBean(OpenAIChatClient.class).createChatCompletion(chat());
			assertThat(registry.find("openai.client.tokens").meters()).isEmpty();
			assertThat(tokens(registry, "chat", "input").totalAmount()).isEqualTo(7);
		});
	}

	@Test
	void bothConventionsAreTheDefault() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		this.contextRunner.run((context) -> {
			context.getBean(OpenAIChatClient.class).createChatCompletion(chat());
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("openai.client.tokens").tag("type", "prompt").counter().count()).isEqualTo(7);
			assertThat(tokens(registry, "chat", "input").totalAmount()).isEqualTo(7);
			assertThat(context).doesNotHaveBean(MeterFilter.class);
		});
	}

	private static DistributionSummary tokens(MeterRegistry registry, String operation, String type) {
		return registry.get("gen_ai.client.token.usage")
			.tag("gen_ai.operation.name", operation)
			.tag("gen_ai.token.type", type)
			.summary();
	}

	private static CreateChatCompletionRequest chat() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o")
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
	}

}
