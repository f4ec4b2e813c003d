package org.openaiboot.client.transport;

import java.io.IOException;

import org.openaiboot.client.ResponseLimits;
import org.openaiboot.client.error.ResponseTooLargeException;

/**
 * Raised while a response is read, when it goes past a {@link ResponseLimits limit}. An
 * {@code IOException}, so that it passes through the JSON parser and the HTTP engine to
 * the transport, which turns it into a {@link ResponseTooLargeException}.
 * <p>
 * Internal; not part of the API.
 */
public final class LimitExceededException extends IOException {

	private final String limit;

	public LimitExceededException(String message, String limit) {
		super(message);
		this.limit = limit;
	}

	String limit() {
		return this.limit;
	}

}
