package org.openaiboot.client;

import java.time.Duration;

import org.openaiboot.client.error.ConnectionPoolTimeoutException;

import org.springframework.util.Assert;

/**
 * The connection pool of the Apache HttpClient engine the clients build. (The JDK's
 * {@code HttpClient} opens as many connections as there are calls, and has no such
 * limit.)
 *
 * @param maxConnections the most connections open at once, to one host and in all; each
 * open stream holds one
 * @param acquireTimeout how long a call waits for a connection of a full pool before it
 * fails with a {@link ConnectionPoolTimeoutException}
 */
public record ConnectionPoolSettings(int maxConnections, Duration acquireTimeout) {

	/**
	 * 4096 connections, enough that a pool does not hold back thousands of streams on
	 * virtual threads, and 30 seconds to wait for one.
	 */
	public static final ConnectionPoolSettings DEFAULTS = new ConnectionPoolSettings(4096, Duration.ofSeconds(30));

	public ConnectionPoolSettings {
		Assert.isTrue(maxConnections > 0, () -> "maxConnections must be positive, was " + maxConnections);
		Assert.isTrue(!acquireTimeout.isNegative() && !acquireTimeout.isZero(), "acquireTimeout must be positive");
	}

}
