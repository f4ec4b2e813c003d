package org.openaiboot.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.batches.Batch.Status;
import org.openaiboot.models.batches.CreateBatchRequest;
import org.openaiboot.models.batches.ListBatchesResponse;
import org.openaiboot.models.common.Validate;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Batches: {@code /batches}, many requests to one endpoint run in the background from an
 * uploaded JSONL file, at a lower price, within a completion window.
 * <pre class="code">
 * Batch batch = batches.createBatch(CreateBatchRequest.builder()
 *         .inputFileId(inputFile.id())
 *         .endpoint(CreateBatchRequest.Endpoint.V1_EMBEDDINGS)
 *         .completionWindow(CreateBatchRequest.CompletionWindow.V_24H)
 *         .build());
 * Batch done = batches.awaitBatch(batch.id(), Duration.ofHours(24));
 * </pre>
 * {@link BatchRunner} does the whole job, from typed requests to typed results. Each
 * method throws an {@link OpenAIApiException} when the API answers with an error status
 * and an {@link OpenAIConnectionException} when it cannot be reached.
 */
public class OpenAIBatchesClient implements OpenAIResourceClient {

	private static final String BATCHES = "/batches";

	private static final String BATCH = BATCHES + "/{batch_id}";

	private static final String BATCH_ID = "batch_id";

	private final OpenAITransport transport;

	public OpenAIBatchesClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Create a batch from a file uploaded with the purpose {@code batch}; it starts
	 * validating at once.
	 * @param request the input file, the endpoint, the completion window and metadata
	 * @return the batch, usually still {@code validating}
	 */
	public Batch createBatch(CreateBatchRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(ApiCall.post("createBatch", BATCHES, request, null), Batch.class);
	}

	/**
	 * List one page of the organization's batches, newest first. This list takes no sort
	 * order and no {@code before} cursor.
	 * @param after the id of the batch after which the page starts, or {@code null} for
	 * the newest
	 * @param limit how many batches a page holds, 1 to 100, or {@code null} for the API's
	 * default of 20
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 * @throws org.openaiboot.models.common.ValidationException if the limit is out of
	 * range
	 */
	public Page<Batch> listBatches(@Nullable String after, @Nullable Integer limit) {
		Validate.range(limit, "limit", 1, 100);
		ListBatchesResponse list = this.transport.execute(
				ApiCall.of("listBatches", HttpMethod.GET, BATCHES).query("after", after).query("limit", limit),
				ListBatchesResponse.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(next) -> listBatches(next, limit));
	}

	/**
	 * Fetch a batch: its status, request counts and, once done, its output and error
	 * files.
	 * @param batchId the batch's id
	 * @return the batch
	 */
	public Batch retrieveBatch(String batchId) {
		return this.transport.execute(batch("retrieveBatch", HttpMethod.GET, BATCH, batchId), Batch.class);
	}

	/**
	 * Cancel a batch. It turns {@code cancelling} and, after the requests in flight end,
	 * {@code cancelled}; the results of the requests done so far remain available.
	 * @param batchId the batch's id
	 * @return the batch, usually {@code cancelling}
	 */
	public Batch cancelBatch(String batchId) {
		return this.transport.execute(batch("cancelBatch", HttpMethod.POST, BATCH + "/cancel", batchId),
				Batch.class);
	}

	/**
	 * Wait for a batch to reach a final status: fetch it, more and more seldom (from every
	 * half second to every five), until it is {@code completed}, {@code failed},
	 * {@code expired} or {@code cancelled}. A caller notified by a {@code batch.*}
	 * webhook event need not poll: {@link #retrieveBatch(String)} on the event is enough.
	 * @param batchId the batch's id
	 * @param timeout how long to wait at most
	 * @return the batch in its final status
	 * @throws PollingTimeoutException when it is not done in time; it goes on in the
	 * background, and {@link PollingTimeoutException#getLastSeen()} holds it as last
	 * fetched
	 */
	public Batch awaitBatch(String batchId, Duration timeout) {
		Assert.hasText(batchId, "batchId must not be empty");
		return StatusPoller.await("batch " + batchId, () -> retrieveBatch(batchId), OpenAIBatchesClient::isDone,
				timeout);
	}

	@Override
	public String resourceName() {
		return "batches";
	}

	JsonMapper getJsonMapper() {
		return this.transport.getJsonMapper();
	}

	static boolean isDone(Batch batch) {
		Status status = batch.status();
		return Status.COMPLETED.equals(status) || Status.FAILED.equals(status) || Status.EXPIRED.equals(status)
				|| Status.CANCELLED.equals(status);
	}

	private static ApiCall batch(String operation, HttpMethod method, String path, String batchId) {
		return ApiCall.of(operation, method, path).pathVariable(BATCH_ID, batchId);
	}

}
