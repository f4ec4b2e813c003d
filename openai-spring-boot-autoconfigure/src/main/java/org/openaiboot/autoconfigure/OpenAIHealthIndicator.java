package org.openaiboot.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.error.OpenAIApiException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * Checks that the OpenAI API answers, and accepts the API key, by listing the models.
 * <p>
 * {@code UP} gives the number of models and the base URL; {@code DOWN} gives the HTTP
 * status, the error's type, code and request id when the API answered with an error,
 * and the exception otherwise (no connection, time limit reached); {@code UNKNOWN} means
 * no API key is configured. The API key and the error messages of the API, which may
 * quote part of the key, are never among the details.
 * <p>
 * A result is reused for a time to live, and only one check runs at a time: probes that
 * arrive during a check wait for its result rather than call the API too.
 */
public class OpenAIHealthIndicator implements HealthIndicator {

	private final Supplier<OpenAIModelsClient> modelsClient;

	private final String baseUrl;

	private final Duration timeToLive;

	private final Clock clock;

	private final Lock lock = new ReentrantLock();

	private volatile @Nullable CachedHealth cached;

	/**
	 * Create an indicator.
	 * @param modelsClient supplies the client that lists the models, on the first check:
	 * its time limit and retries are those of each check
	 * @param baseUrl the base URL the client calls, to show in the details
	 * @param timeToLive how long a result is reused
	 */
	public OpenAIHealthIndicator(Supplier<OpenAIModelsClient> modelsClient, String baseUrl, Duration timeToLive) {
		this(modelsClient, baseUrl, timeToLive, Clock.systemUTC());
	}

	OpenAIHealthIndicator(Supplier<OpenAIModelsClient> modelsClient, String baseUrl, Duration timeToLive,
			Clock clock) {
		Assert.notNull(modelsClient, "modelsClient must not be null");
		Assert.isTrue(!timeToLive.isNegative(), () -> "timeToLive must not be negative, but was " + timeToLive);
		this.modelsClient = SingletonSupplier.of(modelsClient);
		this.baseUrl = ShownBaseUrl.of(baseUrl);
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	@Override
	public Health health() {
		CachedHealth current = this.cached;
		if (current != null && current.isFreshAt(this.clock.instant())) {
			return current.health();
		}
		this.lock.lock();
		try {
			current = this.cached;
			if (current != null && current.isFreshAt(this.clock.instant())) {
				return current.health();
			}
			Health health = check();
			this.cached = new CachedHealth(health, this.clock.instant().plus(this.timeToLive));
			return health;
		}
		finally {
			this.lock.unlock();
		}
	}

	private Health check() {
		try {
			int models = this.modelsClient.get().listModels().data().size();
			return Health.up().withDetail("baseUrl", this.baseUrl).withDetail("models", models).build();
		}
		catch (MissingApiKeyException ex) {
			return Health.unknown()
				.withDetail("baseUrl", this.baseUrl)
				.withDetail("reason", "no API key is configured (" + ex.getProperty() + ")")
				.build();
		}
		catch (OpenAIApiException ex) {
			return apiError(ex);
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("baseUrl", this.baseUrl).build();
		}
	}

	private Health apiError(OpenAIApiException ex) {
		Health.Builder health = Health.down()
			.withDetail("baseUrl", this.baseUrl)
			.withDetail("status", ex.getStatusCode())
			.withDetail("error", ex.getClass().getName());
		if (ex.getType() != null) {
			health.withDetail("type", ex.getType());
		}
		if (ex.getCode() != null) {
			health.withDetail("code", ex.getCode());
		}
		if (ex.getRequestId() != null) {
			health.withDetail("requestId", ex.getRequestId());
		}
		return health.build();
	}

	private record CachedHealth(Health health, Instant expiry) {

		boolean isFreshAt(Instant now) {
			return now.isBefore(this.expiry);
		}

	}

}
