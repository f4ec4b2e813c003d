package org.openaiboot.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.RetrySettings;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class OpenAIHealthIndicatorTests {

	static final String MODELS = """
			{"object": "list", "data": [
			  {"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"},
			  {"id": "text-embedding-3-small", "object": "model", "created": 1705948997, "owned_by": "system"}
			]}""";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final MutableClock clock = new MutableClock();

	@Test
	void reusesAResultForItsTimeToLiveThenChecksAgain() {
		server.stubFor(get("/v1/models").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(MODELS)));
		OpenAIHealthIndicator indicator = indicator(Duration.ofSeconds(30));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(indicator.health().getDetails()).containsEntry("models", 2);
		server.verify(2, getRequestedFor(urlEqualTo("/v1/models")));
	}

	@Test
	void concurrentProbesShareOneCall() throws Exception {
		server.stubFor(get("/v1/models")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(MODELS).withFixedDelay(200)));
		OpenAIHealthIndicator indicator = indicator(Duration.ofSeconds(30));
		int probes = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(probes);
		try {
			List<Future<Health>> results = new ArrayList<>();
			for (int i = 0; i < probes; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return indicator.health();
				}));
			}
			start.countDown();
			for (Future<Health> result : results) {
				assertThat(result.get().getStatus()).isEqualTo(Status.UP);
			}
		}
		finally {
			executor.shutdownNow();
		}
		server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
	}

	@Test
	void unknownWithoutApiKey() {
		OpenAIHealthIndicator indicator = new OpenAIHealthIndicator(() -> {
			throw new MissingApiKeyException("openai.api-key", OpenAITransport.DEFAULT_BASE_URL);
		}, OpenAITransport.DEFAULT_BASE_URL, Duration.ofSeconds(30), this.clock);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("baseUrl", OpenAITransport.DEFAULT_BASE_URL)
			.hasEntrySatisfying("reason", (reason) -> assertThat(reason).asString().contains("openai.api-key"));
	}

	@Test
	void downWithTheExceptionWhenTheServerCannotBeReached() {
		OpenAIHealthIndicator indicator = new OpenAIHealthIndicator(
				() -> new OpenAIModelsClient(transport("http://127.0.0.1:1/v1")), "http://127.0.0.1:1/v1",
				Duration.ofSeconds(30), this.clock);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error").containsEntry("baseUrl", "http://127.0.0.1:1/v1");
	}

	@Test
	void showsTheBaseUrlWithoutUserInformationOrQuery() {
		assertThat(ShownBaseUrl.of("https://user:secret@proxy.example.com:8443/v1?token=secret"))
			.isEqualTo("https://proxy.example.com:8443/v1");
	}

	private OpenAIHealthIndicator indicator(Duration timeToLive) {
		String baseUrl = server.baseUrl() + "/v1";
		return new OpenAIHealthIndicator(() -> new OpenAIModelsClient(transport(baseUrl)), baseUrl, timeToLive,
				this.clock);
	}

	private static OpenAITransport transport(String baseUrl) {
		return OpenAITransport.builder()
			.baseUrl(baseUrl)
			.apiKey("sk-health-test")
			.retry(RetrySettings.DISABLED)
			.callTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
