package org.openaiboot.client.error;

import org.openaiboot.client.ResponseLimits;

/**
 * Thrown when a response goes past one of the {@link ResponseLimits}: a body, a stream
 * event, or the count or size of its headers. The connection is dropped; the call is not
 * retried, since the same server would send the same answer again.
 */
public class ResponseTooLargeException extends OpenAIException {

	private final String limit;

	public ResponseTooLargeException(String message, String limit, Throwable cause) {
		super(message, cause);
		this.limit = limit;
	}

	/**
	 * The property that sets the limit, such as {@code openai.limits.max-body-size}.
	 * @return the property name
	 */
	public String getLimit() {
		return this.limit;
	}

}
