package org.openaiboot.client.ratelimit;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How {@link OpenAIRateLimits} uses the budget.
 *
 * @param throttle whether to hold calls back until the budget has room for them; when
 * not, the budgets are only observed
 * @param maxWait the longest a call waits for room before it fails
 * @param defaultOutputTokens the tokens reserved for an answer whose request sets no
 * maximum
 * @param window the time in which an emptied budget fills up again: a minute for
 * OpenAI's limits per minute
 * @param keyPrefix the start of the keys of the budgets in a shared store
 */
public record RateLimitSettings(boolean throttle, Duration maxWait, long defaultOutputTokens, Duration window,
		String keyPrefix) {

	/**
	 * Observe only: the defaults, without throttling.
	 */
	public static final RateLimitSettings OBSERVE = new RateLimitSettings(false, Duration.ofSeconds(30), 1024,
			Duration.ofMinutes(1), "openai:ratelimit");

	public RateLimitSettings {
		Assert.isTrue(!maxWait.isNegative(), () -> "maxWait must not be negative, was " + maxWait);
		Assert.isTrue(defaultOutputTokens >= 0,
				() -> "defaultOutputTokens must not be negative, was " + defaultOutputTokens);
		Assert.isTrue(!window.isNegative() && !window.isZero(), () -> "window must be positive, was " + window);
		Assert.hasText(keyPrefix, "keyPrefix must not be empty");
	}

	/**
	 * These settings with throttling on.
	 * @return the settings
	 */
	public RateLimitSettings throttled() {
		return new RateLimitSettings(true, this.maxWait, this.defaultOutputTokens, this.window, this.keyPrefix);
	}

}
