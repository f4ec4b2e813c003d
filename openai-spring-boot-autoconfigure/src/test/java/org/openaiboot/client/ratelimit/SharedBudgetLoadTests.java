package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.RetrySettings;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four application instances of 16 callers each against one server that enforces a
 * limit of requests and tokens per window, as OpenAI does but with a window of 5 seconds
 * for a minute: without a budget, with a budget per instance, and with the budget shared
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

	private static final RateLimitSettings THROTTLED = new RateLimitSettings(true, Duration.ofSeconds(30), 100, WINDOW,
			"openai:ratelimit");

	@Test
	void aSharedBudgetKeepsEveryInstanceWithinTheLimit() throws Exception {
		Figures none = run("no budget", (instance) -> null);
		Figures local = run("budget per instance", (instance) -> new LocalRateLimitStore());
		try (RedisServer redis = RedisServer.start()) {
			List<LettuceConnectionFactory> connections = new ArrayList<>();
			try {
				Figures shared = run("budget shared in Redis", (instance) -> {
					LettuceConnectionFactory connection = redis.connectionFactory();
					connections.add(connection);
					return new RedisRateLimitStore(new StringRedisTemplate(connection));
				});
				System.out.printf("%nrate limits: %d instances x %d callers, a limit of %d requests and %d tokens per %d s "
						+ "window, %d s runs%n%-24s %9s %6s %7s %8s %10s %11s%n%s%n%s%n%s%n", INSTANCES, CALLERS,
						REQUESTS_PER_WINDOW, TOKENS_PER_WINDOW, WINDOW.toSeconds(), RUN.toSeconds(), "", "requests",
						"429s", "failed", "answered", "time", "throughput", none, local, shared);
				assertThat(none.refused).as("429s without a budget").isPositive();
				assertThat(shared.failed).as("failed calls with the shared budget").isZero();
				assertThat(shared.refused * 100).as("429s with the shared budget, per cent of the requests").isLessThan(shared.requests);
			}
			finally {
				connections.forEach(LettuceConnectionFactory::destroy);
			}
		}
	}

	private Figures run(String name, Function<Integer, RateLimitStore> stores) throws Exception {
		try (RateLimitedServer server = new RateLimitedServer(REQUESTS_PER_WINDOW, TOKENS_PER_WINDOW, WINDOW, LATENCY)) {
			List<OpenAIChatClient> instances = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				RateLimitStore store = stores.apply(i);
				OpenAIRateLimits limits = new OpenAIRateLimits("default",
						(store != null) ? THROTTLED : RateLimitSettings.OBSERVE,
						(store != null) ? store : new LocalRateLimitStore(), null);
				instances.add(OpenAIRateLimitsTests.chat(server, limits, RetrySettings.DEFAULTS));
			}
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
			return new Figures(name, server.received.get() - warmUp, server.refused.get(), failed.get(),
					answered.get(), elapsed, answered.get() / capacity);
		}
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
