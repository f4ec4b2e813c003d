package org.openaiboot.client;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.models.files.CreateFileRequest;
import org.openaiboot.models.responses.VectorStoreSearchRequest;
import org.openaiboot.models.vectorstores.CreateVectorStoreFileBatchRequest;
import org.openaiboot.models.vectorstores.CreateVectorStoreFileRequest;
import org.openaiboot.models.vectorstores.CreateVectorStoreRequest;
import org.openaiboot.models.vectorstores.DeleteVectorStoreFileResponse;
import org.openaiboot.models.vectorstores.DeleteVectorStoreResponse;
import org.openaiboot.models.vectorstores.ListVectorStoreFilesResponse;
import org.openaiboot.models.vectorstores.ListVectorStoresResponse;
import org.openaiboot.models.vectorstores.UpdateVectorStoreFileAttributesRequest;
import org.openaiboot.models.vectorstores.UpdateVectorStoreRequest;
import org.openaiboot.models.vectorstores.VectorStoreFileBatchObject;
import org.openaiboot.models.vectorstores.VectorStoreFileContentResponse;
import org.openaiboot.models.vectorstores.VectorStoreFileObject;
import org.openaiboot.models.vectorstores.VectorStoreObject;
import org.openaiboot.models.vectorstores.VectorStoreSearchResultsPage;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Vector stores: {@code /vector_stores}, the indexed files that the file search tool and
 * {@link #searchVectorStore} look through, and the batches that add files to them.
 * <pre class="code">
 * VectorStoreObject store = vectorStores.createVectorStore(CreateVectorStoreRequest.builder().name("manuals").build());
 * vectorStores.uploadFiles(files, store.id(), List.of(FileContent.of(Path.of("manual.pdf"))), Duration.ofMinutes(5));
 * </pre>
 * Each method throws an {@link OpenAIApiException} when the API answers with an error
 * status and an {@link OpenAIConnectionException} when it cannot be reached.
 */
public class OpenAIVectorStoresClient implements OpenAIResourceClient {

	private static final String STORES = "/vector_stores";

	private static final String STORE = STORES + "/{vector_store_id}";

	private static final String FILES = STORE + "/files";

	private static final String FILE = FILES + "/{file_id}";

	private static final String BATCHES = STORE + "/file_batches";

	private static final String BATCH = BATCHES + "/{batch_id}";

	private static final String STORE_ID = "vector_store_id";

	private static final String FILE_ID = "file_id";

	private static final String BATCH_ID = "batch_id";

	private final OpenAITransport transport;

	public OpenAIVectorStoresClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * List one page of the vector stores.
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<VectorStoreObject> listVectorStores(ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListVectorStoresResponse list = this.transport.execute(
				params.applyTo(ApiCall.of("listVectorStores", HttpMethod.GET, STORES)), ListVectorStoresResponse.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> listVectorStores(params.withAfter(after)));
	}

	/**
	 * Create a vector store, empty or with files uploaded with the Files API.
	 * @param request its name, files, chunking, expiry and metadata
	 * @return the store
	 */
	public VectorStoreObject createVectorStore(CreateVectorStoreRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(ApiCall.post("createVectorStore", STORES, request, null), VectorStoreObject.class);
	}

	/**
	 * Fetch a vector store.
	 * @param vectorStoreId the store's id
	 * @return the store, with the counts of its files by status
	 */
	public VectorStoreObject getVectorStore(String vectorStoreId) {
		return this.transport.execute(store("getVectorStore", HttpMethod.GET, STORE, vectorStoreId),
				VectorStoreObject.class);
	}

	/**
	 * Change a vector store's name, expiry or metadata.
	 * @param vectorStoreId the store's id
	 * @param request what changes
	 * @return the store, changed
	 */
	public VectorStoreObject modifyVectorStore(String vectorStoreId, UpdateVectorStoreRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(store("modifyVectorStore", HttpMethod.POST, STORE, vectorStoreId).body(request),
				VectorStoreObject.class);
	}

	/**
	 * Delete a vector store; its files stay in the Files API.
	 * @param vectorStoreId the store's id
	 * @return the confirmation
	 */
	public DeleteVectorStoreResponse deleteVectorStore(String vectorStoreId) {
		return this.transport.execute(store("deleteVectorStore", HttpMethod.DELETE, STORE, vectorStoreId),
				DeleteVectorStoreResponse.class);
	}

	/**
	 * Search a vector store for the chunks closest to a query.
	 * @param vectorStoreId the store's id
	 * @param request the query, filters and ranking
	 * @return the best chunks, with their files and scores
	 */
	public VectorStoreSearchResultsPage searchVectorStore(String vectorStoreId, VectorStoreSearchRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				store("searchVectorStore", HttpMethod.POST, STORE + "/search", vectorStoreId).body(request),
				VectorStoreSearchResultsPage.class);
	}

	/**
	 * List one page of the files of a vector store.
	 * @param vectorStoreId the store's id
	 * @param filter only the files of this status, or {@code null} for all
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<VectorStoreFileObject> listVectorStoreFiles(String vectorStoreId,
			VectorStoreFileObject.@Nullable Status filter, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListVectorStoreFilesResponse list = this.transport.execute(params.applyTo(
				store("listVectorStoreFiles", HttpMethod.GET, FILES, vectorStoreId).query("filter", filter)),
				ListVectorStoreFilesResponse.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> listVectorStoreFiles(vectorStoreId, filter, params.withAfter(after)));
	}

	/**
	 * Add a file uploaded with the Files API to a vector store, which then indexes it.
	 * @param vectorStoreId the store's id
	 * @param request the file's id, with its attributes and chunking
	 * @return the store's file, in progress until indexed
	 */
	public VectorStoreFileObject createVectorStoreFile(String vectorStoreId, CreateVectorStoreFileRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				store("createVectorStoreFile", HttpMethod.POST, FILES, vectorStoreId).body(request),
				VectorStoreFileObject.class);
	}

	/**
	 * Fetch a file of a vector store.
	 * @param vectorStoreId the store's id
	 * @param fileId the file's id
	 * @return the store's file, with its status and attributes
	 */
	public VectorStoreFileObject getVectorStoreFile(String vectorStoreId, String fileId) {
		return this.transport.execute(file("getVectorStoreFile", HttpMethod.GET, FILE, vectorStoreId, fileId),
				VectorStoreFileObject.class);
	}

	/**
	 * Replace the attributes of a file of a vector store, which searches can filter by.
	 * @param vectorStoreId the store's id
	 * @param fileId the file's id
	 * @param request the new attributes
	 * @return the store's file, changed
	 */
	public VectorStoreFileObject updateVectorStoreFileAttributes(String vectorStoreId, String fileId,
			UpdateVectorStoreFileAttributesRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				file("updateVectorStoreFileAttributes", HttpMethod.POST, FILE, vectorStoreId, fileId).body(request),
				VectorStoreFileObject.class);
	}

	/**
	 * Remove a file from a vector store; the file itself stays in the Files API.
	 * @param vectorStoreId the store's id
	 * @param fileId the file's id
	 * @return the confirmation
	 */
	public DeleteVectorStoreFileResponse deleteVectorStoreFile(String vectorStoreId, String fileId) {
		return this.transport.execute(file("deleteVectorStoreFile", HttpMethod.DELETE, FILE, vectorStoreId, fileId),
				DeleteVectorStoreFileResponse.class);
	}

	/**
	 * Read the text a vector store parsed out of one of its files.
	 * @param vectorStoreId the store's id
	 * @param fileId the file's id
	 * @return the file's text, in parts
	 */
	public VectorStoreFileContentResponse retrieveVectorStoreFileContent(String vectorStoreId, String fileId) {
		return this.transport.execute(
				file("retrieveVectorStoreFileContent", HttpMethod.GET, FILE + "/content", vectorStoreId, fileId),
				VectorStoreFileContentResponse.class);
	}

	/**
	 * Add several files uploaded with the Files API to a vector store at once.
	 * @param vectorStoreId the store's id
	 * @param request the files' ids (or the files with their own attributes)
	 * @return the batch, in progress until every file is indexed
	 */
	public VectorStoreFileBatchObject createVectorStoreFileBatch(String vectorStoreId,
			CreateVectorStoreFileBatchRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				store("createVectorStoreFileBatch", HttpMethod.POST, BATCHES, vectorStoreId).body(request),
				VectorStoreFileBatchObject.class);
	}

	/**
	 * Fetch a file batch of a vector store.
	 * @param vectorStoreId the store's id
	 * @param batchId the batch's id
	 * @return the batch, with the counts of its files by status
	 */
	public VectorStoreFileBatchObject getVectorStoreFileBatch(String vectorStoreId, String batchId) {
		return this.transport.execute(batch("getVectorStoreFileBatch", HttpMethod.GET, BATCH, vectorStoreId, batchId),
				VectorStoreFileBatchObject.class);
	}

	/**
	 * Stop indexing the files of a batch that are not indexed yet.
	 * @param vectorStoreId the store's id
	 * @param batchId the batch's id
	 * @return the batch, cancelling
	 */
	public VectorStoreFileBatchObject cancelVectorStoreFileBatch(String vectorStoreId, String batchId) {
		return this.transport.execute(
				batch("cancelVectorStoreFileBatch", HttpMethod.POST, BATCH + "/cancel", vectorStoreId, batchId),
				VectorStoreFileBatchObject.class);
	}

	/**
	 * List one page of the files of a batch.
	 * @param vectorStoreId the store's id
	 * @param batchId the batch's id
	 * @param filter only the files of this status, or {@code null} for all
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<VectorStoreFileObject> listFilesInVectorStoreBatch(String vectorStoreId, String batchId,
			VectorStoreFileObject.@Nullable Status filter, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListVectorStoreFilesResponse list = this.transport.execute(params.applyTo(
				batch("listFilesInVectorStoreBatch", HttpMethod.GET, BATCH + "/files", vectorStoreId, batchId)
					.query("filter", filter)),
				ListVectorStoreFilesResponse.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> listFilesInVectorStoreBatch(vectorStoreId, batchId, filter, params.withAfter(after)));
	}

	/**
	 * Wait for a file batch to be done: fetch it, more and more seldom (from every half
	 * second to every five), until it is no longer {@code in_progress}.
	 * @param vectorStoreId the store's id
	 * @param batchId the batch's id
	 * @param timeout how long to wait at most
	 * @return the batch in its final status, with the counts of its files by status
	 * @throws PollingTimeoutException when it is not done in time
	 */
	public VectorStoreFileBatchObject awaitVectorStoreFileBatch(String vectorStoreId, String batchId,
			Duration timeout) {
		return StatusPoller.await("vector store file batch " + batchId,
				() -> getVectorStoreFileBatch(vectorStoreId, batchId),
				(batch) -> !VectorStoreFileBatchObject.Status.IN_PROGRESS.equals(batch.status()), timeout);
	}

	/**
	 * Upload files with the Files API (purpose {@code assistants}), add them to a vector
	 * store in one batch, and wait until the store has indexed them.
	 * @param files the client of the Files API
	 * @param vectorStoreId the store's id
	 * @param contents the files, at least one
	 * @param timeout how long to wait for the indexing at most
	 * @return the batch in its final status: check its file counts for failures
	 * @throws PollingTimeoutException when the indexing is not done in time
	 */
	public VectorStoreFileBatchObject uploadFiles(OpenAIFilesClient files, String vectorStoreId,
			List<FileContent> contents, Duration timeout) {
		Assert.notNull(files, "files must not be null");
		Assert.notEmpty(contents, "contents must not be empty");
		List<String> fileIds = contents.stream()
			.map((content) -> files.createFile(CreateFileRequest.of(CreateFileRequest.Purpose.ASSISTANTS), content).id())
			.toList();
		VectorStoreFileBatchObject batch = createVectorStoreFileBatch(vectorStoreId,
				CreateVectorStoreFileBatchRequest.builder().fileIds(fileIds).build());
		return awaitVectorStoreFileBatch(vectorStoreId, batch.id(), timeout);
	}

	@Override
	public String resourceName() {
		return "vector-stores";
	}

	private static ApiCall store(String operation, HttpMethod method, String path, String vectorStoreId) {
		return ApiCall.of(operation, method, path).pathVariable(STORE_ID, vectorStoreId);
	}

	private static ApiCall file(String operation, HttpMethod method, String path, String vectorStoreId,
			String fileId) {
		return store(operation, method, path, vectorStoreId).pathVariable(FILE_ID, fileId);
	}

	private static ApiCall batch(String operation, HttpMethod method, String path, String vectorStoreId,
			String batchId) {
		return store(operation, method, path, vectorStoreId).pathVariable(BATCH_ID, batchId);
	}

}
