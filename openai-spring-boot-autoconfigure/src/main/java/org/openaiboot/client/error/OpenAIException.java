package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Base class of every exception the OpenAI clients throw. Unchecked, like Spring's own
 * data access and web client exceptions.
 */
public class OpenAIException extends RuntimeException {

	public OpenAIException(String message) {
		super(message);
	}

	public OpenAIException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
