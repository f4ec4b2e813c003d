package org.openaiboot.client;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.batches.BatchError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the output and error files of a batch one line at a time, straight from the
 * download, and turns each line into a {@link BatchResult} joined to its request. One
 * file is open at a time; closing the reader closes it.
 */
final class BatchResultReader<Q, R> implements Iterator<BatchResult<Q, R>>, Closeable {

	private final OpenAIFilesClient files;

	private final BatchInput<Q, R> input;

	private final JsonMapper mapper;

	private final Deque<String> fileIds;

	private @Nullable String fileId;

	private @Nullable BinaryResponse download;

	private @Nullable BufferedReader lines;

	private @Nullable String next;

	private BatchResultReader(OpenAIFilesClient files, BatchInput<Q, R> input, JsonMapper mapper,
			List<String> fileIds) {
		this.files = files;
		this.input = input;
		this.mapper = mapper;
		this.fileIds = new ArrayDeque<>(fileIds);
	}

	/**
	 * The results in the given files, read lazily; close the stream when done.
	 */
	static <Q, R> Stream<BatchResult<Q, R>> stream(OpenAIFilesClient files, BatchInput<Q, R> input, JsonMapper mapper,
			List<String> fileIds) {
		BatchResultReader<Q, R> reader = new BatchResultReader<>(files, input, mapper, fileIds);
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(reader::close);
	}

	@Override
	public boolean hasNext() {
		while (this.next == null) {
			BufferedReader reader = this.lines;
			if (reader == null) {
				String nextFile = this.fileIds.poll();
				if (nextFile == null) {
					return false;
				}
				reader = open(nextFile);
			}
			String line = readLine(reader);
			if (line == null) {
				close();
			}
			else if (!line.isBlank()) {
				this.next = line;
			}
		}
		return true;
	}

	@Override
	public BatchResult<Q, R> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		String line = this.next;
		this.next = null;
		return result(this.mapper.readTree(line));
	}

	private BufferedReader open(String fileId) {
		this.fileId = fileId;
		BinaryResponse opened = this.files.downloadFile(fileId);
		this.download = opened;
		this.lines = new BufferedReader(new InputStreamReader(opened.body(), StandardCharsets.UTF_8));
		return this.lines;
	}

	private @Nullable String readLine(BufferedReader reader) {
		try {
			return reader.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the batch file " + this.fileId, ex);
		}
	}

	private BatchResult<Q, R> result(JsonNode line) {
		String customId = text(line.path("custom_id"));
		Q request = (customId != null) ? this.input.request(customId) : null;
		if (request == null) {
			throw new IllegalStateException("The batch file " + this.fileId + " holds a result for custom_id '"
					+ customId + "', which is not one of the " + this.input.size() + " requests of the input");
		}
		JsonNode response = line.path("response");
		JsonNode status = response.path("status_code");
		Integer statusCode = status.isNumber() ? status.asInt() : null;
		String requestId = text(response.path("request_id"));
		JsonNode body = response.path("body");
		JsonNode error = line.path("error");
		if (error.isObject()) {
			return new BatchResult<>(customId, request, statusCode, requestId, null,
					this.mapper.treeToValue(error, BatchError.class));
		}
		if (statusCode != null && statusCode / 100 == 2 && body.isObject()) {
			return new BatchResult<>(customId, request, statusCode, requestId,
					this.mapper.treeToValue(body, this.input.endpoint().responseType()), null);
		}
		JsonNode bodyError = body.path("error");
		BatchError failure = BatchError.builder()
			.code(text(bodyError.path("code")))
			.message((bodyError.isObject()) ? text(bodyError.path("message"))
					: "The endpoint answered with status " + statusCode + " and no error")
			.param(text(bodyError.path("param")))
			.build();
		return new BatchResult<>(customId, request, statusCode, requestId, null, failure);
	}

	private static @Nullable String text(JsonNode node) {
		return (node.isValueNode() && !node.isNull()) ? node.asString() : null;
	}

	@Override
	public void close() {
		BinaryResponse open = this.download;
		this.download = null;
		this.lines = null;
		if (open != null) {
			open.close();
		}
	}

}
