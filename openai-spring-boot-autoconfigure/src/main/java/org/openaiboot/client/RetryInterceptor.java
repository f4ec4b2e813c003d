package org.openaiboot.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Retries a request on connection errors and on the statuses 408, 409, 429 and 5xx, as
 * the API's own SDKs do.
 * <p>
 * The back-off comes from a {@link RetryPolicy} of {@code org.springframework.core.retry}
 * (exponential, with jitter, capped). The loop itself is here rather than in a
 * {@code RetryTemplate} because the decision and the wait depend on the response: a
 * {@code x-should-retry} header overrides the status, and {@code retry-after-ms} or
 * {@code retry-after} replaces the computed wait. The last failing response is returned
 * as it is, so that the caller turns it into a typed exception with all its details.
 */
final class RetryInterceptor implements ClientHttpRequestInterceptor {

	/** Request attribute set to {@code Boolean.FALSE} for a body that must not be sent twice. */
	static final String REPLAYABLE_ATTRIBUTE = RetryInterceptor.class.getName() + ".replayable";

	/** Request attribute holding the operation id, for the retry metric and log. */
	static final String OPERATION_ATTRIBUTE = RetryInterceptor.class.getName() + ".operation";

	private static final Log logger = LogFactory.getLog(RetryInterceptor.class);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 409, 429);

	private final RetrySettings settings;

	private final RetryPolicy policy;

	private final OpenAIMetrics metrics;

	private final Sleeper sleeper;

	RetryInterceptor(RetrySettings settings, OpenAIMetrics metrics) {
		this(settings, metrics, Thread::sleep);
	}

	RetryInterceptor(RetrySettings settings, OpenAIMetrics metrics, Sleeper sleeper) {
		this.settings = settings;
		this.metrics = metrics;
		this.sleeper = sleeper;
		this.policy = RetryPolicy.builder()
			.maxRetries(settings.maxAttempts() - 1L)
			.delay(settings.initialBackoff())
			.maxDelay(settings.maxBackoff())
			.multiplier(settings.multiplier())
			.jitter(settings.initialBackoff().dividedBy(4))
			.predicate(RetryInterceptor::isRetryable)
			.build();
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		boolean replayable = !Boolean.FALSE.equals(request.getAttributes().get(REPLAYABLE_ATTRIBUTE));
		String operation = String.valueOf(request.getAttributes().getOrDefault(OPERATION_ATTRIBUTE, "unknown"));
		BackOffExecution backOff = this.policy.getBackOff().start();
		for (int attempt = 1;; attempt++) {
			boolean lastAttempt = !replayable || attempt >= this.settings.maxAttempts();
			ClientHttpResponse response;
			try {
				response = execution.execute(request, body);
			}
			catch (IOException ex) {
				if (lastAttempt || !this.policy.shouldRetry(ex)) {
					throw ex;
				}
				waitBeforeRetry(operation, attempt, ex.getClass().getSimpleName(), backOff.nextBackOff(), null);
				continue;
			}
			int status = response.getStatusCode().value();
			if (lastAttempt || !shouldRetry(status, response.getHeaders())) {
				return response;
			}
			Duration serverWait = retryAfter(response.getHeaders());
			response.close();
			waitBeforeRetry(operation, attempt, String.valueOf(status), backOff.nextBackOff(), serverWait);
		}
	}

	private static boolean isRetryable(Throwable ex) {
		// A read timeout already cost the caller the whole timeout: retrying would multiply it.
		return ex instanceof IOException && !(ex instanceof SocketTimeoutException)
				&& !(ex instanceof HttpTimeoutException) && ex.getClass() != InterruptedIOException.class;
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

	private void waitBeforeRetry(String operation, int attempt, String reason, long computedMillis,
			@Nullable Duration serverWait) throws IOException {
		Duration wait = (serverWait != null && !serverWait.isNegative())
				? min(serverWait, this.settings.maxRetryAfter()) : Duration.ofMillis(Math.max(0, computedMillis));
		this.metrics.retry(operation, reason);
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying OpenAI operation " + operation + " after " + reason + " (attempt " + attempt
					+ " of " + this.settings.maxAttempts() + ") in " + wait.toMillis() + " ms");
		}
		try {
			this.sleeper.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting to retry " + operation);
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

}
