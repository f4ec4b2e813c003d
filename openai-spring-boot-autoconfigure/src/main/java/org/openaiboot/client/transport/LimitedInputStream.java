package org.openaiboot.client.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.util.unit.DataSize;

/**
 * Counts the bytes of a body as they are read and fails once they pass the limit, so
 * that a body of any size costs no more memory than the limit allows.
 */
final class LimitedInputStream extends FilterInputStream {

	static final String MAX_BODY_SIZE = "openai.limits.max-body-size";

	private final long limit;

	private long count;

	LimitedInputStream(InputStream body, DataSize limit) {
		super(body);
		this.limit = limit.toBytes();
	}

	@Override
	public int read() throws IOException {
		int next = super.read();
		if (next >= 0) {
			counted(1);
		}
		return next;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		if (count > 0) {
			counted(count);
		}
		return count;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	private void counted(long bytes) throws LimitExceededException {
		this.count += bytes;
		if (this.count > this.limit) {
			throw new LimitExceededException("The response body is larger than " + this.limit + " bytes", MAX_BODY_SIZE);
		}
	}

}
