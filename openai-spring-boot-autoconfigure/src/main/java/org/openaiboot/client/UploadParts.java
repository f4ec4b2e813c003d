package org.openaiboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ValidationException;

import org.springframework.core.io.AbstractResource;
import org.springframework.http.MediaType;

/**
 * Where the parts of a large upload come from. One thread takes the parts in order with
 * {@link #next}, which feeds the MD5 of the whole content when it is asked for; the
 * threads that send the parts give each back with {@link #release} once it is sent or has
 * failed.
 */
abstract sealed class UploadParts permits UploadParts.FromFile, UploadParts.FromStream {

	private static final int READ_BUFFER = 64 * 1024;

	private final long size;

	private final String filename;

	private final @Nullable MessageDigest md5;

	private UploadParts(long size, String filename, boolean md5) {
		if (size < 1) {
			throw new ValidationException("bytes", "must be at least 1: the API accepts no empty upload", size);
		}
		this.size = size;
		this.filename = filename;
		this.md5 = md5 ? newMd5() : null;
	}

	/**
	 * The parts of a file, each read from its region of the file while it is sent, so that
	 * none is held in memory.
	 * @param file the file
	 * @param size its size
	 * @param md5 whether to compute the MD5 of the file
	 * @return the parts
	 */
	static UploadParts of(Path file, long size, boolean md5) {
		return new FromFile(file, size, md5);
	}

	/**
	 * The parts of a stream, each read into a buffer of its own that is used again once
	 * the part is sent: there are no more buffers than parts in flight.
	 * @param in the stream
	 * @param size the number of bytes it holds
	 * @param filename the file name of the upload
	 * @param md5 whether to compute the MD5 of the stream
	 * @return the parts
	 */
	static UploadParts of(InputStream in, long size, String filename, boolean md5) {
		return new FromStream(in, size, filename, md5);
	}

	long size() {
		return this.size;
	}

	String filename() {
		return this.filename;
	}

	/**
	 * Read the next part.
	 * @param length its length
	 * @return the part's content
	 * @throws IOException when the source cannot be read
	 */
	abstract Part next(int length) throws IOException;

	/**
	 * Give back a part that is sent or has failed.
	 * @param part the part
	 */
	void release(Part part) {
	}

	/**
	 * Check, once every part is read, that the source held no more than its size.
	 * @throws IOException when the source cannot be read
	 */
	void finish() throws IOException {
	}

	/**
	 * The MD5 of everything read, in lower-case hex.
	 * @return the MD5, or {@code null} when it was not asked for
	 */
	@Nullable String md5() {
		return (this.md5 != null) ? HexFormat.of().formatHex(this.md5.digest()) : null;
	}

	void digest(byte[] bytes, int length) {
		if (this.md5 != null) {
			this.md5.update(bytes, 0, length);
		}
	}

	boolean digests() {
		return this.md5 != null;
	}

	FileContent content(AbstractResource resource) {
		return FileContent.of(resource, this.filename).withContentType(MediaType.APPLICATION_OCTET_STREAM);
	}

	private static MessageDigest newMd5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available in this JVM", ex);
		}
	}

	/**
	 * One part's content, with the buffer it is held in, if any.
	 */
	record Part(FileContent content, byte @Nullable [] buffer) {

	}

	static final class FromFile extends UploadParts {

		private final Path file;

		private long offset;

		private FromFile(Path file, long size, boolean md5) {
			super(size, fileName(file), md5);
			this.file = file;
		}

		private static String fileName(Path file) {
			Path name = file.getFileName();
			if (name == null) {
				throw new ValidationException("file", "must have a file name", file);
			}
			return name.toString();
		}

		@Override
		Part next(int length) throws IOException {
			FileRegionResource region = new FileRegionResource(this.file, this.offset, length);
			if (digests()) {
				// read here, in order, for the MD5: the parts are sent in no particular order
				try (InputStream in = region.getInputStream()) {
					byte[] buffer = new byte[READ_BUFFER];
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						digest(buffer, read);
					}
				}
			}
			this.offset += length;
			return new Part(content(region), null);
		}

	}

	static final class FromStream extends UploadParts {

		private final InputStream in;

		private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();

		private long read;

		private FromStream(InputStream in, long size, String filename, boolean md5) {
			super(size, filename, md5);
			this.in = in;
		}

		@Override
		Part next(int length) throws IOException {
			byte[] buffer = this.buffers.poll();
			if (buffer == null || buffer.length < length) {
				buffer = new byte[length];
			}
			int count = this.in.readNBytes(buffer, 0, length);
			this.read += count;
			if (count < length) {
				throw new ValidationException("bytes", "must be the length of the stream, which ended after "
						+ this.read + " bytes", size());
			}
			digest(buffer, length);
			return new Part(content(new BufferResource(buffer, length)), buffer);
		}

		@Override
		void release(Part part) {
			if (part.buffer() != null) {
				this.buffers.offer(part.buffer());
			}
		}

		@Override
		void finish() throws IOException {
			if (this.in.read() != -1) {
				throw new ValidationException("bytes", "must be the length of the stream, which holds more bytes",
						size());
			}
		}

	}

}
