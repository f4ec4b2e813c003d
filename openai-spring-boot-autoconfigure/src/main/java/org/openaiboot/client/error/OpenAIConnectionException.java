package org.openaiboot.client.error;

/**
 * Thrown when the API could not be reached or the connection broke before a complete
 * response was read: refused or reset connections, unknown hosts, TLS failures and
 * streams cut short.
 */
public class OpenAIConnectionException extends OpenAIException {

	public OpenAIConnectionException(String message, Throwable cause) {
		super(message, cause);
	}

}
