package org.openaiboot.client.transport;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.observation.OpenAIMetrics;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry rules, with the waits recorded instead of slept.
 */
@Timeout(30)
class RetryLoopTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final List<Long> waits = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

	private int call(RetrySettings settings) {
		RetryLoop retry = new RetryLoop(settings, OpenAIMetrics.of(this.meterRegistry, OpenAIMetrics.DEFAULT_CONNECTION), this.waits::add);
		RestClient client = RestClient.builder().requestFactory(new SimpleClientHttpRequestFactory()).build();
		return retry.run("createChatCompletion", true, (mayRetry) -> client.post()
			.uri(server.baseUrl() + "/op")
			.body("{}")
			.exchange((request, response) -> {
				RetryLoop.Outcome<Integer> again = mayRetry ? retry.retryFor(response) : null;
				return (again != null) ? again : new RetryLoop.Done<>(response.getStatusCode().value());
			}));
	}

	private static RetrySettings settings(int maxAttempts) {
		return new RetrySettings(true, maxAttempts, Duration.ofMillis(100), Duration.ofSeconds(2), 2.0,
				Duration.ofSeconds(60));
	}

	private static void failThenSucceed(ResponseDefinitionBuilder failure) {
		server.stubFor(post("/op").inScenario("s")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure)
			.willSetStateTo("ok"));
		server.stubFor(post("/op").inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));
	}

	@Test
	void waitsRetryAfterSeconds() {
		failThenSucceed(aResponse().withStatus(429).withHeader("retry-after", "7"));
		assertThat(call(settings(3))).isEqualTo(200);
		assertThat(this.waits).containsExactly(7000L);
	}

	@Test
	void waitsRetryAfterHttpDate() {
		String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
		failThenSucceed(aResponse().withStatus(429).withHeader("retry-after", inTwentySeconds));
		assertThat(call(settings(3))).isEqualTo(200);
		assertThat(this.waits).singleElement().satisfies((wait) -> assertThat(wait).isBetween(18_000L, 20_000L));
	}

	@Test
	void waitsRetryAfterMilliseconds() {
		failThenSucceed(aResponse().withStatus(429).withHeader("retry-after-ms", "1250"));
		assertThat(call(settings(3))).isEqualTo(200);
		assertThat(this.waits).containsExactly(1250L);
	}

	@Test
	void capsTheServersWait() {
		failThenSucceed(aResponse().withStatus(429).withHeader("retry-after", "600"));
		assertThat(call(settings(3))).isEqualTo(200);
		assertThat(this.waits).containsExactly(60_000L);
	}

	@Test
	void backsOffExponentiallyWithoutRetryAfter() {
		server.stubFor(post("/op").willReturn(aResponse().withStatus(503)));
		assertThat(call(settings(5))).isEqualTo(503);
		server.verify(5, postRequestedFor(urlEqualTo("/op")));
		// 100 ms doubling, each with a jitter of at most a quarter either way
		assertThat(this.waits).hasSize(4);
		long nominal = 100;
		for (long wait : this.waits) {
			assertThat(wait).isBetween(nominal * 3 / 4, nominal * 5 / 4);
			nominal *= 2;
		}
	}

	@Test
	void stormLongerThanMaxAttemptsEndsAfterExactlyMaxAttempts() {
		server.stubFor(post("/op").willReturn(aResponse().withStatus(429).withHeader("retry-after-ms", "5")));
		assertThat(call(settings(4))).isEqualTo(429);
		server.verify(4, postRequestedFor(urlEqualTo("/op")));
		assertThat(this.meterRegistry.get("openai.client.retries")
			.tag("openai.operation", "createChatCompletion")
			.tag("reason", "429")
			.counter()
			.count()).isEqualTo(3);
	}

	@Test
	void flappingServerErrorsThenSuccess() {
		server.stubFor(post("/op").inScenario("flap").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500)).willSetStateTo("502"));
		server.stubFor(post("/op").inScenario("flap").whenScenarioStateIs("502")
			.willReturn(aResponse().withStatus(502)).willSetStateTo("503"));
		server.stubFor(post("/op").inScenario("flap").whenScenarioStateIs("503")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
		server.stubFor(post("/op").inScenario("flap").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));
		assertThat(call(settings(4))).isEqualTo(200);
		server.verify(4, postRequestedFor(urlEqualTo("/op")));
	}

	@Test
	void neverRetriesBadRequestOrAuthentication() {
		for (int status : new int[] { 400, 401, 403, 404, 422 }) {
			server.resetAll();
			server.stubFor(post("/op").willReturn(aResponse().withStatus(status)));
			assertThat(call(settings(3))).isEqualTo(status);
			server.verify(1, postRequestedFor(urlEqualTo("/op")));
		}
		assertThat(this.waits).isEmpty();
	}

	@Test
	void shouldRetryFalseOnA503IsNotRetried() {
		server.stubFor(post("/op").willReturn(aResponse().withStatus(503).withHeader("x-should-retry", "false")));
		assertThat(call(settings(3))).isEqualTo(503);
		server.verify(1, postRequestedFor(urlEqualTo("/op")));
	}

	@Test
	void retriesTimeoutAndConflictStatuses() {
		failThenSucceed(aResponse().withStatus(408));
		assertThat(call(settings(3))).isEqualTo(200);
		server.resetAll();
		failThenSucceed(aResponse().withStatus(409));
		assertThat(call(settings(3))).isEqualTo(200);
		assertThat(this.waits).hasSize(2);
	}

}
