package org.openaiboot.client.ratelimit;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.RateLimitBudgetExceededException;
import org.openaiboot.client.error.RateLimitException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rate limits through a transport, against a server that enforces them.
 */
@Timeout(60)
class OpenAIRateLimitsTests {

	private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

	@Test
	void keepsWhatEachResponseReportsAndPublishesItAsGauges() throws Exception {
		// a window of an hour: nothing fills up again while the test runs
		try (RateLimitedServer server = new RateLimitedServer(60, 100_000, Duration.ofHours(1), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("main", RateLimitSettings.OBSERVE, new LocalRateLimitStore(),
					this.meterRegistry);
			OpenAIChatClient chat = chat(server, limits, RetrySettings.DEFAULTS);
			chat.createChatCompletion(request("Hello there", 100));
			chat.createChatCompletion(request("Hello again", 100));
			RateLimitSnapshot snapshot = limits.snapshot("gpt-4o");
			assertThat(snapshot).isNotNull();
			assertThat(snapshot.requests().limit()).isEqualTo(60);
			assertThat(snapshot.requests().remaining()).isEqualTo(58);
			assertThat(snapshot.requests().reset()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2));
			assertThat(snapshot.tokens().limit()).isEqualTo(100_000);
			assertThat(limits.snapshots()).containsOnlyKeys("gpt-4o");
			assertThat(gauge("openai.client.ratelimit.limit", "requests").value()).isEqualTo(60);
			assertThat(gauge("openai.client.ratelimit.remaining", "requests").value()).isEqualTo(58);
			assertThat(gauge("openai.client.ratelimit.limit", "tokens").value()).isEqualTo(100_000);
			assertThat(gauge("openai.client.ratelimit.reset", "tokens").value()).isBetween(0.0, 3600.0);
			assertThat(gauge("openai.client.ratelimit.reset", "requests").getId().getBaseUnit()).isEqualTo("seconds");
		}
	}

	@Test
	void withoutThrottlingCallsRunIntoTheLimit() throws Exception {
		try (RateLimitedServer server = new RateLimitedServer(3, 100_000, Duration.ofMinutes(1), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default", RateLimitSettings.OBSERVE,
					new LocalRateLimitStore(), null);
			OpenAIChatClient chat = chat(server, limits, RetrySettings.DISABLED);
			for (int i = 0; i < 3; i++) {
				chat.createChatCompletion(request("Hi", 10));
			}
			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> chat.createChatCompletion(request("Hi", 10)));
			assertThat(limits.snapshot("gpt-4o").requests().remaining()).isZero();
		}
	}

	@Test
	void throttledCallsWaitForTheBudgetInsteadOfBeingRefused() throws Exception {
		// 20 requests in a 2-second window: 40 calls by 8 callers need a little over 2 seconds
		try (RateLimitedServer server = new RateLimitedServer(20, 1_000_000, Duration.ofSeconds(2), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default",
					new RateLimitSettings(true, Duration.ofSeconds(20), 100, Duration.ofSeconds(2), "test"),
					new LocalRateLimitStore(), null);
			OpenAIChatClient chat = chat(server, limits, RetrySettings.DISABLED);
			ExecutorService callers = Executors.newFixedThreadPool(8);
			try {
				List<Future<?>> calls = new ArrayList<>();
				for (int i = 0; i < 40; i++) {
					calls.add(callers.submit(() -> chat.createChatCompletion(request("Hi", 10))));
				}
				for (Future<?> call : calls) {
					call.get(30, TimeUnit.SECONDS);
				}
			}
			finally {
				callers.shutdownNow();
			}
			assertThat(server.refused).hasValue(0);
			assertThat(server.answered).hasValue(40);
		}
	}

	@Test
	void settlesEachEstimateAgainstTheTokensTheAnswerUsed() throws Exception {
		List<Long> givenBack = new CopyOnWriteArrayList<>();
		LocalRateLimitStore local = new LocalRateLimitStore();
		RateLimitStore recording = new RateLimitStore() {

			@Override
			public long take(String key, long tokens, Duration window) {
				return local.take(key, tokens, window);
			}

			@Override
			public void observe(String key, RateLimitSnapshot snapshot, Duration window) {
				local.observe(key, snapshot, window);
			}

			@Override
			public void giveBack(String key, long tokens, Duration window) {
				givenBack.add(tokens);
				local.giveBack(key, tokens, window);
			}

		};
		// 2000 tokens a second; a call reserves its prompt and 400 tokens, and uses its prompt and 20
		try (RateLimitedServer server = new RateLimitedServer(1000, 2000, Duration.ofSeconds(1), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default",
					new RateLimitSettings(true, Duration.ofSeconds(20), 100, Duration.ofSeconds(1), "test"), recording,
					null);
			OpenAIChatClient chat = chat(server, limits, RetrySettings.DISABLED);
			for (int i = 0; i < 10; i++) {
				chat.createChatCompletion(request("Tell me about rate limits", 400));
			}
			assertThat(server.refused).hasValue(0);
			// JTokkit counts at least the server's prompt tokens, and the role besides
			assertThat(givenBack).hasSize(10).allSatisfy((tokens) -> assertThat(tokens).isBetween(380L, 400L));
		}
	}

	@Test
	void failsFastWithTheModelTheNeedAndTheWaitWhenTheBudgetHasNoRoomInTime() throws Exception {
		try (RateLimitedServer server = new RateLimitedServer(1, 100_000, Duration.ofMinutes(1), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default",
					new RateLimitSettings(true, Duration.ofSeconds(1), 100, Duration.ofMinutes(1), "test"),
					new LocalRateLimitStore(), null);
			OpenAIChatClient chat = chat(server, limits, RetrySettings.DISABLED);
			chat.createChatCompletion(request("Hi", 10));
			assertThatExceptionOfType(RateLimitBudgetExceededException.class)
				.isThrownBy(() -> chat.createChatCompletion(request("Hi", 10)))
				.withMessageContaining("gpt-4o")
				.withMessageContaining("openai.rate-limit.max-wait")
				.withMessageContaining("would have to wait")
				.satisfies((ex) -> {
					assertThat(ex.getModel()).isEqualTo("gpt-4o");
					assertThat(ex.getTokens()).isGreaterThanOrEqualTo(10);
					assertThat(ex.getWait()).isGreaterThan(Duration.ofSeconds(1));
				});
			assertThat(server.received).hasValue(1);
		}
	}

	@Test
	void refusesACallLargerThanTheWholeTokenBudget() throws Exception {
		try (RateLimitedServer server = new RateLimitedServer(100, 500, Duration.ofMinutes(1), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default", RateLimitSettings.OBSERVE.throttled(),
					new LocalRateLimitStore(), null);
			OpenAIChatClient chat = chat(server, limits, RetrySettings.DISABLED);
			chat.createChatCompletion(request("Hi", 10));
			assertThatExceptionOfType(RateLimitBudgetExceededException.class)
				.isThrownBy(() -> chat.createChatCompletion(request("Hi", 1000)))
				.withMessageContaining("more than the whole budget");
		}
	}

	@Test
	void anAttemptThatFailedWithoutAnAnswerLetsTheNextOneGo() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		OpenAIRateLimits limits = new OpenAIRateLimits("default", RateLimitSettings.OBSERVE.throttled(),
				new LocalRateLimitStore(), null);
		// nothing listens: each attempt is refused, and the first went to learn the unknown budget
		OpenAIChatClient chat = OpenAITransport.builder()
			.baseUrl("http://127.0.0.1:" + port + "/v1")
			.retry(new RetrySettings(true, 3, Duration.ofMillis(10), Duration.ofMillis(10), 1.0, Duration.ofSeconds(1)))
			.rateLimiter(limits.limiter(null))
			.build(OpenAIChatClient::new);
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> chat.createChatCompletion(request("Hi", 10)));
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> chat.createChatCompletion(request("Hi", 10)));
	}

	@Test
	void sharesOneLimiterPerApiKeyAndKeepsOnlyAHashOfIt() {
		OpenAIRateLimits limits = new OpenAIRateLimits("default", RateLimitSettings.OBSERVE, new LocalRateLimitStore(),
				null);
		assertThat(limits.limiter("sk-secret")).isSameAs(limits.limiter("sk-secret"))
			.isNotSameAs(limits.limiter("sk-other"));
		assertThat(limits.limiter("sk-secret")).extracting("keyPrefix")
			.asString()
			.startsWith("openai:ratelimit:")
			.doesNotContain("sk-secret")
			.hasSize("openai:ratelimit:".length() + 33);
		assertThat(limits.toString()).doesNotContain("sk-");
	}

	private Gauge gauge(String name, String type) {
		return this.meterRegistry.get(name)
			.tags("type", type, "model", "gpt-4o", "openai.connection", "main")
			.gauge();
	}

	static OpenAIChatClient chat(RateLimitedServer server, OpenAIRateLimits limits, RetrySettings retry) {
		return OpenAITransport.builder()
			.baseUrl(server.baseUrl())
			.apiKey("sk-test")
			.retry(retry)
			.rateLimiter(limits.limiter("sk-test"))
			.build(OpenAIChatClient::new);
	}

	static CreateChatCompletionRequest request(String prompt, int maxTokens) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o")
			.messages(ChatCompletionRequestUserMessage.of(prompt))
			.maxCompletionTokens(maxTokens)
			.build();
	}

}
