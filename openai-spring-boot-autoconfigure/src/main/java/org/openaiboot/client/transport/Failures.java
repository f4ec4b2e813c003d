package org.openaiboot.client.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.http.HttpTimeoutException;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.client.ResponseLimits;
import org.openaiboot.client.error.ApiExceptionMapper;
import org.openaiboot.client.error.ConnectionPoolTimeoutException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.OpenAIException;
import org.openaiboot.client.error.OpenAIResponseException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.error.ResponseTooLargeException;
import tools.jackson.core.exc.StreamConstraintsException;

import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/**
 * Turns what went wrong in a call, other than an error answer of the API (see
 * {@link ApiExceptionMapper}), into the typed exception its caller gets: unreadable
 * bodies, I/O failures, passed deadlines and limits. Whatever the server sent is masked
 * first, so that a quoted API key never reaches a message or a stack trace.
 * <p>
 * Internal; not part of the API.
 */
public final class Failures {

	static final String MAX_JSON_TOKENS = "openai.limits.max-json-tokens";

	private static final String APACHE_POOL_TIMEOUT = "org.apache.hc.core5.http.ConnectionRequestTimeoutException";

	private static final String APACHE_MESSAGE_CONSTRAINT = "org.apache.hc.core5.http.MessageConstraintException";

	/** How the JDK's HttpClient reports headers past {@code jdk.http.maxHeaderSize}. */
	private static final String JDK_HEADER_LIMIT = "Header size too big";

	private final SecretMasker masker;

	private final String host;

	private final int maxConnections;

	public Failures(SecretMasker masker, String host, int maxConnections) {
		this.masker = masker;
		this.host = host;
		this.maxConnections = maxConnections;
	}

	/**
	 * The exception for a successful response whose body cannot be read as expected.
	 * @param problem what is wrong with the body
	 * @param bodyStart the start of the body, unmasked
	 */
	public OpenAIResponseException unreadable(String problem, ClientHttpResponse response, String bodyStart,
			@Nullable Throwable cause) throws IOException {
		return new OpenAIResponseException(problem, response.getStatusCode().value(),
				this.masker.maskNullable(response.getHeaders().getFirst(OpenAIHeaders.REQUEST_ID)),
				BodyHeadInputStream.quote(this.masker.maskCut(bodyStart)), this.masker.scrub(cause));
	}

	/**
	 * The exception for a body or event that went past one of the parser's limits: the
	 * token count of the {@link ResponseLimits}, or a limit of Jackson's own (the length of
	 * one string, number or name, the nesting depth).
	 */
	public ResponseTooLargeException tooLarge(StreamConstraintsException ex) {
		String limit = (ex.getMessage() != null && ex.getMessage().startsWith("Token count")) ? MAX_JSON_TOKENS
				: "Jackson's StreamReadConstraints";
		return new ResponseTooLargeException("The response went past a limit of the JSON parser (" + limit + "): "
				+ this.masker.mask(ex.getOriginalMessage()), limit, this.masker.scrub(ex));
	}

	/**
	 * The exception for a call that failed in {@code RestClient} or the HTTP engine.
	 * @param ex what was thrown
	 * @param deadline the deadline of the call, if it has one
	 * @return the exception to throw
	 */
	public RuntimeException translate(RuntimeException ex, @Nullable CallDeadline deadline) {
		if (ex instanceof ResourceAccessException && ex.getCause() instanceof IOException io) {
			return io(io, deadline);
		}
		if (ex instanceof RestClientException) {
			return new OpenAIException("OpenAI API call failed: " + this.masker.mask(String.valueOf(ex.getMessage())),
					this.masker.scrub(ex));
		}
		return ex;
	}

	/**
	 * The exception for an I/O failure while sending a request or reading its answer.
	 * @param ex the failure
	 * @param deadline the deadline of the call, if it has one; once it has passed, every
	 * failure is a timeout, as the deadline caused it
	 * @return the exception to throw
	 */
	public OpenAIException io(IOException ex, @Nullable CallDeadline deadline) {
		Throwable cause = this.masker.scrub(ex);
		String detail = this.masker.mask(ex.toString());
		if (deadline != null && deadline.isExpired()) {
			return new OpenAITimeoutException("OpenAI API call did not complete within its time limit of "
					+ deadline.timeout() + " (openai.call-timeout)", cause);
		}
		if (ex instanceof LimitExceededException limit) {
			return new ResponseTooLargeException(limit.getMessage() + " (" + limit.limit() + ")", limit.limit(), cause);
		}
		if (isHeaderLimit(ex)) {
			return new ResponseTooLargeException("The response headers went past a limit: " + detail
					+ " (openai.limits.max-header-count and max-header-size for Apache HttpClient, the"
					+ " jdk.http.maxHeaderSize system property for the JDK's HttpClient)", "openai.limits.max-header-count",
					cause);
		}
		if (isPoolTimeout(ex)) {
			String size = (this.maxConnections > 0) ? "all " + this.maxConnections + " connections"
					: "all connections";
			return new ConnectionPoolTimeoutException("No pooled connection to " + this.host
					+ " became free in time (openai.pool.acquire-timeout): " + size
					+ " of the pool (openai.pool.max-connections) are in use; streams left open hold theirs",
					this.maxConnections, cause);
		}
		if (isTimeout(ex)) {
			return new OpenAITimeoutException("OpenAI API call timed out: " + detail, cause);
		}
		return new OpenAIConnectionException("OpenAI API could not be reached or the connection broke: " + detail,
				cause);
	}

	/**
	 * The exception for a thread interrupted while it waited (for a retry, a part's turn,
	 * a job's next check), with its interrupt flag set again so that callers further up
	 * still see it.
	 * @param message what the thread was waiting for
	 * @param ex the interruption
	 * @return the exception to throw
	 */
	public static OpenAIConnectionException interrupted(String message, InterruptedException ex) {
		Thread.currentThread().interrupt();
		return new OpenAIConnectionException(message, new InterruptedIOException(ex.getMessage()));
	}

	/**
	 * Whether a failed attempt may be repeated: not when the caller already waited a
	 * timeout out, nor when the pool is full or a limit was passed, which another attempt
	 * would meet again.
	 * @param ex the failure
	 * @return whether to retry
	 */
	static boolean isRetryable(Throwable ex) {
		return ex instanceof IOException io && !isTimeout(io) && !isPoolTimeout(io) && !isHeaderLimit(io)
				&& !(io instanceof LimitExceededException) && io.getClass() != InterruptedIOException.class;
	}

	static boolean isTimeout(IOException ex) {
		// SocketTimeoutException and Apache's ConnectTimeoutException are both
		// InterruptedIOExceptions; a bare one means the thread was interrupted.
		return ex instanceof HttpTimeoutException || (ex instanceof InterruptedIOException
				&& ex.getClass() != InterruptedIOException.class && !isPoolTimeout(ex));
	}

	private static boolean isPoolTimeout(IOException ex) {
		return ex.getClass().getName().equals(APACHE_POOL_TIMEOUT);
	}

	private static boolean isHeaderLimit(IOException ex) {
		return ex.getClass().getName().equals(APACHE_MESSAGE_CONSTRAINT) || (ex instanceof ProtocolException
				&& ex.getMessage() != null && ex.getMessage().startsWith(JDK_HEADER_LIMIT));
	}

}
