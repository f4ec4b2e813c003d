package org.openaiboot.autoconfigure;

import org.openaiboot.client.ResponseLimits;

import org.springframework.util.unit.DataSize;

/**
 * How much of a response the clients read before failing, so that no server can exhaust
 * the heap; bound from {@code openai.limits.*}.
 */
public class OpenAILimitsProperties {

	/**
	 * Largest JSON or text response body, counted as it is read. Defaults to an eighth of
	 * the maximum heap, at most 256 MB.
	 */
	private DataSize maxBodySize = ResponseLimits.DEFAULTS.maxBodySize();

	/**
	 * Largest Server-Sent Event of a stream. 16 MB by default.
	 */
	private DataSize maxEventSize = ResponseLimits.DEFAULTS.maxEventSize();

	/**
	 * Maximum number of response headers. Applies to the Apache HttpClient engine; the
	 * JDK's HttpClient has its own limit, the jdk.http.maxHeaderSize system property. 200
	 * by default.
	 */
	private int maxHeaderCount = ResponseLimits.DEFAULTS.maxHeaderCount();

	/**
	 * Longest status or header line of a response. Applies to the Apache HttpClient
	 * engine. 16 KB by default.
	 */
	private DataSize maxHeaderSize = ResponseLimits.DEFAULTS.maxHeaderSize();

	/**
	 * Maximum number of JSON tokens (names, values, brackets) of one body or stream event,
	 * which bounds the heap a parsed body takes whatever its shape. Defaults to one for
	 * each 128 bytes of the maximum heap.
	 */
	private long maxJsonTokens = ResponseLimits.DEFAULTS.maxJsonTokens();

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public DataSize getMaxEventSize() {
		return this.maxEventSize;
	}

	public void setMaxEventSize(DataSize maxEventSize) {
		this.maxEventSize = maxEventSize;
	}

	public int getMaxHeaderCount() {
		return this.maxHeaderCount;
	}

	public void setMaxHeaderCount(int maxHeaderCount) {
		this.maxHeaderCount = maxHeaderCount;
	}

	public DataSize getMaxHeaderSize() {
		return this.maxHeaderSize;
	}

	public void setMaxHeaderSize(DataSize maxHeaderSize) {
		this.maxHeaderSize = maxHeaderSize;
	}

	public long getMaxJsonTokens() {
		return this.maxJsonTokens;
	}

	public void setMaxJsonTokens(long maxJsonTokens) {
		this.maxJsonTokens = maxJsonTokens;
	}

	ResponseLimits toLimits() {
		return new ResponseLimits(this.maxBodySize, this.maxEventSize, this.maxHeaderCount, this.maxHeaderSize,
				this.maxJsonTokens);
	}

}
