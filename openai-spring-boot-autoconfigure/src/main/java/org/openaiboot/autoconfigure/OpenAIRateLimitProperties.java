package org.openaiboot.autoconfigure;

import java.time.Duration;

import org.openaiboot.client.ratelimit.RateLimitSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The client-side rate-limit budget, bound from {@code openai.rate-limit.*}. The limits
 * each response reports are always observed; these settings decide whether calls are
 * also held back until the budget has room for them, and where the budget lives.
 */
@ConfigurationProperties("openai.rate-limit")
public class OpenAIRateLimitProperties {

	/**
	 * Whether to hold each call back until the rate-limit budget the API reported has room
	 * for one more request and the call's estimated tokens.
	 */
	private boolean enabled;

	/**
	 * Longest a call waits for room in the budget before it fails with a
	 * RateLimitBudgetExceededException.
	 */
	private Duration maxWait = Duration.ofSeconds(30);

	/**
	 * Tokens reserved for the answer of a call whose request sets no
	 * max_output_tokens, max_completion_tokens or max_tokens.
	 */
	private long defaultOutputTokens = 1024;

	/**
	 * Time in which an emptied budget fills up again: a minute for OpenAI's limits per
	 * minute. Change it only for a server whose limits have another window.
	 */
	private Duration window = Duration.ofMinutes(1);

	/**
	 * Where the budget lives: in this instance's memory, or in Redis, shared by every
	 * instance that uses the same API key.
	 */
	private Store store = Store.LOCAL;

	/**
	 * Start of the Redis keys of the budgets, followed by a hash of the API key and the
	 * model.
	 */
	private String redisKeyPrefix = "openai:ratelimit";

	/**
	 * How long the budget stays in memory after Redis failed before Redis is tried again.
	 */
	private Duration redisRetryInterval = Duration.ofSeconds(5);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getMaxWait() {
		return this.maxWait;
	}

	public void setMaxWait(Duration maxWait) {
		this.maxWait = maxWait;
	}

	public long getDefaultOutputTokens() {
		return this.defaultOutputTokens;
	}

	public void setDefaultOutputTokens(long defaultOutputTokens) {
		this.defaultOutputTokens = defaultOutputTokens;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public String getRedisKeyPrefix() {
		return this.redisKeyPrefix;
	}

	public void setRedisKeyPrefix(String redisKeyPrefix) {
		this.redisKeyPrefix = redisKeyPrefix;
	}

	public Duration getRedisRetryInterval() {
		return this.redisRetryInterval;
	}

	public void setRedisRetryInterval(Duration redisRetryInterval) {
		this.redisRetryInterval = redisRetryInterval;
	}

	RateLimitSettings toSettings() {
		return new RateLimitSettings(this.enabled, this.maxWait, this.defaultOutputTokens, this.window,
				this.redisKeyPrefix);
	}

	/**
	 * Where the rate-limit budget lives.
	 */
	public enum Store {

		/**
		 * In this instance's memory.
		 */
		LOCAL,

		/**
		 * In Redis, shared by every instance.
		 */
		REDIS

	}

}
