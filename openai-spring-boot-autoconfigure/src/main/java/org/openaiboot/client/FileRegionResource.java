package org.openaiboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.core.io.AbstractResource;

/**
 * A region of a file, which can be read any number of times, each time from the file: a
 * part of a large upload that is never held in memory, and is sent again as it is when its
 * call is retried.
 */
final class FileRegionResource extends AbstractResource {

	private final Path file;

	private final long offset;

	private final int length;

	FileRegionResource(Path file, long offset, int length) {
		this.file = file;
		this.offset = offset;
		this.length = length;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ);
		return new InputStream() {

			private long position = FileRegionResource.this.offset;

			private final long end = FileRegionResource.this.offset + FileRegionResource.this.length;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
			}

			@Override
			public int read(byte[] bytes, int off, int len) throws IOException {
				if (this.position >= this.end) {
					return -1;
				}
				int wanted = (int) Math.min(len, this.end - this.position);
				int count = channel.read(ByteBuffer.wrap(bytes, off, wanted), this.position);
				if (count < 0) {
					throw new IOException("File " + FileRegionResource.this.file + " ended before byte " + this.end);
				}
				this.position += count;
				return count;
			}

			@Override
			public void close() throws IOException {
				channel.close();
			}

		};
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
		return "bytes " + this.offset + " to " + (this.offset + this.length) + " of " + this.file;
	}

}
