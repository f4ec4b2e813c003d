package org.openaiboot.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSONL input file of a batch, written to a temporary file one request a line, with
 * an index from each {@code custom_id} to its line. The index is all that is kept in
 * memory: a request is read back from its line when its result arrives, so that a batch
 * costs about a hundred bytes of heap per request, however large the requests. Close it to
 * delete the file.
 *
 * @param <Q> the type of the requests
 * @param <R> the type of the responses
 * @see BatchRunner#write(BatchEndpoint, Stream)
 * @see BatchRunner#reopen(BatchEndpoint, Path)
 */
public final class BatchInput<Q, R> implements Closeable {

	/** The most requests one batch may hold. */
	public static final int MAX_REQUESTS = 50_000;

	/** The largest input file a batch accepts: 200 MB. */
	public static final long MAX_BYTES = 200L * 1024 * 1024;

	private final BatchEndpoint<Q, R> endpoint;

	private final Path file;

	private final JsonMapper mapper;

	private final BatchLineIndex index;

	private @Nullable FileChannel channel;

	private BatchInput(BatchEndpoint<Q, R> endpoint, Path file, JsonMapper mapper, BatchLineIndex index) {
		this.endpoint = endpoint;
		this.file = file;
		this.mapper = mapper;
		this.index = index;
	}

	static <Q, R> BatchInput<Q, R> write(BatchEndpoint<Q, R> endpoint, Stream<BatchRequest<Q>> requests,
			JsonMapper mapper, int maxRequests, long maxBytes) {
		Path file = createTempFile();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			BatchLineIndex index = new BatchLineIndex();
			long written = 0;
			Iterator<BatchRequest<Q>> iterator = requests.iterator();
			while (iterator.hasNext()) {
				BatchRequest<Q> request = iterator.next();
				int line = index.size();
				if (line == maxRequests) {
					throw new ValidationException("requests", "must be at most " + maxRequests + " in one batch",
							"more than " + maxRequests);
				}
				checkBodyType(endpoint, request);
				byte[] json = mapper.writeValueAsBytes(line(endpoint, request));
				if (written + json.length + 1 > maxBytes) {
					throw new ValidationException("input file",
							"must be at most " + maxBytes + " bytes, which request " + line + " would exceed",
							written + json.length + 1);
				}
				out.write(json);
				out.write('\n');
				written += json.length + 1;
				index.add(request.customId(), written);
			}
			return new BatchInput<>(endpoint, file, mapper, index);
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException("Could not write the batch input to " + file, ex);
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	static <Q, R> BatchInput<Q, R> read(BatchEndpoint<Q, R> endpoint, Path file, JsonMapper mapper) {
		BatchLineIndex index = new BatchLineIndex();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			long position = 0;
			for (int next = in.read(); next >= 0; next = in.read()) {
				position++;
				line.write(next);
				if (next == '\n') {
					index(endpoint, mapper, index, line, position);
				}
			}
			index(endpoint, mapper, index, line, position);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the batch input " + file, ex);
		}
		return new BatchInput<>(endpoint, file, mapper, index);
	}

	// a blank line is kept in the range of the line after it: it is white space to JSON
	private static void index(BatchEndpoint<?, ?> endpoint, JsonMapper mapper, BatchLineIndex index,
			ByteArrayOutputStream line, long end) {
		if (line.toString(StandardCharsets.UTF_8).isBlank()) {
			return;
		}
		JsonNode request = mapper.readTree(line.toByteArray());
		String where = "line " + (index.size() + 1) + ": ";
		String url = request.path("url").asString("");
		if (!url.equals(endpoint.url())) {
			throw new ValidationException("url", where + "must be " + endpoint.url() + " like the batch", url);
		}
		JsonNode customId = request.path("custom_id");
		if (!customId.isString() || customId.stringValue().isBlank()) {
			throw new ValidationException("custom_id", where + "is required and must not be blank",
					customId.isMissingNode() ? null : customId.toString());
		}
		index.add(customId.stringValue(), end);
		line.reset();
	}

	private static <Q> void checkBodyType(BatchEndpoint<Q, ?> endpoint, BatchRequest<Q> request) {
		if (!endpoint.requestType().isInstance(request.body())) {
			throw new ValidationException("body", "must be a " + endpoint.requestType().getSimpleName() + " for "
					+ endpoint.url() + " (request '" + request.customId() + "')",
					request.body().getClass().getSimpleName());
		}
	}

	private static Map<String, Object> line(BatchEndpoint<?, ?> endpoint, BatchRequest<?> request) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("custom_id", request.customId());
		line.put("method", "POST");
		line.put("url", endpoint.url());
		line.put("body", request.body());
		return line;
	}

	private static Path createTempFile() {
		try {
			return Files.createTempFile("openai-batch-", ".jsonl");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a file for the batch input", ex);
		}
	}

	/**
	 * The endpoint the requests are for.
	 * @return the endpoint
	 */
	public BatchEndpoint<Q, R> endpoint() {
		return this.endpoint;
	}

	/**
	 * The JSONL file, to upload.
	 * @return the file
	 */
	public Path file() {
		return this.file;
	}

	/**
	 * How many requests the file holds.
	 * @return the number of requests
	 */
	public int size() {
		return this.index.size();
	}

	/**
	 * The size of the file.
	 * @return the number of bytes
	 */
	public long bytes() {
		return this.index.bytes();
	}

	/**
	 * Read a request back from the file.
	 * @param customId the request's id
	 * @return the request, or {@code null} if no request of the batch has this id
	 */
	public @Nullable Q request(String customId) {
		Integer line = this.index.line(customId);
		return (line != null) ? readLine(line) : null;
	}

	private Q readLine(int line) {
		long start = this.index.start(line);
		int length = (int) (this.index.end(line) - start);
		ByteBuffer buffer = ByteBuffer.allocate(length);
		try {
			FileChannel channel = channel();
			while (buffer.hasRemaining()) {
				if (channel.read(buffer, start + buffer.position()) < 0) {
					throw new IOException("The file ends before line " + (line + 1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read line " + (line + 1) + " of the batch input " + this.file,
					ex);
		}
		return this.mapper.treeToValue(this.mapper.readTree(buffer.array()).get("body"),
				this.endpoint.requestType());
	}

	private synchronized FileChannel channel() throws IOException {
		if (this.channel == null) {
			this.channel = FileChannel.open(this.file);
		}
		return this.channel;
	}

	/**
	 * Delete the file.
	 */
	@Override
	public synchronized void close() {
		try {
			if (this.channel != null) {
				this.channel.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not close the batch input " + this.file, ex);
		}
		finally {
			delete(this.file);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the batch input " + file, ex);
		}
	}

	@Override
	public String toString() {
		return "BatchInput[" + this.endpoint + ", " + size() + " requests, " + this.file + "]";
	}

}
