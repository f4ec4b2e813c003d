package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.autoconfigure.OpenAIAutoConfiguration;
import org.openaiboot.autoconfigure.OpenAIRateLimitAutoConfiguration;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four application instances, each a Spring application context of its own with the
 * auto-configured clients, of 16 callers each against one server that enforces a limit
 * of requests and tokens per window, as OpenAI does but with a window of 5 seconds for a
 * minute: without a budget, with a budget per instance, and with the budget shared
 * through Redis. Prints requests sent, 429s, failed calls and throughput against the
 * limit; asserts only the counts of the shared budget (no failed call, 429s under 1% of
 * the requests), not its timing.
 */
@Timeout(240)
class SharedBudgetLoadTests {

	private static final int INSTANCES = 4;

	private static final int CALLERS = 16;

	private static final long REQUESTS_PER_WINDOW = 100;

	private static final long TOKENS_PER_WINDOW = 20_000;

	private static final Duration WINDOW = Duration.ofSeconds(5);

	private static final Duration RUN = Duration.ofSeconds(12);

	private static final Duration LATENCY = Duration.ofMillis(50);

	@Test
	void aSharedBudgetKeepsEveryInstanceWithinTheLimit() throws Exception {
		Figures none = run("no budget", List.of());
		List<String> throttled = List.of("openai.rate-limit.enabled=true", "openai.rate-limit.max-wait=30s",
				"openai.rate-limit.default-output-tokens=100", "openai.rate-limit.window=" + WINDOW.toSeconds() + "s");
		Figures local = run("budget per instance", throttled);
		try (RedisServer redis = RedisServer.start()) {
			List<String> shared = new ArrayList<>(throttled);
			shared.addAll(List.of("openai.rate-limit.store=redis", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + redis.port()));
			Figures redisFigures = run("budget shared in Redis", shared);
			System.out.printf("%nrate limits: %d instances x %d callers, a limit of %d requests and %d tokens per %d s "
					+ "window, %d s runs%n%-24s %9s %6s %7s %8s %10s %11s%n%s%n%s%n%s%n", INSTANCES, CALLERS,
					REQUESTS_PER_WINDOW, TOKENS_PER_WINDOW, WINDOW.toSeconds(), RUN.toSeconds(), "", "requests", "429s",
					"failed", "answered", "time", "throughput", none, local, redisFigures);
			assertThat(none.refused).as("429s without a budget").isPositive();
			assertThat(redisFigures.failed).as("failed calls with the shared budget").isZero();
			assertThat(redisFigures.refused * 100).as("429s with the shared budget, per cent of the requests")
				.isLessThan(redisFigures.requests);
		}
	}

	private Figures run(String name, List<String> properties) throws Exception {
		try (RateLimitedServer server = new RateLimitedServer(REQUESTS_PER_WINDOW, TOKENS_PER_WINDOW, WINDOW, LATENCY)) {
			List<ConfigurableApplicationContext> instances = new ArrayList<>();
			try {
				for (int i = 0; i < INSTANCES; i++) {
					instances.add(new SpringApplicationBuilder(Instance.class).web(WebApplicationType.NONE)
						.properties("openai.base-url=" + server.baseUrl(), "openai.api-key=sk-test")
						.properties(properties.toArray(String[]::new))
						.run());
				}
				return run(name, server, instances.stream().map((context) -> context.getBean(OpenAIChatClient.class))
					.toList());
			}
			finally {
				instances.forEach(ConfigurableApplicationContext::close);
			}
		}
	}

	private Figures run(String name, RateLimitedServer server, List<OpenAIChatClient> instances) throws Exception {
		// one call each first, out of the count: loading the tokenizer's encoding and connecting to Redis and
		// the server take seconds on a busy machine, and the server's budget is whole again meanwhile
		for (OpenAIChatClient chat : instances) {
			chat.createChatCompletion(OpenAIRateLimitsTests.request("Say something short", 100));
		}
		Thread.sleep(WINDOW.toMillis());
		long warmUp = server.received.get();
		AtomicLong answered = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		ExecutorService callers = Executors.newFixedThreadPool(INSTANCES * CALLERS);
		long started = System.nanoTime();
		long end = started + RUN.toNanos();
		try {
			List<Future<?>> loops = new ArrayList<>();
			for (OpenAIChatClient chat : instances) {
				for (int c = 0; c < CALLERS; c++) {
					loops.add(callers.submit(() -> {
						while (System.nanoTime() < end) {
							try {
								chat.createChatCompletion(OpenAIRateLimitsTests.request("Say something short", 100));
								answered.incrementAndGet();
							}
							catch (RuntimeException ex) {
								failed.incrementAndGet();
							}
						}
					}));
				}
			}
			for (Future<?> loop : loops) {
				loop.get(150, TimeUnit.SECONDS);
			}
		}
		finally {
			callers.shutdownNow();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		// what the server could have answered: a full window at the start, then its rate
		double capacity = REQUESTS_PER_WINDOW * (1 + elapsed / WINDOW.toNanos() * 1e9);
		return new Figures(name, server.received.get() - warmUp, server.refused.get(), failed.get(), answered.get(),
				elapsed, answered.get() / capacity);
	}

	/**
	 * One instance of the application: the clients, their rate limits and Redis, as Spring
	 * Boot configures them.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ OpenAIAutoConfiguration.class, OpenAIRateLimitAutoConfiguration.class,
			DataRedisAutoConfiguration.class, RestClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
			ImperativeHttpClientAutoConfiguration.class })
	static class Instance {

	}

	private record Figures(String name, long requests, long refused, long failed, long answered, double seconds,
			double throughput) {

		@Override
		public String toString() {
			return String.format("%-24s %9d %6d %7d %8d %8.1f s %10.1f%%", this.name, this.requests, this.refused,
					this.failed, this.answered, this.seconds, this.throughput * 100);
		}

	}

}
