package org.openaiboot.client;

import java.io.IOException;

/**
 * Raised while a response is read, when it goes past a {@link ResponseLimits limit}. An
 * {@code IOException}, so that it passes through the JSON parser and the HTTP engine to
 * the transport, which turns it into a {@link ResponseTooLargeException}.
 */
final class LimitExceededException extends IOException {

	private final String limit;

	LimitExceededException(String message, String limit) {
		super(message);
		this.limit = limit;
	}

	String limit() {
		return this.limit;
	}

}
