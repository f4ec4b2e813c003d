package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.TokenUsage;
import org.openaiboot.client.error.RateLimitBudgetExceededException;
import org.openaiboot.client.transport.Failures;

import org.springframework.http.HttpHeaders;

/**
 * The limiter of one API key. Every call observes the budgets its response reports; with
 * throttling on, a call of a model also takes one request and its estimated tokens from
 * the budget first, waiting while there is no room.
 * <p>
 * The callers of this instance that wait for one budget queue in a fair line: the first
 * sleeps until the store says there will be room, the others wait their turn, so no
 * caller spins and the store is asked once per wait. Until a response has told a
 * budget, calls of its model go one at a time, so that a burst at start-up does not run
 * into the limits before they are known.
 */
final class BudgetLimiter implements OpenAIRateLimiter {

	private final OpenAIRateLimits limits;

	private final String keyPrefix;

	private final Map<String, Line> lines = new ConcurrentHashMap<>();

	BudgetLimiter(OpenAIRateLimits limits, String keyPrefix) {
		this.limits = limits;
		this.keyPrefix = keyPrefix;
	}

	@Override
	public Permit acquire(ApiCall call, byte @Nullable [] json) {
		String model = call.model();
		if (model == null) {
			return Permit.NONE;
		}
		RateLimitSettings settings = this.limits.getSettings();
		if (!settings.throttle()) {
			return new BudgetPermit(call, model, null, 0, null);
		}
		String key = this.keyPrefix + model;
		long tokens = this.limits.cost().tokens(model, json);
		Line line = this.lines.computeIfAbsent(key, (k) -> new Line());
		long deadline = System.nanoTime() + settings.maxWait().toNanos();
		boolean probe = false;
		try {
			if (!line.turn.tryAcquire(settings.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
				throw new RateLimitBudgetExceededException(model, tokens, settings.maxWait(), settings.maxWait());
			}
			try {
				probe = take(key, model, tokens, deadline, line, settings);
			}
			finally {
				if (!probe) {
					line.turn.release();
				}
			}
		}
		catch (InterruptedException ex) {
			throw Failures.interrupted("Interrupted while waiting for the rate-limit budget of model " + model, ex);
		}
		return new BudgetPermit(call, model, key, tokens, probe ? line : null);
	}

	/**
	 * Take from the budget, waiting while it has no room.
	 * @return whether the call goes as a probe, the budget being unknown
	 */
	private boolean take(String key, String model, long tokens, long deadline, Line line, RateLimitSettings settings)
			throws InterruptedException {
		RateLimitStore store = this.limits.store();
		for (;;) {
			long outcome = store.take(key, tokens, settings.window());
			if (outcome == RateLimitStore.TAKEN) {
				return false;
			}
			if (outcome == RateLimitStore.UNKNOWN) {
				return !line.answered;
			}
			if (outcome == RateLimitStore.NEVER) {
				throw new RateLimitBudgetExceededException(model, tokens, Duration.ofMillis(-1), settings.maxWait());
			}
			if (TimeUnit.MILLISECONDS.toNanos(outcome) > deadline - System.nanoTime()) {
				throw new RateLimitBudgetExceededException(model, tokens, Duration.ofMillis(outcome),
						settings.maxWait());
			}
			Thread.sleep(outcome);
		}
	}

	/**
	 * The callers of one budget in this instance.
	 */
	private static final class Line {

		final Semaphore turn = new Semaphore(1, true);

		// a response arrived, with or without budgets: no need to probe any more
		volatile boolean answered;

	}

	private final class BudgetPermit implements Permit {

		private final ApiCall call;

		private final String model;

		private final @Nullable String key;

		private final long tokens;

		private final @Nullable Line probe;

		private final AtomicBoolean probeOver = new AtomicBoolean();

		private final AtomicBoolean finished = new AtomicBoolean();

		private final long sentAt = System.nanoTime();

		private int status;

		BudgetPermit(ApiCall call, String model, @Nullable String key, long tokens, @Nullable Line probe) {
			this.call = call;
			this.model = model;
			this.key = key;
			this.tokens = tokens;
			this.probe = probe;
		}

		@Override
		public void responded(int status, HttpHeaders headers) {
			this.status = status;
			RateLimitSnapshot snapshot = RateLimitHeaders.parse(this.model, headers, Instant.now());
			if (snapshot != null) {
				BudgetLimiter.this.limits.record(snapshot);
				if (this.key != null) {
					Duration window = BudgetLimiter.this.limits.getSettings().window();
					// the answer to a probe tells an unknown budget: taken as it is, no call in flight covers more
					RateLimitSnapshot current = (this.probe != null) ? snapshot
							: refilled(snapshot, Duration.ofNanos(System.nanoTime() - this.sentAt), window);
					BudgetLimiter.this.limits.store().observe(this.key, current, window);
				}
			}
			endProbe(true);
		}

		@Override
		public void finished(@Nullable Object answer) {
			endProbe(false);
			if (this.key == null || !this.finished.compareAndSet(false, true)) {
				return;
			}
			long unused = unusedTokens(answer);
			if (unused != 0) {
				BudgetLimiter.this.limits.store()
					.giveBack(this.key, unused, BudgetLimiter.this.limits.getSettings().window());
			}
		}

		/**
		 * The snapshot as it stands now rather than when the server counted: what filled
		 * up since the attempt was sent added, and one more for the server's rounding
		 * down. Otherwise every response would take back from the budget what filled up
		 * while the answer was on its way, and the calls would run below the limit. A
		 * re-base only ever lowers the budget, so a count a little high here only leaves a
		 * smaller difference uncorrected.
		 */
		private static RateLimitSnapshot refilled(RateLimitSnapshot snapshot, Duration age, Duration window) {
			double elapsed = (double) age.toNanos() / window.toNanos();
			return new RateLimitSnapshot(snapshot.model(), refilled(snapshot.requests(), elapsed),
					refilled(snapshot.tokens(), elapsed), snapshot.observedAt());
		}

		private static RateLimitSnapshot.@Nullable Budget refilled(RateLimitSnapshot.@Nullable Budget budget,
				double elapsed) {
			if (budget == null) {
				return null;
			}
			long remaining = (long) Math.min(budget.limit(), budget.remaining() + 1 + elapsed * budget.limit());
			return new RateLimitSnapshot.Budget(budget.limit(), remaining, budget.reset());
		}

		private long unusedTokens(@Nullable Object answer) {
			if (this.status >= 400 && this.status != 429) {
				// refused: the API counts nothing (a 429 leaves the budget to its headers)
				return this.tokens;
			}
			TokenUsage usage = this.call.usage();
			TokenUsage.Counts counts = (answer != null && usage != null) ? usage.read(answer) : null;
			return (counts != null) ? this.tokens - counts.input() - counts.output() : 0;
		}

		private void endProbe(boolean answered) {
			if (this.probe != null && this.probeOver.compareAndSet(false, true)) {
				this.probe.answered |= answered;
				this.probe.turn.release();
			}
		}

	}

}
