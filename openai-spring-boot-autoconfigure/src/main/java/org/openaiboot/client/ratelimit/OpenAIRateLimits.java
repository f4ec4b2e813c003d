package org.openaiboot.client.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The rate limits of one connection to the API: the budgets each response reports, per
 * model, readable here and published as gauges, and, when the settings say so, the
 * throttle that holds a call back until the budget has room for it.
 * <p>
 * Give {@link #limiter(String)} to the transport of every client of the connection:
 * <pre class="code">
 * OpenAIRateLimits limits = new OpenAIRateLimits("default", RateLimitSettings.OBSERVE.throttled(),
 *         new LocalRateLimitStore(), meterRegistry);
 * OpenAIChatClient chat = OpenAITransport.builder().apiKey(key).rateLimiter(limits.limiter(key))
 *         .build(OpenAIChatClient::new);
 * </pre>
 * Thread-safe.
 */
public final class OpenAIRateLimits {

	private final String connection;

	private final RateLimitSettings settings;

	private final RateLimitStore store;

	private final @Nullable MeterRegistry meterRegistry;

	private final Map<String, RateLimitSnapshot> snapshots = new ConcurrentHashMap<>();

	private final Map<String, OpenAIRateLimiter> limiters = new ConcurrentHashMap<>();

	private final CallCost cost;

	/**
	 * Create the rate limits of a connection.
	 * @param connection the connection's name, the {@code openai.connection} tag of the
	 * gauges
	 * @param settings whether and how to throttle
	 * @param store where the budgets live
	 * @param meterRegistry the registry of the gauges, {@code null} for none
	 */
	public OpenAIRateLimits(String connection, RateLimitSettings settings, RateLimitStore store,
			@Nullable MeterRegistry meterRegistry) {
		this.connection = connection;
		this.settings = settings;
		this.store = store;
		this.meterRegistry = meterRegistry;
		this.cost = new CallCost(settings.defaultOutputTokens());
	}

	/**
	 * The name of the connection whose limits these are.
	 * @return the name
	 */
	public String getConnection() {
		return this.connection;
	}

	/**
	 * The rate limits of another connection: the same settings, store and gauges'
	 * registry, with snapshots and gauges of its own. Connections that call with the same
	 * API key draw from the same budgets, as the API counts them.
	 * @param connection the other connection's name
	 * @return its rate limits
	 */
	public OpenAIRateLimits forConnection(String connection) {
		return new OpenAIRateLimits(connection, this.settings, this.store, this.meterRegistry);
	}

	/**
	 * The settings.
	 * @return the settings
	 */
	public RateLimitSettings getSettings() {
		return this.settings;
	}

	/**
	 * The budgets the last response for a model reported.
	 * @param model the model the calls asked for
	 * @return the snapshot, or {@code null} when no response for it reported any
	 */
	public @Nullable RateLimitSnapshot snapshot(String model) {
		return this.snapshots.get(model);
	}

	/**
	 * The budgets last reported for each model.
	 * @return the snapshots by model, a copy
	 */
	public Map<String, RateLimitSnapshot> snapshots() {
		return Map.copyOf(this.snapshots);
	}

	/**
	 * The limiter for the transports that call with an API key, all of which draw from
	 * the same budgets.
	 * @param apiKey the key, {@code null} for calls without one; only a hash of it is
	 * kept
	 * @return the limiter
	 */
	public OpenAIRateLimiter limiter(@Nullable String apiKey) {
		String keyPrefix = this.settings.keyPrefix() + ":" + hash(apiKey) + ":";
		return this.limiters.computeIfAbsent(keyPrefix, (prefix) -> new BudgetLimiter(this, prefix));
	}

	void record(RateLimitSnapshot snapshot) {
		if (this.snapshots.put(snapshot.model(), snapshot) == null && this.meterRegistry != null) {
			RateLimitGauges.register(this.meterRegistry, this, snapshot.model());
		}
	}

	RateLimitStore store() {
		return this.store;
	}

	CallCost cost() {
		return this.cost;
	}

	private static String hash(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isEmpty()) {
			return "no-key";
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	@Override
	public String toString() {
		return "OpenAIRateLimits[connection=" + this.connection + ", throttle=" + this.settings.throttle() + ", store="
				+ this.store.getClass().getSimpleName() + "]";
	}

}
