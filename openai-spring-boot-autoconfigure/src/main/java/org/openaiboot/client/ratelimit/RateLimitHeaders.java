package org.openaiboot.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Reads the {@code x-ratelimit-*} headers of a response. A header that is missing or
 * cannot be read is left out, never an error: the headers are advice, and a call must
 * not fail because a proxy or a compatible server wrote them differently.
 */
final class RateLimitHeaders {

	static final String LIMIT_REQUESTS = "x-ratelimit-limit-requests";

	static final String LIMIT_TOKENS = "x-ratelimit-limit-tokens";

	static final String REMAINING_REQUESTS = "x-ratelimit-remaining-requests";

	static final String REMAINING_TOKENS = "x-ratelimit-remaining-tokens";

	static final String RESET_REQUESTS = "x-ratelimit-reset-requests";

	static final String RESET_TOKENS = "x-ratelimit-reset-tokens";

	// Go's time.Duration format, as the API writes it: 1h2m3.5s, 6m0s, 20ms
	private static final Pattern DURATION = Pattern
		.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?(?:(\\d+(?:\\.\\d+)?)ms)?");

	private RateLimitHeaders() {
	}

	/**
	 * The snapshot the headers of a response tell.
	 * @param model the model the call asked for
	 * @param headers the response's headers
	 * @param now when the response arrived
	 * @return the snapshot, or {@code null} when the headers tell neither budget
	 */
	static @Nullable RateLimitSnapshot parse(String model, HttpHeaders headers, Instant now) {
		RateLimitSnapshot.Budget requests = budget(headers, LIMIT_REQUESTS, REMAINING_REQUESTS, RESET_REQUESTS);
		RateLimitSnapshot.Budget tokens = budget(headers, LIMIT_TOKENS, REMAINING_TOKENS, RESET_TOKENS);
		return (requests != null || tokens != null) ? new RateLimitSnapshot(model, requests, tokens, now) : null;
	}

	private static RateLimitSnapshot.@Nullable Budget budget(HttpHeaders headers, String limitHeader,
			String remainingHeader, String resetHeader) {
		Long limit = count(headers.getFirst(limitHeader));
		Long remaining = count(headers.getFirst(remainingHeader));
		if (limit == null || remaining == null) {
			return null;
		}
		Duration reset = duration(headers.getFirst(resetHeader));
		return new RateLimitSnapshot.Budget(limit, Math.min(remaining, limit), (reset != null) ? reset : Duration.ZERO);
	}

	static @Nullable Long count(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			long count = Long.parseLong(value.trim());
			return (count >= 0) ? count : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Read a duration as the API writes it, such as {@code 6m0s}, {@code 1s},
	 * {@code 20ms} or {@code 1h2m3.5s}; a plain number counts seconds.
	 * @param value the header's value
	 * @return the duration, or {@code null} when it cannot be read
	 */
	static @Nullable Duration duration(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			if (Character.isDigit(trimmed.charAt(trimmed.length() - 1))) {
				return seconds(trimmed);
			}
			Matcher matcher = DURATION.matcher(trimmed);
			if (!matcher.matches()) {
				return null;
			}
			Duration duration = Duration.ZERO;
			if (matcher.group(1) != null) {
				duration = duration.plusHours(Long.parseLong(matcher.group(1)));
			}
			if (matcher.group(2) != null) {
				duration = duration.plusMinutes(Long.parseLong(matcher.group(2)));
			}
			if (matcher.group(3) != null) {
				duration = duration.plus(seconds(matcher.group(3)));
			}
			if (matcher.group(4) != null) {
				duration = duration.plusNanos((long) (Double.parseDouble(matcher.group(4)) * 1_000_000));
			}
			return duration;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	private static Duration seconds(String value) {
		double seconds = Double.parseDouble(value);
		if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
			throw new NumberFormatException(value);
		}
		return Duration.ofNanos(Math.round(seconds * 1_000_000_000));
	}

}
