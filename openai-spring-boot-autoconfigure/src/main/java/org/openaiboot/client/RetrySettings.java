package org.openaiboot.client;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How the clients retry transient failures: connection errors and the statuses 408, 409,
 * 429 and 5xx.
 *
 * @param enabled whether to retry at all
 * @param maxAttempts the most attempts in total, the first one included
 * @param initialBackoff the wait before the first retry, when the server does not say
 * @param maxBackoff the longest computed wait between two attempts
 * @param multiplier the factor by which the computed wait grows after each retry
 * @param maxRetryAfter the longest wait the clients accept from a server's
 * {@code retry-after} or {@code retry-after-ms} header
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		double multiplier, Duration maxRetryAfter) {

	/** Three attempts, 0.5 s doubling up to 8 s, and at most 60 s from {@code retry-after}. */
	public static final RetrySettings DEFAULTS = new RetrySettings(true, 3, Duration.ofMillis(500),
			Duration.ofSeconds(8), 2.0, Duration.ofSeconds(60));

	/** No retries. */
	public static final RetrySettings DISABLED = new RetrySettings(false, 1, Duration.ZERO, Duration.ZERO, 1.0,
			Duration.ZERO);

	public RetrySettings {
		Assert.isTrue(maxAttempts >= 1, () -> "maxAttempts must be at least 1, was " + maxAttempts);
		Assert.isTrue(!initialBackoff.isNegative(), "initialBackoff must not be negative");
		Assert.isTrue(!maxBackoff.isNegative(), "maxBackoff must not be negative");
		Assert.isTrue(multiplier >= 1.0, () -> "multiplier must be at least 1, was " + multiplier);
		Assert.isTrue(!maxRetryAfter.isNegative(), "maxRetryAfter must not be negative");
	}

}
