package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.observation.OpenAIMetrics;

/**
 * The gauges of one model's last reported budgets: {@value #LIMIT}, {@value #REMAINING}
 * and {@value #RESET} (in seconds, counting down from when it was reported), each with
 * {@code type=requests} and {@code type=tokens}. A budget not reported reads as
 * {@code NaN}.
 */
final class RateLimitGauges {

	static final String LIMIT = "openai.client.ratelimit.limit";

	static final String REMAINING = "openai.client.ratelimit.remaining";

	static final String RESET = "openai.client.ratelimit.reset";

	private RateLimitGauges() {
	}

	static void register(MeterRegistry registry, OpenAIRateLimits limits, String model) {
		for (String type : new String[] { "requests", "tokens" }) {
			Function<RateLimitSnapshot, RateLimitSnapshot.@Nullable Budget> budget = type.equals("requests")
					? RateLimitSnapshot::requests : RateLimitSnapshot::tokens;
			gauge(registry, limits, model, type, LIMIT, "The limit the API last reported", null, budget,
					(b, at) -> b.limit());
			gauge(registry, limits, model, type, REMAINING, "What was left of the limit the API last reported", null,
					budget, (b, at) -> b.remaining());
			gauge(registry, limits, model, type, RESET, "Time until the budget the API last reported is whole again",
					"seconds", budget, RateLimitGauges::resetSeconds);
		}
	}

	private static double resetSeconds(RateLimitSnapshot.Budget budget, Instant observedAt) {
		Duration left = budget.reset().minus(Duration.between(observedAt, Instant.now()));
		return left.isNegative() ? 0 : left.toNanos() / 1e9;
	}

	private static void gauge(MeterRegistry registry, OpenAIRateLimits limits, String model, String type,
			String name, String description, @Nullable String unit,
			Function<RateLimitSnapshot, RateLimitSnapshot.@Nullable Budget> budget, Value value) {
		Gauge.builder(name, limits, (owner) -> {
			RateLimitSnapshot snapshot = owner.snapshot(model);
			RateLimitSnapshot.Budget found = (snapshot != null) ? budget.apply(snapshot) : null;
			return (found != null) ? value.of(found, snapshot.observedAt()) : Double.NaN;
		})
			.description(description)
			.baseUnit(unit)
			.tags("type", type, "model", model, OpenAIMetrics.CONNECTION, limits.getConnection())
			.strongReference(true)
			.register(registry);
	}

	@FunctionalInterface
	private interface Value {

		double of(RateLimitSnapshot.Budget budget, Instant observedAt);

	}

}
