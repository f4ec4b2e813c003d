package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * Thrown when the API answers with an error status. Carries the status, the fields of
 * the API's error object ({@code type}, {@code code}, {@code param}, {@code message}),
 * the {@code x-request-id} to quote to OpenAI support, and the response headers (for
 * example the rate-limit headers of a 429).
 * <p>
 * Each status family has its own subclass, so that a caller can catch, say, 429 alone;
 * which one is thrown is decided where the response is read, not here.
 */
public class OpenAIApiException extends OpenAIException {

	private final int statusCode;

	private final @Nullable String type;

	private final @Nullable String code;

	private final @Nullable String param;

	private final @Nullable String errorMessage;

	private final @Nullable String requestId;

	private final HttpHeaders headers;

	public OpenAIApiException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(describe(statusCode, error, fallbackMessage, headers.getFirst(OpenAIHeaders.REQUEST_ID)));
		this.statusCode = statusCode;
		this.type = (error != null) ? error.type() : null;
		this.code = (error != null) ? error.code() : null;
		this.param = (error != null) ? error.param() : null;
		this.errorMessage = (error != null) ? error.message() : fallbackMessage;
		this.requestId = headers.getFirst(OpenAIHeaders.REQUEST_ID);
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	private static String describe(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			@Nullable String requestId) {
		StringBuilder text = new StringBuilder("OpenAI API error ").append(statusCode);
		if (error != null) {
			text.append(" ").append(error.type());
			if (error.code() != null) {
				text.append("/").append(error.code());
			}
			if (error.param() != null) {
				text.append(" (param '").append(error.param()).append("')");
			}
			text.append(": ").append(error.message());
		}
		else if (fallbackMessage != null) {
			text.append(": ").append(fallbackMessage);
		}
		if (requestId != null) {
			text.append(" [request id ").append(requestId).append("]");
		}
		return text.toString();
	}

	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * The error's category, such as {@code invalid_request_error}.
	 * @return the type, or {@code null} if the body had no error object
	 */
	public @Nullable String getType() {
		return this.type;
	}

	/**
	 * The error's machine-readable code, such as {@code rate_limit_exceeded}.
	 * @return the code, or {@code null}
	 */
	public @Nullable String getCode() {
		return this.code;
	}

	/**
	 * The request parameter the error is about.
	 * @return the parameter, or {@code null}
	 */
	public @Nullable String getParam() {
		return this.param;
	}

	/**
	 * The API's own message, or the start of the body when it was not an error object.
	 * @return the message, or {@code null} for an empty body
	 */
	public @Nullable String getErrorMessage() {
		return this.errorMessage;
	}

	/**
	 * The value of the {@code x-request-id} response header.
	 * @return the request id, or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * The response headers, read-only.
	 * @return the headers
	 */
	public HttpHeaders getHeaders() {
		return this.headers;
	}

}
