package org.openaiboot.client;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.transport.OpenStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A successful response whose body is binary, such as speech audio or the content of a
 * file, read from the open connection as it arrives rather than held in memory.
 * <p>
 * Close it when done, best with try-with-resources; {@link #transferTo(OutputStream)} and
 * {@link #saveTo(Path)} close it themselves. Closing it before the body is read to its
 * end drops the connection instead of reading the rest. A read that waits longer than the
 * stream idle timeout fails with a {@link SocketTimeoutException}.
 * <pre class="code">
 * try (BinaryResponse audio = client.createSpeech(request)) {
 *     audio.transferTo(out);
 * }
 * </pre>
 */
public final class BinaryResponse implements Closeable {

	private final ClientHttpResponse response;

	private final OpenStream stream;

	private final InputStream body;

	private boolean exhausted;

	BinaryResponse(ClientHttpResponse response, Observation observation, Duration idleTimeout) throws IOException {
		this.response = response;
		this.stream = OpenStream.watch(this, response, observation, idleTimeout);
		this.body = new Body(response.getBody());
	}

	/**
	 * The body, read from the connection. Reading it does not close this response.
	 * @return the body
	 */
	public InputStream body() {
		return this.body;
	}

	/**
	 * The media type the server declared, such as {@code audio/mpeg}.
	 * @return the media type, or {@code null} when none was sent
	 */
	public @Nullable MediaType contentType() {
		return this.response.getHeaders().getContentType();
	}

	/**
	 * The size of the body the server declared.
	 * @return the length in bytes, or {@code -1} when unknown (for example when the body is
	 * sent in chunks)
	 */
	public long contentLength() {
		return this.response.getHeaders().getContentLength();
	}

	public HttpHeaders headers() {
		return this.response.getHeaders();
	}

	/**
	 * Copy the rest of the body to a stream, then close this response. The stream is not
	 * closed.
	 * @param out where to write
	 * @return the number of bytes copied
	 * @throws IOException when reading the body or writing fails
	 */
	public long transferTo(OutputStream out) throws IOException {
		try (this) {
			return this.body.transferTo(out);
		}
	}

	/**
	 * Write the rest of the body to a file, replacing any file there, then close this
	 * response.
	 * @param target the file
	 * @return the number of bytes written
	 * @throws IOException when reading the body or writing fails
	 */
	public long saveTo(Path target) throws IOException {
		try (this) {
			return Files.copy(this.body, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Release the connection and end the {@code openai.client.requests} observation.
	 */
	@Override
	public void close() {
		this.stream.close(this.exhausted);
	}

	/**
	 * Notes the end of the body, and a failure to read it in the observation; fails a read
	 * that waited longer than the idle timeout.
	 */
	private final class Body extends FilterInputStream {

		Body(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			BinaryResponse.this.stream.waiting();
			try {
				return track(super.read());
			}
			catch (IOException ex) {
				throw failed(ex);
			}
			finally {
				BinaryResponse.this.stream.received();
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			BinaryResponse.this.stream.waiting();
			try {
				return track(super.read(buffer, offset, length));
			}
			catch (IOException ex) {
				throw failed(ex);
			}
			finally {
				BinaryResponse.this.stream.received();
			}
		}

		private int track(int result) {
			if (result < 0) {
				BinaryResponse.this.exhausted = true;
			}
			return result;
		}

		private IOException failed(IOException ex) {
			OpenStream stream = BinaryResponse.this.stream;
			IOException failure = stream.isIdleExpired() ? new SocketTimeoutException(stream.idleTimeoutMessage("data"))
					: ex;
			stream.fail(failure);
			return failure;
		}

	}

}
