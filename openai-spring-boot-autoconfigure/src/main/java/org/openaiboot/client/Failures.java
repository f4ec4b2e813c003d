package org.openaiboot.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ErrorResponse;
import org.openaiboot.models.common.OpenAIError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/**
 * Turns what went wrong in a call into the typed exception its caller gets: error
 * statuses and error events, unreadable bodies, I/O failures, passed deadlines and
 * limits. Whatever the server sent is masked first, so that a quoted API key never
 * reaches a message, a header or a stack trace.
 */
final class Failures {

	private static final int MAX_ERROR_BODY = 64 * 1024;

	static final String MAX_JSON_TOKENS = "openai.limits.max-json-tokens";

	private static final String APACHE_POOL_TIMEOUT = "org.apache.hc.core5.http.ConnectionRequestTimeoutException";

	private static final String APACHE_MESSAGE_CONSTRAINT = "org.apache.hc.core5.http.MessageConstraintException";

	/** How the JDK's HttpClient reports headers past {@code jdk.http.maxHeaderSize}. */
	private static final String JDK_HEADER_LIMIT = "Header size too big";

	private final JsonMapper jsonMapper;

	private final SecretMasker masker;

	private final String host;

	private final int maxConnections;

	Failures(JsonMapper jsonMapper, SecretMasker masker, String host, int maxConnections) {
		this.jsonMapper = jsonMapper;
		this.masker = masker;
		this.host = host;
		this.maxConnections = maxConnections;
	}

	/**
	 * The exception for a response with an error or redirect status, from its error
	 * object or, failing that, the start of its body.
	 */
	OpenAIApiException apiException(ClientHttpResponse response) throws IOException {
		byte[] body = response.getBody().readNBytes(MAX_ERROR_BODY);
		int status = response.getStatusCode().value();
		OpenAIError error = parseError(body);
		String fallback = (error != null) ? null
				: describeBody(status, this.masker.maskCut(new String(body, StandardCharsets.UTF_8)));
		return forStatus(status, this.masker.mask(error), fallback,
				this.masker.mask(response.getHeaders()));
	}

	/**
	 * The exception for an error sent as an event of a successful stream.
	 */
	OpenAIApiException streamError(ServerSentEvent event, ClientHttpResponse response) throws IOException {
		OpenAIError error = this.masker.mask(parseError(event.data()));
		return forStatus(response.getStatusCode().value(), error,
				describeBody(200, this.masker.maskCut(event.text())), this.masker.mask(response.getHeaders()));
	}

	/**
	 * The exception that fits a status: one class per family, the one place that knows
	 * them all.
	 * @param statusCode the HTTP status
	 * @param error the error object of the body, if the body had one
	 * @param fallbackMessage what to report when there is no error object (for example
	 * the start of a proxy's HTML page)
	 * @param headers the response headers
	 * @return the exception
	 */
	private static OpenAIApiException forStatus(int statusCode, @Nullable OpenAIError error,
			@Nullable String fallbackMessage, HttpHeaders headers) {
		return switch (statusCode) {
			case 400 -> new BadRequestException(statusCode, error, fallbackMessage, headers);
			case 401 -> new AuthenticationException(statusCode, error, fallbackMessage, headers);
			case 403 -> new PermissionDeniedException(statusCode, error, fallbackMessage, headers);
			case 404 -> new NotFoundException(statusCode, error, fallbackMessage, headers);
			case 409 -> new ConflictException(statusCode, error, fallbackMessage, headers);
			case 422 -> new UnprocessableEntityException(statusCode, error, fallbackMessage, headers);
			case 429 -> new RateLimitException(statusCode, error, fallbackMessage, headers);
			default -> (statusCode >= 500) ? new InternalServerException(statusCode, error, fallbackMessage, headers)
					: (statusCode >= 300 && statusCode < 400)
							? new RedirectException(statusCode, error, fallbackMessage, headers)
							: new OpenAIApiException(statusCode, error, fallbackMessage, headers);
		};
	}

	/**
	 * The exception for a successful response whose body cannot be read as expected.
	 * @param problem what is wrong with the body
	 * @param bodyStart the start of the body, unmasked
	 */
	OpenAIResponseException unreadable(String problem, ClientHttpResponse response, String bodyStart,
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
	ResponseTooLargeException tooLarge(StreamConstraintsException ex) {
		String limit = (ex.getMessage() != null && ex.getMessage().startsWith("Token count")) ? MAX_JSON_TOKENS
				: "Jackson's StreamReadConstraints";
		return new ResponseTooLargeException("The response went past a limit of the JSON parser (" + limit + "): "
				+ this.masker.mask(ex.getOriginalMessage()), limit, this.masker.scrub(ex));
	}

	@Nullable OpenAIError parseError(byte[] body) {
		try {
			JsonNode tree = this.jsonMapper.readTree(body);
			if (tree != null && tree.get("error") != null && tree.get("error").isObject()) {
				return this.jsonMapper.treeToValue(tree, ErrorResponse.class).error();
			}
		}
		catch (JacksonException ex) {
			// not JSON: the caller quotes the body instead
		}
		return null;
	}

	private static String describeBody(int status, String body) {
		String head = BodyHeadInputStream.quote(body);
		return head.isEmpty() ? "HTTP " + status + " with an empty body" : "HTTP " + status + ": " + head;
	}

	/**
	 * The exception for a call that failed in {@code RestClient} or the HTTP engine.
	 * @param ex what was thrown
	 * @param deadline the deadline of the call, if it has one
	 * @return the exception to throw
	 */
	RuntimeException translate(RuntimeException ex, @Nullable CallDeadline deadline) {
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
	OpenAIException io(IOException ex, @Nullable CallDeadline deadline) {
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
