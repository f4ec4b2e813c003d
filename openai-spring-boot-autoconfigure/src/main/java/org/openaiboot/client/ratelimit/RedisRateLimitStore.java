package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The budgets of every instance that shares a Redis server, changed only by one Lua
 * script ({@code budget.lua}) so that each take, re-base and give-back is atomic and
 * uses the Redis server's clock. A script rather than Bucket4j's Redis backend: the
 * budget is re-based on what each response reports, a change of the bucket's content
 * from outside that a script makes in one step and Bucket4j's API does not offer.
 * <p>
 * While Redis cannot be reached the budgets of this instance go on in memory, with one
 * warning; Redis is tried again after a pause, and used again once it answers. The
 * in-memory budgets are re-based on every response even while Redis answers, so that
 * they are current when they are needed.
 */
public final class RedisRateLimitStore implements RateLimitStore {

	private static final Log logger = LogFactory.getLog(RedisRateLimitStore.class);

	private static final RedisScript<Long> BUDGET = RedisScript
		.of(new ClassPathResource("budget.lua", RedisRateLimitStore.class), Long.class);

	private final StringRedisTemplate redis;

	private final LocalRateLimitStore local;

	private final Duration retryInterval;

	private final LongSupplier nanoClock;

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile long retryAt;

	/**
	 * Create a store on a Redis template, trying Redis again 5 seconds after it failed.
	 * @param redis the template
	 */
	public RedisRateLimitStore(StringRedisTemplate redis) {
		this(redis, Duration.ofSeconds(5));
	}

	/**
	 * Create a store on a Redis template.
	 * @param redis the template
	 * @param retryInterval how long to use the in-memory budgets after Redis failed
	 * before trying Redis again
	 */
	public RedisRateLimitStore(StringRedisTemplate redis, Duration retryInterval) {
		this(redis, retryInterval, new LocalRateLimitStore(), System::nanoTime);
	}

	RedisRateLimitStore(StringRedisTemplate redis, Duration retryInterval, LocalRateLimitStore local,
			LongSupplier nanoClock) {
		this.redis = redis;
		this.retryInterval = retryInterval;
		this.local = local;
		this.nanoClock = nanoClock;
	}

	@Override
	public long take(String key, long tokens, Duration window) {
		return shared(() -> run(key, "take", window, tokens), () -> this.local.take(key, tokens, window));
	}

	@Override
	public void observe(String key, RateLimitSnapshot snapshot, Duration window) {
		this.local.observe(key, snapshot, window);
		RateLimitSnapshot.Budget requests = snapshot.requests();
		RateLimitSnapshot.Budget tokens = snapshot.tokens();
		shared(() -> run(key, "observe", window, (requests != null) ? requests.limit() : -1,
				(requests != null) ? requests.remaining() : -1, (tokens != null) ? tokens.limit() : -1,
				(tokens != null) ? tokens.remaining() : -1), () -> 0L);
	}

	@Override
	public void giveBack(String key, long tokens, Duration window) {
		shared(() -> run(key, "give-back", window, tokens), () -> {
			this.local.giveBack(key, tokens, window);
			return 0L;
		});
	}

	/**
	 * Whether the budgets are in Redis now, rather than in memory while it cannot be
	 * reached.
	 * @return whether Redis is used
	 */
	public boolean isShared() {
		return !this.down.get();
	}

	private long run(String key, String operation, Duration window, long... values) {
		Object[] args = new Object[values.length + 2];
		args[0] = operation;
		args[1] = String.valueOf(Math.max(1, window.toMillis()));
		for (int i = 0; i < values.length; i++) {
			args[i + 2] = String.valueOf(values[i]);
		}
		Long result = this.redis.execute(BUDGET, List.of(key, key + ":probe"), args);
		return (result != null) ? result : UNKNOWN;
	}

	private long shared(Supplier<Long> inRedis, Supplier<Long> inMemory) {
		if (this.down.get() && this.nanoClock.getAsLong() - this.retryAt < 0) {
			return inMemory.get();
		}
		try {
			long result = inRedis.get();
			if (this.down.compareAndSet(true, false)) {
				logger.info("Redis answers again: the OpenAI rate-limit budgets are shared again");
			}
			return result;
		}
		catch (RuntimeException ex) {
			this.retryAt = this.nanoClock.getAsLong() + this.retryInterval.toNanos();
			if (this.down.compareAndSet(false, true)) {
				logger.warn("Redis cannot be reached (" + NestedExceptionUtils.getMostSpecificCause(ex)
						+ "): the OpenAI rate-limit budgets are kept in this instance's memory until it answers "
						+ "again, tried every " + this.retryInterval.toMillis() + " ms");
			}
			return inMemory.get();
		}
	}

}
