package org.openaiboot.client.transport;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTests {

	@Test
	void readsMilliseconds() {
		assertThat(RetryLoop.retryAfter(headers("retry-after-ms", "1500"))).isEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void millisecondsWinOverSeconds() {
		HttpHeaders headers = headers("retry-after-ms", "20");
		headers.set("retry-after", "5");
		assertThat(RetryLoop.retryAfter(headers)).isEqualTo(Duration.ofMillis(20));
	}

	@Test
	void readsSeconds() {
		assertThat(RetryLoop.retryAfter(headers("retry-after", "2"))).isEqualTo(Duration.ofSeconds(2));
		assertThat(RetryLoop.retryAfter(headers("retry-after", "0.5"))).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void readsHttpDate() {
		String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
		assertThat(RetryLoop.retryAfter(headers("retry-after", inTenSeconds)))
			.isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
	}

	@Test
	void pastDateMeansNoWait() {
		assertThat(RetryLoop.retryAfter(headers("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")))
			.isEqualTo(Duration.ZERO);
	}

	@Test
	void unreadableOrAbsentMeansNone() {
		assertThat(RetryLoop.retryAfter(headers("retry-after", "soon"))).isNull();
		assertThat(RetryLoop.retryAfter(new HttpHeaders())).isNull();
	}

	@Test
	void shouldRetryHeaderOverridesStatus() {
		assertThat(RetryLoop.shouldRetry(503, headers("x-should-retry", "false"))).isFalse();
		assertThat(RetryLoop.shouldRetry(400, headers("x-should-retry", "true"))).isTrue();
		assertThat(RetryLoop.shouldRetry(429, new HttpHeaders())).isTrue();
		assertThat(RetryLoop.shouldRetry(408, new HttpHeaders())).isTrue();
		assertThat(RetryLoop.shouldRetry(409, new HttpHeaders())).isTrue();
		assertThat(RetryLoop.shouldRetry(500, new HttpHeaders())).isTrue();
		assertThat(RetryLoop.shouldRetry(400, new HttpHeaders())).isFalse();
		assertThat(RetryLoop.shouldRetry(401, new HttpHeaders())).isFalse();
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(name, value);
		return headers;
	}

}
