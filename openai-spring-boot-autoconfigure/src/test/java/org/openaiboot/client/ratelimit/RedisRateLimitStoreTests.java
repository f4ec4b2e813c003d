package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.RetrySettings;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget in a real Redis server, shared by stores that stand for separate instances,
 * and what happens when Redis goes away and comes back.
 */
@Timeout(90)
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitStoreTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private RedisServer redis;

	private final List<LettuceConnectionFactory> connections = new ArrayList<>();

	@BeforeEach
	void startRedis() throws Exception {
		this.redis = RedisServer.start();
	}

	@AfterEach
	void stopRedis() throws Exception {
		this.connections.forEach(LettuceConnectionFactory::destroy);
		if (this.redis != null) {
			this.redis.close();
		}
	}

	@Test
	void instancesDrawFromOneBudget() {
		RedisRateLimitStore first = store(Duration.ofSeconds(5));
		RedisRateLimitStore second = store(Duration.ofSeconds(5));
		assertThat(first.take("k", 10, MINUTE)).isEqualTo(RateLimitStore.UNKNOWN);
		first.observe("k", LocalRateLimitStoreTests.snapshot(60, 3, 6000, 6000), MINUTE);
		assertThat(second.take("k", 10, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		assertThat(first.take("k", 10, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		assertThat(second.take("k", 10, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		// 60 a minute: the next request in about a second, whoever asks
		assertThat(first.take("k", 10, MINUTE)).isBetween(900L, 1000L);
		assertThat(second.take("k", 10, MINUTE)).isBetween(900L, 1000L);
	}

	@Test
	void sharesTheArithmeticOfTheLocalStore() {
		RedisRateLimitStore store = store(Duration.ofSeconds(5));
		store.observe("k", LocalRateLimitStoreTests.snapshot(1000, 1000, 6000, 500), MINUTE);
		assertThat(store.take("k", 6001, MINUTE)).isEqualTo(RateLimitStore.NEVER);
		// 6000 tokens a minute, 100 a second: 500 more take about 5 seconds
		assertThat(store.take("k", 1000, MINUTE)).isBetween(4900L, 5000L);
		store.giveBack("k", 500, MINUTE);
		assertThat(store.take("k", 1000, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		// a late report of more room than is left is not believed
		store.observe("k", LocalRateLimitStoreTests.snapshot(1000, 1000, 6000, 6000), MINUTE);
		assertThat(store.take("k", 100, MINUTE)).isPositive();
		assertThat(store.isShared()).isTrue();
	}

	@Test
	void keysTheBudgetByAHashOfTheApiKeyAndTheModel() throws Exception {
		RedisRateLimitStore store = store(Duration.ofSeconds(5));
		try (RateLimitedServer server = new RateLimitedServer(100, 100_000, MINUTE, Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default", RateLimitSettings.OBSERVE.throttled(), store,
					null);
			OpenAIChatClient chat = OpenAIRateLimitsTests.chat(server, limits, RetrySettings.DISABLED);
			chat.createChatCompletion(OpenAIRateLimitsTests.request("Hi", 10));
		}
		// the budget, and the mark of the call that learnt it
		Set<String> keys = template().keys("*");
		assertThat(keys).hasSize(2)
			.allSatisfy((key) -> assertThat(key).matches("openai:ratelimit:[0-9a-f]{32}:gpt-4o(:probe)?")
				.doesNotContain("sk-test"));
		assertThat(keys).allSatisfy((key) -> assertThat(template().getExpire(key)).isPositive());
	}

	@Test
	void callsGoOnWithTheLocalBudgetWhileRedisIsDownAndUseItAgainWhenItIsBack(CapturedOutput output)
			throws Exception {
		RedisRateLimitStore store = store(Duration.ofMillis(300));
		AtomicInteger succeeded = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		try (RateLimitedServer server = new RateLimitedServer(50, 1_000_000, Duration.ofSeconds(1), Duration.ZERO)) {
			OpenAIRateLimits limits = new OpenAIRateLimits("default",
					new RateLimitSettings(true, Duration.ofSeconds(10), 100, Duration.ofSeconds(1), "openai:ratelimit"),
					store, null);
			// retries as by default: the in-memory budget may not know at once what was in flight
			OpenAIChatClient chat = OpenAIRateLimitsTests.chat(server, limits, RetrySettings.DEFAULTS);
			ExecutorService callers = Executors.newFixedThreadPool(4);
			List<Future<?>> loops = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				loops.add(callers.submit(() -> {
					while (running.get()) {
						try {
							chat.createChatCompletion(OpenAIRateLimitsTests.request("Hi", 10));
							succeeded.incrementAndGet();
						}
						catch (RuntimeException ex) {
							failed.incrementAndGet();
						}
					}
				}));
			}
			try {
				awaitMore(succeeded, 20);
				this.redis.stopProcess();
				awaitMore(succeeded, 60);
				assertThat(store.isShared()).isFalse();
				this.redis.startProcess();
				awaitTrue(store::isShared);
				awaitMore(succeeded, 20);
			}
			finally {
				running.set(false);
				for (Future<?> loop : loops) {
					loop.get(20, TimeUnit.SECONDS);
				}
				callers.shutdownNow();
			}
			assertThat(failed).hasValue(0);
			assertThat(server.refused.get()).as("429s").isLessThan(server.received.get() / 20);
		}
		assertThat(output.getOut().split("Redis cannot be reached", -1)).as("warnings").hasSize(2);
		assertThat(output.getOut()).contains("Redis answers again");
		assertThat(template().keys("openai:ratelimit:*")).as("budgets in Redis once it is back").isNotEmpty();
	}

	private static void awaitMore(AtomicInteger counter, int more) throws InterruptedException {
		int target = counter.get() + more;
		while (counter.get() < target) {
			Thread.sleep(10);
		}
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		while (!condition.getAsBoolean()) {
			Thread.sleep(10);
		}
	}

	private RedisRateLimitStore store(Duration retryInterval) {
		return new RedisRateLimitStore(template(), retryInterval);
	}

	private StringRedisTemplate template() {
		LettuceConnectionFactory connection = this.redis.connectionFactory();
		this.connections.add(connection);
		return new StringRedisTemplate(connection);
	}

}
