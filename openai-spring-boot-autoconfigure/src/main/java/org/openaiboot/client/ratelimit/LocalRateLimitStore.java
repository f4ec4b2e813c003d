package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The budgets of this instance, in memory. Thread-safe.
 */
public final class LocalRateLimitStore implements RateLimitStore {

	private final Map<String, Buckets> budgets = new ConcurrentHashMap<>();

	private final LongSupplier nanoClock;

	public LocalRateLimitStore() {
		this(System::nanoTime);
	}

	LocalRateLimitStore(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	@Override
	public long take(String key, long tokens, Duration window) {
		Buckets buckets = this.budgets.get(key);
		return (buckets != null) ? buckets.take(tokens, window, this.nanoClock.getAsLong()) : UNKNOWN;
	}

	@Override
	public void observe(String key, RateLimitSnapshot snapshot, Duration window) {
		this.budgets.computeIfAbsent(key, (k) -> new Buckets())
			.observe(snapshot, window, this.nanoClock.getAsLong());
	}

	@Override
	public void giveBack(String key, long tokens, Duration window) {
		Buckets buckets = this.budgets.get(key);
		if (buckets != null) {
			buckets.giveBack(tokens, window, this.nanoClock.getAsLong());
		}
	}

	/**
	 * The two buckets of one key; the same arithmetic as {@code budget.lua}. A limit of
	 * {@code NaN} is one no response has told. A bucket fills up to its limit less a
	 * hundredth (but to one at least): a call arrives at the server a little after it was taken from here, and
	 * only then does the server's full bucket start to fill up again.
	 */
	private static final class Buckets {

		private double requestLimit = Double.NaN;

		private double requests;

		private double tokenLimit = Double.NaN;

		private double tokens;

		private long updatedAt;

		synchronized long take(long needed, Duration window, long now) {
			refill(window, now);
			boolean requestsKnown = !Double.isNaN(this.requestLimit);
			boolean tokensKnown = !Double.isNaN(this.tokenLimit);
			if ((requestsKnown && full(this.requestLimit) < 1) || (tokensKnown && needed > full(this.tokenLimit))) {
				return NEVER;
			}
			double windowMillis = window.toNanos() / 1e6;
			double wait = 0;
			if (requestsKnown && this.requests < 1) {
				wait = (1 - this.requests) * windowMillis / this.requestLimit;
			}
			if (tokensKnown && this.tokens < needed) {
				wait = Math.max(wait, (needed - this.tokens) * windowMillis / this.tokenLimit);
			}
			if (wait > 0) {
				return Math.max(1, (long) Math.ceil(wait));
			}
			this.requests -= 1;
			this.tokens -= needed;
			return TAKEN;
		}

		synchronized void observe(RateLimitSnapshot snapshot, Duration window, long now) {
			refill(window, now);
			RateLimitSnapshot.Budget requests = snapshot.requests();
			if (requests != null) {
				this.requests = rebase(this.requestLimit, this.requests, requests);
				this.requestLimit = requests.limit();
			}
			RateLimitSnapshot.Budget tokens = snapshot.tokens();
			if (tokens != null) {
				this.tokens = rebase(this.tokenLimit, this.tokens, tokens);
				this.tokenLimit = tokens.limit();
			}
		}

		synchronized void giveBack(long count, Duration window, long now) {
			refill(window, now);
			if (!Double.isNaN(this.tokenLimit)) {
				this.tokens = Math.min(Math.max(this.tokens, full(this.tokenLimit)), this.tokens + count);
			}
		}

		private static double rebase(double limit, double left, RateLimitSnapshot.Budget reported) {
			// what is in flight from here is not in the server's count yet: never believe more than either
			return Double.isNaN(limit) ? reported.remaining() : Math.min(left, reported.remaining());
		}

		private void refill(Duration window, long now) {
			double elapsed = Math.max(0, now - this.updatedAt) / (double) window.toNanos();
			this.updatedAt = now;
			if (!Double.isNaN(this.requestLimit)) {
				this.requests = Math.max(this.requests,
						Math.min(full(this.requestLimit), this.requests + elapsed * this.requestLimit));
			}
			if (!Double.isNaN(this.tokenLimit)) {
				this.tokens = Math.max(this.tokens,
						Math.min(full(this.tokenLimit), this.tokens + elapsed * this.tokenLimit));
			}
		}

		private static double full(double limit) {
			return Math.max(limit * 0.99, Math.min(limit, 1));
		}

	}

}
