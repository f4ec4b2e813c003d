package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the {@code x-ratelimit-*} headers: every duration form the API writes, and
 * whatever else arrives ignored rather than failing the call.
 */
class RateLimitHeadersTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void readsGoDurations() {
		assertThat(RateLimitHeaders.duration("6m0s")).isEqualTo(Duration.ofMinutes(6));
		assertThat(RateLimitHeaders.duration("1s")).isEqualTo(Duration.ofSeconds(1));
		assertThat(RateLimitHeaders.duration("20ms")).isEqualTo(Duration.ofMillis(20));
		assertThat(RateLimitHeaders.duration("1h2m3.5s")).isEqualTo(Duration.parse("PT1H2M3.5S"));
		assertThat(RateLimitHeaders.duration("0s")).isEqualTo(Duration.ZERO);
		assertThat(RateLimitHeaders.duration("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(RateLimitHeaders.duration("1.25ms")).isEqualTo(Duration.ofNanos(1_250_000));
		assertThat(RateLimitHeaders.duration(" 17.5s ")).isEqualTo(Duration.ofMillis(17_500));
	}

	@Test
	void readsAPlainNumberAsSeconds() {
		assertThat(RateLimitHeaders.duration("2")).isEqualTo(Duration.ofSeconds(2));
		assertThat(RateLimitHeaders.duration("0.5")).isEqualTo(Duration.ofMillis(500));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "soon", "5 minutes", "-1s", "1x", "s", "ms", "1.2.3s", "1e400", "NaN", "m5s",
			"5s3m" })
	void ignoresDurationsItCannotRead(String value) {
		assertThat(RateLimitHeaders.duration(value)).isNull();
	}

	@Test
	void readsBothBudgets() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-limit-requests", "60");
		headers.set("x-ratelimit-remaining-requests", "59");
		headers.set("x-ratelimit-reset-requests", "1s");
		headers.set("x-ratelimit-limit-tokens", "150000");
		headers.set("x-ratelimit-remaining-tokens", "149984");
		headers.set("x-ratelimit-reset-tokens", "6m0s");
		RateLimitSnapshot snapshot = RateLimitHeaders.parse("gpt-4o", headers, NOW);
		assertThat(snapshot).isEqualTo(new RateLimitSnapshot("gpt-4o",
				new RateLimitSnapshot.Budget(60, 59, Duration.ofSeconds(1)),
				new RateLimitSnapshot.Budget(150000, 149984, Duration.ofMinutes(6)), NOW));
	}

	@Test
	void leavesOutABudgetWhoseCountsAreMissingOrUnreadable() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-limit-requests", "60");
		headers.set("x-ratelimit-remaining-requests", "many");
		headers.set("x-ratelimit-limit-tokens", "1000");
		headers.set("x-ratelimit-remaining-tokens", "10");
		headers.set("x-ratelimit-reset-tokens", "later");
		RateLimitSnapshot snapshot = RateLimitHeaders.parse("gpt-4o", headers, NOW);
		assertThat(snapshot).isNotNull();
		assertThat(snapshot.requests()).isNull();
		assertThat(snapshot.tokens()).isEqualTo(new RateLimitSnapshot.Budget(1000, 10, Duration.ZERO));
	}

	@Test
	void readsNothingFromAResponseWithoutTheHeaders() {
		assertThat(RateLimitHeaders.parse("gpt-4o", new HttpHeaders(), NOW)).isNull();
	}

	@Test
	void ignoresNegativeAndOverflowingCounts() {
		assertThat(RateLimitHeaders.count("-1")).isNull();
		assertThat(RateLimitHeaders.count("99999999999999999999")).isNull();
		assertThat(RateLimitHeaders.count("12.5")).isNull();
		assertThat(RateLimitHeaders.count(" 42 ")).isEqualTo(42);
	}

	@Test
	void capsWhatRemainsAtTheLimit() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-limit-requests", "10");
		headers.set("x-ratelimit-remaining-requests", "12");
		RateLimitSnapshot snapshot = RateLimitHeaders.parse("gpt-4o", headers, NOW);
		assertThat(snapshot.requests().remaining()).isEqualTo(10);
	}

}
