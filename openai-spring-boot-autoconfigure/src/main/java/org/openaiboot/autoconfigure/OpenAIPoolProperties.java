package org.openaiboot.autoconfigure;

import java.time.Duration;

import org.openaiboot.client.ConnectionPoolSettings;

/**
 * The connection pool of the Apache HttpClient engine the clients use, bound from
 * {@code openai.pool.*}. The JDK's HttpClient has no such pool limit.
 */
public class OpenAIPoolProperties {

	/**
	 * Maximum number of connections open at once, per base URL and in all; each open
	 * stream holds one. Applies to the Apache HttpClient engine. 4096 by default.
	 */
	private int maxConnections = ConnectionPoolSettings.DEFAULTS.maxConnections();

	/**
	 * How long a call waits for a connection when the pool is full, before it fails
	 * without being retried. 30 seconds by default.
	 */
	private Duration acquireTimeout = ConnectionPoolSettings.DEFAULTS.acquireTimeout();

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public Duration getAcquireTimeout() {
		return this.acquireTimeout;
	}

	public void setAcquireTimeout(Duration acquireTimeout) {
		this.acquireTimeout = acquireTimeout;
	}

	ConnectionPoolSettings toSettings() {
		return new ConnectionPoolSettings(this.maxConnections, this.acquireTimeout);
	}

}
