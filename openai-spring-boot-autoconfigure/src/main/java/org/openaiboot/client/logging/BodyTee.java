package org.openaiboot.client.logging;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a response body through to its reader unchanged, counting its bytes and keeping
 * the first of them for the log.
 */
final class BodyTee extends FilterInputStream {

	private final byte[] head;

	private int headLength;

	private long count;

	BodyTee(InputStream body, int headSize) {
		super(body);
		this.head = new byte[headSize];
	}

	@Override
	public int read() throws IOException {
		int next = super.read();
		if (next >= 0) {
			if (this.headLength < this.head.length) {
				this.head[this.headLength++] = (byte) next;
			}
			this.count++;
		}
		return next;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			int kept = Math.min(read, this.head.length - this.headLength);
			System.arraycopy(buffer, offset, this.head, this.headLength, kept);
			this.headLength += kept;
			this.count += read;
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		this.count += skipped;
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	BodyText text() {
		return new BodyText(this.head, this.headLength, this.count);
	}

}
