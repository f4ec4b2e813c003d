package org.openaiboot.autoconfigure;

import java.time.Duration;

import org.openaiboot.client.RetrySettings;

/**
 * Retries of transient failures, bound from {@code openai.retry.*}.
 */
public class OpenAIRetryProperties {

	/**
	 * Whether to retry connection errors and the statuses 408, 409, 429 and 5xx.
	 */
	private boolean enabled = true;

	/**
	 * Maximum number of attempts per call, the first one included.
	 */
	private int maxAttempts = 3;

	/**
	 * Wait before the first retry when the server gives no retry-after.
	 */
	private Duration initialBackoff = Duration.ofMillis(500);

	/**
	 * Longest computed wait between two attempts.
	 */
	private Duration maxBackoff = Duration.ofSeconds(8);

	/**
	 * Factor by which the computed wait grows after each retry.
	 */
	private double multiplier = 2.0;

	/**
	 * Longest wait accepted from a retry-after or retry-after-ms response header.
	 */
	private Duration maxRetryAfter = Duration.ofSeconds(60);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	public Duration getInitialBackoff() {
		return this.initialBackoff;
	}

	public void setInitialBackoff(Duration initialBackoff) {
		this.initialBackoff = initialBackoff;
	}

	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	public double getMultiplier() {
		return this.multiplier;
	}

	public void setMultiplier(double multiplier) {
		this.multiplier = multiplier;
	}

	public Duration getMaxRetryAfter() {
		return this.maxRetryAfter;
	}

	public void setMaxRetryAfter(Duration maxRetryAfter) {
		this.maxRetryAfter = maxRetryAfter;
	}

	RetrySettings toSettings() {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialBackoff, this.maxBackoff, this.multiplier,
				this.maxRetryAfter);
	}

}
