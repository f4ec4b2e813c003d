package org.openaiboot.client;

import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * What the transport writes to the {@value #LOGGER} logger at {@code DEBUG}: each request
 * (method, URL, headers and the start of its body) and each response (status, time taken,
 * request id, headers and the start of its body). Credentials are masked, file parts and
 * binary answers are described by their size, and the events of a stream are logged one
 * by one at {@code TRACE} only.
 *
 * @param requests whether to log the requests
 * @param responses whether to log the responses
 * @param maxBodySize the most bytes of a body to log; the rest is counted, not logged
 */
public record LoggingSettings(boolean requests, boolean responses, DataSize maxBodySize) {

	/** The name of the logger the requests and responses are logged to. */
	public static final String LOGGER = "org.openaiboot.client.logging";

	/** Nothing logged. */
	public static final LoggingSettings OFF = new LoggingSettings(false, false, DataSize.ofKilobytes(10));

	public LoggingSettings {
		Assert.notNull(maxBodySize, "maxBodySize must not be null");
		Assert.isTrue(!maxBodySize.isNegative() && maxBodySize.toBytes() <= Integer.MAX_VALUE,
				() -> "maxBodySize must be between 0 and 2 GB, was " + maxBodySize);
	}

	/**
	 * Log requests and responses, with at most 10 KB of each body.
	 * @return the settings
	 */
	public static LoggingSettings all() {
		return new LoggingSettings(true, true, OFF.maxBodySize());
	}

}
