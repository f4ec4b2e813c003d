package org.openaiboot.client.error;

/**
 * Thrown when no pooled connection became free within the acquire timeout: as many calls
 * or open streams as the pool allows are in flight already. Not retried; streams that
 * were never closed are the usual cause.
 */
public class ConnectionPoolTimeoutException extends OpenAIConnectionException {

	private final int maxConnections;

	public ConnectionPoolTimeoutException(String message, int maxConnections, Throwable cause) {
		super(message, cause);
		this.maxConnections = maxConnections;
	}

	/**
	 * The most connections the pool holds.
	 * @return the pool size, or {@code -1} when the application sized the pool of its own
	 * engine
	 */
	public int getMaxConnections() {
		return this.maxConnections;
	}

}
