package org.openaiboot.client.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.observation.OpenAIMetrics;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.web.client.ResourceAccessException;

/**
 * Repeats a call on connection errors and on the statuses 408, 409, 429 and 5xx, as the
 * API's own SDKs do.
 * <p>
 * The back-off comes from a {@link RetryPolicy} of {@code org.springframework.core.retry}
 * (exponential, with jitter, capped). The loop itself is here rather than in a
 * {@code RetryTemplate} because the decision and the wait depend on the response: a
 * {@code x-should-retry} header overrides the status, and {@code retry-after-ms} or
 * {@code retry-after} replaces the computed wait. The last attempt's response is read as
 * it is, so that a failure becomes a typed exception with all its details.
 * <p>
 * It wraps whole {@code RestClient} exchanges rather than being a
 * {@code ClientHttpRequestInterceptor}: any interceptor makes {@code RestClient} buffer
 * every request body in memory and copy its headers once more, uploads included.
 * <p>
 * Internal; not part of the API.
 */
public final class RetryLoop {

	private static final Log logger = LogFactory.getLog(RetryLoop.class);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 409, 429);

	private final RetrySettings settings;

	private final int maxAttempts;

	private final @Nullable RetryPolicy policy;

	private final OpenAIMetrics metrics;

	private final Sleeper sleeper;

	public RetryLoop(RetrySettings settings, OpenAIMetrics metrics) {
		this(settings, metrics, Thread::sleep);
	}

	RetryLoop(RetrySettings settings, OpenAIMetrics metrics, Sleeper sleeper) {
		this.settings = settings;
		this.metrics = metrics;
		this.sleeper = sleeper;
		this.maxAttempts = settings.enabled() ? settings.maxAttempts() : 1;
		this.policy = (this.maxAttempts > 1) ? RetryPolicy.builder()
			.maxRetries(this.maxAttempts - 1L)
			.delay(settings.initialBackoff())
			.maxDelay(settings.maxBackoff())
			.multiplier(settings.multiplier())
			.jitter(settings.initialBackoff().dividedBy(4))
			.predicate(Failures::isRetryable)
			.build() : null;
	}

	/**
	 * Run the attempts of one call until one of them finishes it.
	 * @param operation the operation id, for the retry metric and log
	 * @param replayable whether the request may be sent more than once; a body read from a
	 * stream may not
	 * @param attempt sends the request once
	 * @return the value of the attempt that finished the call
	 */
	public <T> T run(String operation, boolean replayable, Attempt<T> attempt) {
		RetryPolicy policy = replayable ? this.policy : null;
		int maxAttempts = (policy != null) ? this.maxAttempts : 1;
		CallDeadline deadline = CallDeadline.current();
		BackOffExecution backOff = null;
		boolean staleRetried = false;
		for (int number = 1;; number++) {
			boolean mayRetry = number < maxAttempts;
			Outcome<T> outcome;
			try {
				outcome = attempt.send(mayRetry);
			}
			catch (ResourceAccessException ex) {
				if (deadline != null && deadline.isExpired()) {
					throw ex;
				}
				if (ex.getCause() instanceof StaleConnectionException && replayable && !staleRetried) {
					// provably never processed: again at once, on another connection, and not
					// counted as an attempt
					staleRetried = true;
					number--;
					this.metrics.retry(operation, "stale connection");
					continue;
				}
				if (policy == null || !mayRetry || !(ex.getCause() instanceof IOException cause)
						|| !policy.shouldRetry(cause)) {
					throw ex;
				}
				outcome = new Again<>(cause.getClass().getSimpleName(), null, ex);
			}
			if (outcome instanceof Done<T> done) {
				return done.value();
			}
			Again<T> again = (Again<T>) outcome;
			backOff = (backOff != null) ? backOff : policy.getBackOff().start();
			waitBeforeRetry(operation, number, maxAttempts, again, backOff.nextBackOff(), deadline);
		}
	}

	/**
	 * Whether a response asks for another attempt; if so, it is closed.
	 * @param response the response of an attempt that may be retried
	 * @return the outcome to return from the attempt, or {@code null} to read the response
	 * @throws IOException if the status cannot be read
	 */
	public <T> @Nullable Outcome<T> retryFor(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		if (status < 400 || !shouldRetry(status, response.getHeaders())) {
			return null;
		}
		Duration serverWait = retryAfter(response.getHeaders());
		CallDeadline deadline = CallDeadline.current();
		if (deadline != null && serverWait != null
				&& min(serverWait, this.settings.maxRetryAfter()).compareTo(deadline.remaining()) >= 0) {
			// no time for another attempt: this answer is the call's
			return null;
		}
		response.close();
		return new Again<>(String.valueOf(status), serverWait, null);
	}

	static boolean shouldRetry(int status, HttpHeaders headers) {
		String verdict = headers.getFirst(OpenAIHeaders.SHOULD_RETRY);
		if ("true".equalsIgnoreCase(verdict)) {
			return true;
		}
		if ("false".equalsIgnoreCase(verdict)) {
			return false;
		}
		return RETRYABLE_STATUSES.contains(status) || status >= 500;
	}

	/**
	 * The wait the server asked for, from {@code retry-after-ms}, or {@code retry-after} in
	 * seconds or as an HTTP date.
	 * @param headers the response headers
	 * @return the wait, or {@code null} when the server gave none that can be read
	 */
	static @Nullable Duration retryAfter(HttpHeaders headers) {
		String millis = headers.getFirst(OpenAIHeaders.RETRY_AFTER_MS);
		if (millis != null) {
			try {
				return Duration.ofMillis((long) Double.parseDouble(millis.trim()));
			}
			catch (NumberFormatException ex) {
				// fall through to retry-after
			}
		}
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null) {
			return null;
		}
		try {
			return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private void waitBeforeRetry(String operation, int attempt, int maxAttempts, Again<?> again,
			long computedMillis, @Nullable CallDeadline deadline) {
		Duration serverWait = again.serverWait();
		Duration wait = (serverWait != null && !serverWait.isNegative())
				? min(serverWait, this.settings.maxRetryAfter()) : Duration.ofMillis(Math.max(0, computedMillis));
		if (deadline != null && wait.compareTo(deadline.remaining()) >= 0) {
			if (again.failure() != null) {
				throw again.failure();
			}
			throw new OpenAITimeoutException("OpenAI operation " + operation + " would pass its time limit of "
					+ deadline.timeout() + " (openai.call-timeout) before its next attempt; the last one failed with "
					+ again.reason(), new InterruptedIOException("No time left to retry"));
		}
		this.metrics.retry(operation, again.reason());
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying OpenAI operation " + operation + " after " + again.reason() + " (attempt " + attempt
					+ " of " + maxAttempts + ") in " + wait.toMillis() + " ms");
		}
		try {
			this.sleeper.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			throw Failures.interrupted("Interrupted while waiting to retry " + operation, ex);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * Waits between attempts; replaced in tests.
	 */
	@FunctionalInterface
	interface Sleeper {

		void sleep(long millis) throws InterruptedException;

	}

	/**
	 * Sends the request of a call once.
	 */
	@FunctionalInterface
	public interface Attempt<T> {

		/**
		 * Send the request.
		 * @param mayRetry whether another attempt may follow; if not, a response that asks
		 * for one must be read as the final answer
		 * @return the outcome
		 */
		Outcome<T> send(boolean mayRetry);

	}

	/**
	 * What an attempt came to: the call's value, or a request for another attempt.
	 */
	public sealed interface Outcome<T> permits Done, Again {

	}

	public record Done<T>(T value) implements Outcome<T> {

	}

	/**
	 * Another attempt is wanted.
	 * @param reason the status or failure that asks for it, for the metric and log
	 * @param serverWait the wait the server asked for, if any
	 * @param failure the failure to throw when there is no time left for the attempt
	 */
	record Again<T>(String reason, @Nullable Duration serverWait,
			@Nullable RuntimeException failure) implements Outcome<T> {

	}

}
