package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of the budgets, on a clock the test moves.
 */
class LocalRateLimitStoreTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final LocalRateLimitStore store = new LocalRateLimitStore(this.clock::get);

	@Test
	void knowsNoBudgetBeforeAResponseToldOne() {
		assertThat(this.store.take("k", 10, MINUTE)).isEqualTo(RateLimitStore.UNKNOWN);
	}

	@Test
	void takesWhileThereIsRoomThenTellsTheWaitUntilThereWillBe() {
		this.store.observe("k", snapshot(60, 2, 6000, 6000), MINUTE);
		assertThat(this.store.take("k", 100, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		assertThat(this.store.take("k", 100, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		// 60 requests a minute: one more every second
		assertThat(this.store.take("k", 100, MINUTE)).isEqualTo(1000);
		advance(Duration.ofMillis(400));
		assertThat(this.store.take("k", 100, MINUTE)).isEqualTo(600);
		advance(Duration.ofMillis(600));
		assertThat(this.store.take("k", 100, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
	}

	@Test
	void waitsForTheTokensACallNeeds() {
		this.store.observe("k", snapshot(1000, 1000, 6000, 500), MINUTE);
		// 6000 tokens a minute, 100 a second: 500 more take 5 seconds
		assertThat(this.store.take("k", 1000, MINUTE)).isEqualTo(5000);
		advance(Duration.ofSeconds(5));
		assertThat(this.store.take("k", 1000, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
	}

	@Test
	void refusesACallThatNeedsMoreThanTheWholeWindow() {
		this.store.observe("k", snapshot(1000, 1000, 6000, 6000), MINUTE);
		assertThat(this.store.take("k", 5941, MINUTE)).isEqualTo(RateLimitStore.NEVER);
	}

	@Test
	void fillsUpToTheLimitLessAHundredthAsTheServersFullBucketStartsLater() {
		this.store.observe("k", snapshot(100, 99, 100_000, 100_000), MINUTE);
		assertThat(this.store.take("k", 0, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		advance(Duration.ofMinutes(5));
		for (int i = 0; i < 99; i++) {
			assertThat(this.store.take("k", 0, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		}
		assertThat(this.store.take("k", 0, MINUTE)).isPositive();
	}

	@Test
	void neverBelievesMoreThanTheServerReportsNorMoreThanItCounted() {
		this.store.observe("k", snapshot(60, 60, 6000, 6000), MINUTE);
		assertThat(this.store.take("k", 5000, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		// a late answer of an earlier call, counted before this one was
		this.store.observe("k", snapshot(60, 59, 6000, 5900), MINUTE);
		assertThat(this.store.take("k", 1001, MINUTE)).isPositive();
		// another instance took from the same key: the server knows better
		this.store.observe("k", snapshot(60, 0, 6000, 6000), MINUTE);
		assertThat(this.store.take("k", 1, MINUTE)).isEqualTo(1000);
	}

	@Test
	void givesBackWhatACallDidNotUseUpToTheLimitLessAHundredth() {
		this.store.observe("k", snapshot(60, 60, 6000, 1000), MINUTE);
		assertThat(this.store.take("k", 1000, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		this.store.giveBack("k", 800, MINUTE);
		assertThat(this.store.take("k", 800, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		this.store.giveBack("k", 100_000, MINUTE);
		assertThat(this.store.take("k", 5940, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		assertThat(this.store.take("k", 1, MINUTE)).isPositive();
	}

	@Test
	void takesMoreWhenACallUsedMoreThanItsEstimate() {
		this.store.observe("k", snapshot(60, 60, 6000, 1000), MINUTE);
		assertThat(this.store.take("k", 500, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		this.store.giveBack("k", -500, MINUTE);
		assertThat(this.store.take("k", 100, MINUTE)).isEqualTo(1000);
	}

	@Test
	void aBudgetWithOnlyRequestsReportedLimitsRequestsOnly() {
		this.store.observe("k",
				new RateLimitSnapshot("m", new RateLimitSnapshot.Budget(1, 1, Duration.ZERO), null, Instant.now()),
				MINUTE);
		assertThat(this.store.take("k", 1_000_000, MINUTE)).isEqualTo(RateLimitStore.TAKEN);
		assertThat(this.store.take("k", 0, MINUTE)).isEqualTo(60_000);
	}

	private void advance(Duration duration) {
		this.clock.addAndGet(duration.toNanos());
	}

	static RateLimitSnapshot snapshot(long requestLimit, long requests, long tokenLimit, long tokens) {
		return new RateLimitSnapshot("m", new RateLimitSnapshot.Budget(requestLimit, requests, Duration.ZERO),
				new RateLimitSnapshot.Budget(tokenLimit, tokens, Duration.ZERO), Instant.now());
	}

}
