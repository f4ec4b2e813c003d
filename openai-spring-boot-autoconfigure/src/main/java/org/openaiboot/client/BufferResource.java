package org.openaiboot.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * The first bytes of a buffer, which can be read any number of times: a part read from a
 * stream, which may be shorter than the buffer it is held in.
 */
final class BufferResource extends AbstractResource {

	private final byte[] buffer;

	private final int length;

	BufferResource(byte[] buffer, int length) {
		this.buffer = buffer;
		this.length = length;
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.buffer, 0, this.length);
	}

	@Override
	public long contentLength() {
		return this.length;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getDescription() {
		return this.length + " bytes in memory";
	}

}
