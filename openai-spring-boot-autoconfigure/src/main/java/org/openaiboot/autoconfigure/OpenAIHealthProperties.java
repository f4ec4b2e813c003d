package org.openaiboot.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * The {@code openai} health indicator, bound from {@code management.health.openai.*}
 * like Spring Boot's own indicators.
 */
@ConfigurationProperties("management.health.openai")
public class OpenAIHealthProperties {

	/**
	 * Whether to check the OpenAI API, by listing its models, for the health endpoint.
	 * Off by default: each check is a call to the API.
	 */
	private boolean enabled;

	/**
	 * Time limit of one check: its connection, its reading and the whole call, which is
	 * made once, without retries.
	 */
	private Duration timeout = Duration.ofSeconds(2);

	/**
	 * How long the result of a check is reused before the API is called again, however
	 * often the health endpoint is probed.
	 */
	private Duration cacheTimeToLive = Duration.ofSeconds(30);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(),
				() -> "management.health.openai.timeout must be positive, but was " + timeout);
		this.timeout = timeout;
	}

	public Duration getCacheTimeToLive() {
		return this.cacheTimeToLive;
	}

	public void setCacheTimeToLive(Duration cacheTimeToLive) {
		Assert.isTrue(!cacheTimeToLive.isNegative(),
				() -> "management.health.openai.cache-time-to-live must not be negative, but was " + cacheTimeToLive);
		this.cacheTimeToLive = cacheTimeToLive;
	}

}
