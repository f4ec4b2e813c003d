package org.openaiboot.client.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.ChatCompletionListParams;
import org.openaiboot.client.ItemListParams;
import org.openaiboot.client.ListParams;
import org.openaiboot.client.BinaryResponse;
import org.openaiboot.client.FileContent;
import org.openaiboot.client.OpenAIBatchesClient;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIContainersClient;
import org.openaiboot.client.OpenAIConversationsClient;
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.client.OpenAIUploadsClient;
import org.openaiboot.client.OpenAIVectorStoresClient;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.batches.CreateBatchRequest;
import org.openaiboot.models.batches.ListBatchesResponse;
import org.openaiboot.models.chat.ChatCompletionDeleted;
import org.openaiboot.models.chat.ChatCompletionList;
import org.openaiboot.models.chat.ChatCompletionMessageList;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.containers.ContainerFileListResource;
import org.openaiboot.models.containers.ContainerFileResource;
import org.openaiboot.models.containers.ContainerListResource;
import org.openaiboot.models.containers.ContainerResource;
import org.openaiboot.models.containers.CreateContainerFileBody;
import org.openaiboot.models.conversations.ConversationItemList;
import org.openaiboot.models.conversations.ConversationResource;
import org.openaiboot.models.conversations.CreateConversationBody;
import org.openaiboot.models.conversations.DeletedConversationResource;
import org.openaiboot.models.conversations.UpdateConversationBody;
import org.openaiboot.models.responses.CompactResource;
import org.openaiboot.models.responses.CompactResponseMethodPublicBody;
import org.openaiboot.models.responses.CreateContainerBody;
import org.openaiboot.models.responses.ConversationItem;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.IncludeEnum;
import org.openaiboot.models.responses.InputItem;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseItemList;
import org.openaiboot.models.responses.TokenCountsBody;
import org.openaiboot.models.responses.TokenCountsResource;
import org.openaiboot.models.responses.VectorStoreSearchRequest;
import org.openaiboot.models.uploads.CompleteUploadRequest;
import org.openaiboot.models.uploads.CreateUploadRequest;
import org.openaiboot.models.uploads.Upload;
import org.openaiboot.models.uploads.UploadPart;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

/**
 * The table {@link TodaysSpecOperationConformanceTests} walks: the operations of today's
 * spec the starter has added since 2.0.0 (the Responses and Conversations APIs, stored
 * chat completions, containers, vector stores, batches, uploads), each called through its
 * auto-configured bean with a body and parameters synthesized from the spec, read into
 * the models with the transport's {@link JsonMapper}.
 * <p>
 * A row names the query parameters of the spec its method has no way to send, and why;
 * the test reports each of them, and holds every other synthesized parameter to reach the
 * server.
 */
final class TodaysSpecOperations {

	private static final TypeReference<List<InputItem>> INPUT_ITEMS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
	};

	private static final String STORE = "vector_store_id";

	/** The value of a fixed member that is left out of the body. */
	static final Object LEFT_OUT = new Object();

	private TodaysSpecOperations() {
	}

	static List<TodaysCall> all() {
		Map<String, String> streamOnly = Map.of("stream", "sent by getResponseStream, not getResponse",
				"starting_after", "sent by getResponseStream, not getResponse", "include_obfuscation",
				"no method of OpenAIResponsesClient sends it");
		List<TodaysCall> rows = new ArrayList<>(List.of(
				// createResponse refuses "stream": true, which is createResponseStream's call
				responses("createResponse", Response.class, Map.of(), Map.of("stream", false),
						(client, request) -> client.createResponse(request.body(CreateResponse.class))),
				responses("getResponse", Response.class, streamOnly,
						(client, request) -> client.getResponse(request.path("response_id"), include(request))),
				responses("deleteResponse", Void.class, Map.of(), (client, request) -> {
					client.deleteResponse(request.path("response_id"));
					return null;
				}),
				responses("cancelResponse", Response.class, Map.of(),
						(client, request) -> client.cancelResponse(request.path("response_id"))),
				responses("listInputItems", ResponseItemList.class, Map.of(),
						(client, request) -> client.listInputItems(request.path("response_id"), listParams(request))
							.response()),
				responses("Getinputtokencounts", TokenCountsResource.class, Map.of(),
						(client, request) -> client.getInputTokenCounts(request.body(TokenCountsBody.class))),
				responses("Compactconversation", CompactResource.class, Map.of(), (client, request) -> client
					.compactConversation(request.body(CompactResponseMethodPublicBody.class))),
				conversations("createConversation", ConversationResource.class,
						(client, request) -> client.createConversation(request.body(CreateConversationBody.class))),
				conversations("getConversation", ConversationResource.class,
						(client, request) -> client.getConversation(request.path("conversation_id"))),
				conversations("updateConversation", ConversationResource.class,
						(client, request) -> client.updateConversation(request.path("conversation_id"),
								request.body(UpdateConversationBody.class))),
				conversations("deleteConversation", DeletedConversationResource.class,
						(client, request) -> client.deleteConversation(request.path("conversation_id"))),
				conversations("createConversationItems", ConversationItemList.class,
						(client, request) -> client.createConversationItems(request.path("conversation_id"),
								request.member("items", INPUT_ITEMS),
								include(request))),
				conversations("listConversationItems", ConversationItemList.class,
						(client, request) -> client
							.listConversationItems(request.path("conversation_id"),
									listParams(request))
							.response()),
				conversations("getConversationItem", ConversationItem.class,
						(client, request) -> client.getConversationItem(request.path("conversation_id"),
								request.path("item_id"), include(request))),
				conversations("deleteConversationItem", ConversationResource.class,
						(client, request) -> client.deleteConversationItem(request.path("conversation_id"),
								request.path("item_id"))),
				chat("listChatCompletions", ChatCompletionList.class,
						(client, request) -> client.listChatCompletions(ChatCompletionListParams.DEFAULTS
							.withModel(request.single("model"))
							.withMetadata(request.deepObject("metadata"))
							.withLimit(request.integer("limit"))
							.withOrder(order(request))
							.withAfter(request.single("after"))).response()),
				chat("getChatCompletion", CreateChatCompletionResponse.class,
						(client, request) -> client.getChatCompletion(request.path("completion_id"))),
				chat("updateChatCompletion", CreateChatCompletionResponse.class,
						(client, request) -> client.updateChatCompletion(request.path("completion_id"),
								request.member("metadata", METADATA))),
				chat("deleteChatCompletion", ChatCompletionDeleted.class,
						(client, request) -> client.deleteChatCompletion(request.path("completion_id"))),
				chat("getChatCompletionMessages", ChatCompletionMessageList.class,
						(client, request) -> client.getChatCompletionMessages(request.path("completion_id"),
								pageParams(request))
							.response()),
				containers("ListContainers", ContainerListResource.class,
						(client, request) -> client.listContainers(request.single("name"), pageParams(request))
							.response()),
				containers("CreateContainer", ContainerResource.class,
						(client, request) -> client.createContainer(request.body(CreateContainerBody.class))),
				containers("RetrieveContainer", ContainerResource.class,
						(client, request) -> client.retrieveContainer(request.path("container_id"))),
				containers("DeleteContainer", Void.class, (client, request) -> {
					client.deleteContainer(request.path("container_id"));
					return null;
				}),
				// the JSON form, which names an uploaded file: its binary part is the multipart form's
				row(OpenAIContainersClient.class, "CreateContainerFile", ContainerFileResource.class, Map.of(),
						Map.of("file_id", "file_1", CreateContainerFileBody.FILE_FIELD, LEFT_OUT),
						(client, request) -> client.createContainerFile(request.path("container_id"),
								request.body(CreateContainerFileBody.class).fileId())),
				containers("ListContainerFiles", ContainerFileListResource.class,
						(client, request) -> client
							.listContainerFiles(request.path("container_id"), pageParams(request))
							.response()),
				containers("RetrieveContainerFile", ContainerFileResource.class,
						(client, request) -> client.retrieveContainerFile(request.path("container_id"),
								request.path("file_id"))),
				containers("DeleteContainerFile", Void.class, (client, request) -> {
					client.deleteContainerFile(request.path("container_id"), request.path("file_id"));
					return null;
				}),
				containers("RetrieveContainerFileContent", Void.class, (client, request) -> {
					try (BinaryResponse content = client.retrieveContainerFileContent(request.path("container_id"),
							request.path("file_id"))) {
						content.transferTo(OutputStream.nullOutputStream());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return null;
				}),
				vectorStores("listVectorStores", ListVectorStoresResponse.class,
						(client, request) -> client.listVectorStores(fullPageParams(request)).response()),
				vectorStores("createVectorStore", VectorStoreObject.class,
						(client, request) -> client.createVectorStore(request.body(CreateVectorStoreRequest.class))),
				vectorStores("getVectorStore", VectorStoreObject.class,
						(client, request) -> client.getVectorStore(request.path(STORE))),
				vectorStores("modifyVectorStore", VectorStoreObject.class,
						(client, request) -> client.modifyVectorStore(request.path(STORE),
								request.body(UpdateVectorStoreRequest.class))),
				vectorStores("deleteVectorStore", DeleteVectorStoreResponse.class,
						(client, request) -> client.deleteVectorStore(request.path(STORE))),
				vectorStores("searchVectorStore", VectorStoreSearchResultsPage.class,
						(client, request) -> client.searchVectorStore(request.path(STORE),
								request.body(VectorStoreSearchRequest.class))),
				vectorStores("listVectorStoreFiles", ListVectorStoreFilesResponse.class,
						(client, request) -> client
							.listVectorStoreFiles(request.path(STORE), fileStatus(request), fullPageParams(request))
							.response()),
				vectorStores("createVectorStoreFile", VectorStoreFileObject.class,
						(client, request) -> client.createVectorStoreFile(request.path(STORE),
								request.body(CreateVectorStoreFileRequest.class))),
				vectorStores("getVectorStoreFile", VectorStoreFileObject.class,
						(client, request) -> client.getVectorStoreFile(request.path(STORE), request.path("file_id"))),
				vectorStores("updateVectorStoreFileAttributes", VectorStoreFileObject.class,
						(client, request) -> client.updateVectorStoreFileAttributes(request.path(STORE),
								request.path("file_id"), request.body(UpdateVectorStoreFileAttributesRequest.class))),
				vectorStores("deleteVectorStoreFile", DeleteVectorStoreFileResponse.class,
						(client, request) -> client.deleteVectorStoreFile(request.path(STORE),
								request.path("file_id"))),
				vectorStores("retrieveVectorStoreFileContent", VectorStoreFileContentResponse.class,
						(client, request) -> client.retrieveVectorStoreFileContent(request.path(STORE),
								request.path("file_id"))),
				vectorStores("createVectorStoreFileBatch", VectorStoreFileBatchObject.class,
						(client, request) -> client.createVectorStoreFileBatch(request.path(STORE),
								request.body(CreateVectorStoreFileBatchRequest.class))),
				vectorStores("getVectorStoreFileBatch", VectorStoreFileBatchObject.class,
						(client, request) -> client.getVectorStoreFileBatch(request.path(STORE),
								request.path("batch_id"))),
				vectorStores("cancelVectorStoreFileBatch", VectorStoreFileBatchObject.class,
						(client, request) -> client.cancelVectorStoreFileBatch(request.path(STORE),
								request.path("batch_id"))),
				vectorStores("listFilesInVectorStoreBatch", ListVectorStoreFilesResponse.class,
						(client, request) -> client
							.listFilesInVectorStoreBatch(request.path(STORE), request.path("batch_id"),
									fileStatus(request), fullPageParams(request))
							.response())));
		rows.addAll(batches());
		rows.addAll(uploads());
		return rows;
	}

	private static List<TodaysCall> batches() {
		return List.of(
				batches("createBatch", Batch.class,
						(client, request) -> client.createBatch(request.body(CreateBatchRequest.class))),
				batches("listBatches", ListBatchesResponse.class,
						(client, request) -> client.listBatches(request.single("after"), request.integer("limit"))
							.response()),
				batches("retrieveBatch", Batch.class,
						(client, request) -> client.retrieveBatch(request.path("batch_id"))),
				batches("cancelBatch", Batch.class, (client, request) -> client.cancelBatch(request.path("batch_id"))));
	}

	private static List<TodaysCall> uploads() {
		return List.of(
				uploads("createUpload", Upload.class,
						(client, request) -> client.createUpload(request.body(CreateUploadRequest.class))),
				uploads("addUploadPart", UploadPart.class,
						(client, request) -> client.addUploadPart(request.path("upload_id"),
								FileContent.of(new byte[] { 1, 2, 3 }, "part"))),
				uploads("completeUpload", Upload.class, (client, request) -> client
					.completeUpload(request.path("upload_id"), request.body(CompleteUploadRequest.class))),
				uploads("cancelUpload", Upload.class, (client, request) -> client.cancelUpload(request.path("upload_id"))));
	}

	private static TodaysCall uploads(String operationId, Class<?> answerType, BeanCall<OpenAIUploadsClient> call) {
		return row(OpenAIUploadsClient.class, operationId, answerType, Map.of(), Map.of(), call);
	}

	private static TodaysCall batches(String operationId, Class<?> answerType, BeanCall<OpenAIBatchesClient> call) {
		return row(OpenAIBatchesClient.class, operationId, answerType, Map.of(), Map.of(), call);
	}

	private static ListParams fullPageParams(SynthesizedRequest request) {
		return pageParams(request).withBefore(request.single("before"));
	}

	private static VectorStoreFileObject.@Nullable Status fileStatus(SynthesizedRequest request) {
		String filter = request.single("filter");
		return (filter != null) ? VectorStoreFileObject.Status.of(filter) : null;
	}

	private static TodaysCall vectorStores(String operationId, Class<?> answerType, BeanCall<OpenAIVectorStoresClient> call) {
		return row(OpenAIVectorStoresClient.class, operationId, answerType, Map.of(), Map.of(), call);
	}

	private static TodaysCall containers(String operationId, Class<?> answerType, BeanCall<OpenAIContainersClient> call) {
		return row(OpenAIContainersClient.class, operationId, answerType, Map.of(), Map.of(), call);
	}

	private static TodaysCall chat(String operationId, Class<?> answerType, BeanCall<OpenAIChatClient> call) {
		return row(OpenAIChatClient.class, operationId, answerType, Map.of(), Map.of(), call);
	}

	private static ListParams pageParams(SynthesizedRequest request) {
		return ListParams.DEFAULTS.withLimit(request.integer("limit"))
			.withOrder(order(request))
			.withAfter(request.single("after"));
	}

	private static ItemListParams listParams(SynthesizedRequest request) {
		return ItemListParams.DEFAULTS.withLimit(request.integer("limit"))
			.withOrder(order(request))
			.withAfter(request.single("after"))
			.withInclude(include(request));
	}

	private static @Nullable ListOrder order(SynthesizedRequest request) {
		String order = request.single("order");
		return (order != null) ? ListOrder.of(order) : null;
	}

	private static IncludeEnum[] include(SynthesizedRequest request) {
		return request.query("include").stream().map(IncludeEnum::of).toArray(IncludeEnum[]::new);
	}

	private static TodaysCall responses(String operationId, Class<?> answerType, Map<String, String> unsentQuery,
			BeanCall<OpenAIResponsesClient> call) {
		return responses(operationId, answerType, unsentQuery, Map.of(), call);
	}

	private static TodaysCall responses(String operationId, Class<?> answerType, Map<String, String> unsentQuery,
			Map<String, Object> fixedMembers, BeanCall<OpenAIResponsesClient> call) {
		return row(OpenAIResponsesClient.class, operationId, answerType, unsentQuery, fixedMembers, call);
	}

	/** A row whose call is made on the context's bean of a client type. */
	private static <C> TodaysCall row(Class<C> client, String operationId, Class<?> answerType,
			Map<String, String> unsentQuery, Map<String, Object> fixedMembers, BeanCall<C> call) {
		return new TodaysCall(operationId, answerType, unsentQuery, fixedMembers,
				(context, request) -> call.apply(context.getBean(client), request));
	}

	private static TodaysCall conversations(String operationId, Class<?> answerType, BeanCall<OpenAIConversationsClient> call) {
		return row(OpenAIConversationsClient.class, operationId, answerType, Map.of(), Map.of(), call);
	}

	/**
	 * One row of the table.
	 *
	 * @param operationId the spec's operationId
	 * @param answerType the type the client reads the answer into, {@link Void} when the
	 * operation answers with no content
	 * @param unsentQuery the query parameters of the spec the method cannot send, with
	 * why
	 * @param fixedMembers members of the body set to these values (or {@link #LEFT_OUT}),
	 * because the method rejects any other on purpose or cannot send them
	 * @param invoke the call, returning the value read from the answer (for a list, the
	 * whole page as read)
	 */
	record TodaysCall(String operationId, Class<?> answerType, Map<String, String> unsentQuery,
			Map<String, Object> fixedMembers, Invocation invoke) {

	}

	@FunctionalInterface
	interface Invocation {

		@Nullable Object apply(ApplicationContext context, SynthesizedRequest request);

	}

	@FunctionalInterface
	interface BeanCall<C> {

		@Nullable Object apply(C bean, SynthesizedRequest request);

	}

}
