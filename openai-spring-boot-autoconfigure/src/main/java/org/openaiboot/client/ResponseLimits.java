package org.openaiboot.client;

import org.openaiboot.client.error.ResponseTooLargeException;

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
 * @param maxJsonTokens the most JSON tokens (names, values, brackets) of one body or event:
 * bytes alone do not bound the heap a body takes once parsed
 */
public record ResponseLimits(DataSize maxBodySize, DataSize maxEventSize, int maxHeaderCount, DataSize maxHeaderSize,
		long maxJsonTokens) {

	/**
	 * Bodies of an eighth of the maximum heap, at most 256 MB; 16 MB events; 200 headers of
	 * at most 16 KB each; a JSON token for each 128 bytes of the maximum heap.
	 */
	public static final ResponseLimits DEFAULTS = new ResponseLimits(defaultMaxBodySize(), DataSize.ofMegabytes(16),
			200, DataSize.ofKilobytes(16), defaultMaxJsonTokens());

	/**
	 * The default largest body: a parsed body takes several times its size on the heap (a
	 * JSON array of small objects, up to ten times), so a fixed limit that suits a large
	 * heap would let a small one run out of memory.
	 * @return an eighth of the maximum heap, at most 256 MB
	 */
	public static DataSize defaultMaxBodySize() {
		return DataSize.ofBytes(Math.min(DataSize.ofMegabytes(256).toBytes(), Runtime.getRuntime().maxMemory() / 8));
	}

	/**
	 * The default most JSON tokens of one body: parsed into maps and lists (the members a
	 * type does not name are kept), a token can take some 60 bytes of heap, so this bounds a
	 * body to about half the heap whatever its shape. A 1 GB heap reads 8 million tokens,
	 * for example 2,000 embeddings of 3,072 dimensions as JSON numbers.
	 * @return the maximum heap divided by 128
	 */
	public static long defaultMaxJsonTokens() {
		return Runtime.getRuntime().maxMemory() / 128;
	}

	public ResponseLimits {
		Assert.isTrue(maxJsonTokens > 0, "maxJsonTokens must be positive");
		Assert.isTrue(maxBodySize.toBytes() > 0, "maxBodySize must be positive");
		Assert.isTrue(maxEventSize.toBytes() > 0 && maxEventSize.toBytes() <= Integer.MAX_VALUE - 8,
				"maxEventSize must be positive and below 2 GB");
		Assert.isTrue(maxHeaderCount > 0, "maxHeaderCount must be positive");
		Assert.isTrue(maxHeaderSize.toBytes() > 0 && maxHeaderSize.toBytes() <= Integer.MAX_VALUE,
				"maxHeaderSize must be positive and below 2 GB");
	}

}
