package org.openaiboot.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.BatchFailedException;
import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.batches.CreateBatchRequest;
import org.openaiboot.models.batches.CreateBatchRequest.CompletionWindow;
import org.openaiboot.models.files.CreateFileRequest;
import org.openaiboot.models.files.CreateFileRequest.Purpose;
import org.openaiboot.models.files.OpenAIFile;

import org.springframework.util.Assert;

/**
 * Runs a whole batch job: writes typed requests to a JSONL file, uploads it, creates the
 * batch, waits for it to end and reads the results back, each joined to its request by
 * its {@code custom_id}. Neither the input nor the results are held in memory: the input
 * is written to a temporary file as the requests come, and the results are read line by
 * line from the download as the stream is consumed.
 * <pre class="code">
 * try (Stream&lt;BatchResult&lt;CreateEmbeddingRequest, CreateEmbeddingResponse&gt;&gt; results = runner
 *         .run(BatchEndpoint.EMBEDDINGS, requests, Duration.ofHours(24))) {
 *     results.forEach((result) -&gt; store(result.customId(), result.response()));
 * }
 * </pre>
 * The steps can also be taken one at a time, to wait in another way (on a
 * {@code batch.completed} webhook event, say) or in another process:
 * {@link #write(BatchEndpoint, Stream)}, {@link #submit(BatchInput, Map)},
 * {@link OpenAIBatchesClient#awaitBatch(String, Duration)} and
 * {@link #results(BatchInput, Batch)}. The files uploaded and produced stay in the
 * organization's storage until deleted with the {@link OpenAIFilesClient}.
 */
public class BatchRunner {

	private final OpenAIBatchesClient batches;

	private final OpenAIFilesClient files;

	public BatchRunner(OpenAIBatchesClient batches, OpenAIFilesClient files) {
		Assert.notNull(batches, "batches must not be null");
		Assert.notNull(files, "files must not be null");
		this.batches = batches;
		this.files = files;
	}

	/**
	 * Run a batch job and wait for it by polling.
	 * @param <Q> the type of the requests
	 * @param <R> the type of the responses
	 * @param endpoint the endpoint the requests are for
	 * @param requests the requests, each with a unique {@code custom_id}
	 * @param timeout how long to wait for the batch at most
	 * @return the results, read lazily; close the stream to end the download and delete
	 * the input file
	 * @throws org.openaiboot.models.common.ValidationException if the requests break a
	 * rule of the input file
	 * @throws PollingTimeoutException when the batch is not done in time; it goes on,
	 * and the exception holds it as last seen, but the input file is deleted: to wait
	 * longer than one call can, take the steps one at a time
	 * @throws BatchFailedException when the batch failed as a whole
	 */
	public <Q, R> Stream<BatchResult<Q, R>> run(BatchEndpoint<Q, R> endpoint, Stream<BatchRequest<Q>> requests,
			Duration timeout) {
		Assert.notNull(timeout, "timeout must not be null");
		return run(endpoint, requests, null, (batch) -> this.batches.awaitBatch(batch.id(), timeout));
	}

	/**
	 * Run a batch job and wait for it in a way of the caller's: poll, or block until a
	 * webhook event announces that the batch has ended. Here {@code batchEnded} is the
	 * application's, completed with the batch's id by its webhook endpoint:
	 * <pre class="code">
	 * runner.run(BatchEndpoint.CHAT_COMPLETIONS, requests, Map.of("job", "nightly"),
	 *         (batch) -&gt; batches.retrieveBatch(batchEnded(batch.id()).orTimeout(24, TimeUnit.HOURS).join()));
	 * </pre>
	 * @param <Q> the type of the requests
	 * @param <R> the type of the responses
	 * @param endpoint the endpoint the requests are for
	 * @param requests the requests, each with a unique {@code custom_id}
	 * @param metadata the batch's metadata, or {@code null}
	 * @param await given the batch as created, returns it in a final status
	 * @return the results, read lazily; close the stream to end the download and delete
	 * the input file
	 * @throws BatchFailedException when the batch failed as a whole
	 */
	public <Q, R> Stream<BatchResult<Q, R>> run(BatchEndpoint<Q, R> endpoint, Stream<BatchRequest<Q>> requests,
			@Nullable Map<String, String> metadata, UnaryOperator<Batch> await) {
		Assert.notNull(await, "await must not be null");
		BatchInput<Q, R> input = write(endpoint, requests);
		try {
			Batch done = await.apply(submit(input, metadata));
			return results(input, done).onClose(input::close);
		}
		catch (RuntimeException ex) {
			input.close();
			throw ex;
		}
	}

	/**
	 * Write the input file of a batch to a temporary file.
	 * @param <Q> the type of the requests
	 * @param <R> the type of the responses
	 * @param endpoint the endpoint the requests are for
	 * @param requests the requests, each with a unique {@code custom_id}
	 * @return the input, to be closed once its results are read
	 * @throws org.openaiboot.models.common.ValidationException if two requests share a
	 * {@code custom_id}, a request is not of the endpoint's type, or there are more than
	 * {@value BatchInput#MAX_REQUESTS} requests or more than 200 MB of them
	 */
	public <Q, R> BatchInput<Q, R> write(BatchEndpoint<Q, R> endpoint, Stream<BatchRequest<Q>> requests) {
		return write(endpoint, requests, BatchInput.MAX_REQUESTS, BatchInput.MAX_BYTES);
	}

	<Q, R> BatchInput<Q, R> write(BatchEndpoint<Q, R> endpoint, Stream<BatchRequest<Q>> requests, int maxRequests,
			long maxBytes) {
		Assert.notNull(endpoint, "endpoint must not be null");
		Assert.notNull(requests, "requests must not be null");
		return BatchInput.write(endpoint, requests, this.batches.getJsonMapper(), maxRequests, maxBytes);
	}

	/**
	 * Index an input file written earlier, to read the results of a batch submitted
	 * before the application restarted: keep a copy of {@link BatchInput#file()} for
	 * this, as closing an input deletes its file (this one's too).
	 * @param <Q> the type of the requests
	 * @param <R> the type of the responses
	 * @param endpoint the endpoint the requests are for
	 * @param file the JSONL file
	 * @return the input
	 * @throws org.openaiboot.models.common.ValidationException if a line names another
	 * endpoint, or has no or the same {@code custom_id} as another
	 */
	public <Q, R> BatchInput<Q, R> reopen(BatchEndpoint<Q, R> endpoint, Path file) {
		Assert.notNull(endpoint, "endpoint must not be null");
		Assert.notNull(file, "file must not be null");
		return BatchInput.read(endpoint, file, this.batches.getJsonMapper());
	}

	/**
	 * Upload an input file with the purpose {@code batch} and create a batch of it, to be
	 * completed within 24 hours.
	 * @param input the input
	 * @param metadata the batch's metadata, or {@code null}
	 * @return the batch as created
	 */
	public Batch submit(BatchInput<?, ?> input, @Nullable Map<String, String> metadata) {
		Assert.notNull(input, "input must not be null");
		Assert.isTrue(input.size() > 0, "input must hold at least one request");
		OpenAIFile file = this.files.createFile(CreateFileRequest.of(Purpose.BATCH), FileContent.of(input.file()));
		return this.batches.createBatch(CreateBatchRequest.builder()
			.inputFileId(file.id())
			.endpoint(input.endpoint().endpoint())
			.completionWindow(CompletionWindow.V_24H)
			.metadata(metadata)
			.build());
	}

	/**
	 * Read the results of a batch that has ended: those of its output file, then those of
	 * its error file. A batch that expired or was cancelled has results for part of its
	 * requests only.
	 * @param <Q> the type of the requests
	 * @param <R> the type of the responses
	 * @param input the batch's input
	 * @param batch the batch in a final status
	 * @return the results, read lazily; close the stream to end the download
	 * @throws BatchFailedException when the batch failed as a whole
	 */
	public <Q, R> Stream<BatchResult<Q, R>> results(BatchInput<Q, R> input, Batch batch) {
		Assert.notNull(input, "input must not be null");
		Assert.notNull(batch, "batch must not be null");
		Assert.isTrue(OpenAIBatchesClient.isDone(batch), () -> "batch.status must be completed, failed, expired or "
				+ "cancelled to read results, but was '" + batch.status() + "'");
		Assert.isTrue(input.endpoint().url().equals(batch.endpoint()), () -> "batch.endpoint must be the input's "
				+ input.endpoint() + ", but was '" + batch.endpoint() + "'");
		if (Batch.Status.FAILED.equals(batch.status())) {
			throw new BatchFailedException(batch);
		}
		List<String> fileIds = new ArrayList<>(2);
		if (batch.outputFileId() != null) {
			fileIds.add(batch.outputFileId());
		}
		if (batch.errorFileId() != null) {
			fileIds.add(batch.errorFileId());
		}
		return BatchResultReader.stream(this.files, input, this.batches.getJsonMapper(), fileIds);
	}

}
