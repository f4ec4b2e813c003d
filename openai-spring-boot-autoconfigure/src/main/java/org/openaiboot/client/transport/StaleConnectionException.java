package org.openaiboot.client.transport;

import java.io.IOException;

/**
 * A pooled connection turned out to have been closed by the server while it was idle:
 * the request went out on it and not a byte came back. The server never processed the
 * request, so it is sent again at once, without a back-off.
 */
final class StaleConnectionException extends IOException {

	StaleConnectionException(IOException cause) {
		super("The server had closed the pooled connection while it was idle", cause);
	}

}
