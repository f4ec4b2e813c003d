package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The rate limits of one model as the last response that reported them told them.
 *
 * @param model the model the call asked for
 * @param requests the budget of requests, {@code null} when the response did not tell it
 * @param tokens the budget of tokens, {@code null} when the response did not tell it
 * @param observedAt when the response arrived
 */
public record RateLimitSnapshot(String model, @Nullable Budget requests, @Nullable Budget tokens,
		Instant observedAt) {

	/**
	 * One budget, of requests or of tokens.
	 *
	 * @param limit how many the window allows
	 * @param remaining how many are left
	 * @param reset how long until the budget is whole again, counted from
	 * {@link RateLimitSnapshot#observedAt()}
	 */
	public record Budget(long limit, long remaining, Duration reset) {

	}

}
