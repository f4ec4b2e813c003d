package org.openaiboot.client;

import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * How much of a response the clients read before giving up with a
 * {@link ResponseTooLargeException}, so that no server can exhaust the heap.
 *
 * @param maxBodySize the largest JSON or text body, counted as it is read
 * @param maxEventSize the largest Server-Sent Event of a stream, its lines included
 * @param maxHeaderCount the most response headers (Apache HttpClient engine)
 * @param maxHeaderSize the longest status or header line (Apache HttpClient engine)
 */
public record ResponseLimits(DataSize maxBodySize, DataSize maxEventSize, int maxHeaderCount, DataSize maxHeaderSize) {

	/** 256 MB bodies, 16 MB events, 200 headers of at most 16 KB each. */
	public static final ResponseLimits DEFAULTS = new ResponseLimits(DataSize.ofMegabytes(256),
			DataSize.ofMegabytes(16), 200, DataSize.ofKilobytes(16));

	public ResponseLimits {
		Assert.isTrue(maxBodySize.toBytes() > 0, "maxBodySize must be positive");
		Assert.isTrue(maxEventSize.toBytes() > 0 && maxEventSize.toBytes() <= Integer.MAX_VALUE - 8,
				"maxEventSize must be positive and below 2 GB");
		Assert.isTrue(maxHeaderCount > 0, "maxHeaderCount must be positive");
		Assert.isTrue(maxHeaderSize.toBytes() > 0 && maxHeaderSize.toBytes() <= Integer.MAX_VALUE,
				"maxHeaderSize must be positive and below 2 GB");
	}

}
