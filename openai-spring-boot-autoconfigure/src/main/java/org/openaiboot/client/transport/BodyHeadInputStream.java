package org.openaiboot.client.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes a body through while keeping its first bytes, so that a body that cannot be
 * parsed can still be quoted in the exception without buffering all of it first.
 * <p>
 * Internal; not part of the API.
 */
public final class BodyHeadInputStream extends FilterInputStream {

	static final int HEAD_SIZE = 512;

	private final byte[] head = new byte[HEAD_SIZE];

	private int headLength;

	BodyHeadInputStream(InputStream body) {
		super(body);
	}

	@Override
	public int read() throws IOException {
		int next = super.read();
		if (next >= 0 && this.headLength < HEAD_SIZE) {
			this.head[this.headLength++] = (byte) next;
		}
		return next;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		if (count > 0 && this.headLength < HEAD_SIZE) {
			int kept = Math.min(count, HEAD_SIZE - this.headLength);
			System.arraycopy(buffer, offset, this.head, this.headLength, kept);
			this.headLength += kept;
		}
		return count;
	}

	/**
	 * The first bytes read so far as text, as they came.
	 * @return the start of the body
	 */
	String head() {
		return new String(this.head, 0, this.headLength, StandardCharsets.UTF_8);
	}

	public static String quote(String text) {
		String folded = text.replaceAll("\\s+", " ").strip();
		return (folded.length() > 200) ? folded.substring(0, 200) + "..." : folded;
	}

}
