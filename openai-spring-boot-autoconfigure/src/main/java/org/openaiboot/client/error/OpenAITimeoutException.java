package org.openaiboot.client.error;

/**
 * Thrown when connecting or waiting for the response took longer than the configured
 * timeout. Not retried: the caller already waited as long as it allowed.
 */
public class OpenAITimeoutException extends OpenAIConnectionException {

	public OpenAITimeoutException(String message, Throwable cause) {
		super(message, cause);
	}

}
