package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a successful response cannot be read as the expected type: an empty body,
 * malformed JSON or a page that is not JSON at all. Carries the status, the request id
 * and the start of the body so that the cause can be found.
 */
public class OpenAIResponseException extends OpenAIException {

	private final int statusCode;

	private final @Nullable String requestId;

	private final String bodyStart;

	public OpenAIResponseException(String problem, int statusCode, @Nullable String requestId, String bodyStart,
			@Nullable Throwable cause) {
		super(problem + " (status " + statusCode + ", request id " + requestId + ", body: '" + bodyStart + "')",
				cause);
		this.statusCode = statusCode;
		this.requestId = requestId;
		this.bodyStart = bodyStart;
	}

	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * The value of the {@code x-request-id} response header.
	 * @return the request id, or {@code null} if the response had none
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * The first characters of the body, as far as they were read.
	 * @return the start of the body, possibly empty
	 */
	public String getBodyStart() {
		return this.bodyStart;
	}

}
