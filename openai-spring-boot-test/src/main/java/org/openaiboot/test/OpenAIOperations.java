package org.openaiboot.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The operations the clients of the starter call, by method and path below the base URL,
 * named as the clients' {@code ApiCall}s and the spec's operation ids name them.
 */
final class OpenAIOperations {

	private static final List<Route> ROUTES = List.of(
			// chat and text completions
			route("createChatCompletion", HttpMethod.POST, "/chat/completions"),
			route("listChatCompletions", HttpMethod.GET, "/chat/completions"),
			route("getChatCompletion", HttpMethod.GET, "/chat/completions/{completion_id}"),
			route("updateChatCompletion", HttpMethod.POST, "/chat/completions/{completion_id}"),
			route("deleteChatCompletion", HttpMethod.DELETE, "/chat/completions/{completion_id}"),
			route("getChatCompletionMessages", HttpMethod.GET, "/chat/completions/{completion_id}/messages"),
			route("createCompletion", HttpMethod.POST, "/completions"),
			// responses and conversations
			route("createResponse", HttpMethod.POST, "/responses"),
			route("Getinputtokencounts", HttpMethod.POST, "/responses/input_tokens"),
			route("Compactconversation", HttpMethod.POST, "/responses/compact"),
			route("getResponse", HttpMethod.GET, "/responses/{response_id}"),
			route("deleteResponse", HttpMethod.DELETE, "/responses/{response_id}"),
			route("cancelResponse", HttpMethod.POST, "/responses/{response_id}/cancel"),
			route("listInputItems", HttpMethod.GET, "/responses/{response_id}/input_items"),
			route("createConversation", HttpMethod.POST, "/conversations"),
			route("getConversation", HttpMethod.GET, "/conversations/{conversation_id}"),
			route("updateConversation", HttpMethod.POST, "/conversations/{conversation_id}"),
			route("deleteConversation", HttpMethod.DELETE, "/conversations/{conversation_id}"),
			route("createConversationItems", HttpMethod.POST, "/conversations/{conversation_id}/items"),
			route("listConversationItems", HttpMethod.GET, "/conversations/{conversation_id}/items"),
			route("getConversationItem", HttpMethod.GET, "/conversations/{conversation_id}/items/{item_id}"),
			route("deleteConversationItem", HttpMethod.DELETE, "/conversations/{conversation_id}/items/{item_id}"),
			// embeddings, moderations, models
			route("createEmbedding", HttpMethod.POST, "/embeddings"),
			route("createModeration", HttpMethod.POST, "/moderations"),
			route("listModels", HttpMethod.GET, "/models"),
			route("retrieveModel", HttpMethod.GET, "/models/{model}"),
			route("deleteModel", HttpMethod.DELETE, "/models/{model}"),
			// images and audio
			route("createImage", HttpMethod.POST, "/images/generations"),
			route("createImageEdit", HttpMethod.POST, "/images/edits"),
			route("createImageVariation", HttpMethod.POST, "/images/variations"),
			route("createSpeech", HttpMethod.POST, "/audio/speech"),
			route("createTranscription", HttpMethod.POST, "/audio/transcriptions"),
			route("createTranslation", HttpMethod.POST, "/audio/translations"),
			// files, uploads, batches, fine-tuning
			route("createFile", HttpMethod.POST, "/files"),
			route("listFiles", HttpMethod.GET, "/files"),
			route("retrieveFile", HttpMethod.GET, "/files/{file_id}"),
			route("deleteFile", HttpMethod.DELETE, "/files/{file_id}"),
			route("downloadFile", HttpMethod.GET, "/files/{file_id}/content"),
			route("createUpload", HttpMethod.POST, "/uploads"),
			route("addUploadPart", HttpMethod.POST, "/uploads/{upload_id}/parts"),
			route("completeUpload", HttpMethod.POST, "/uploads/{upload_id}/complete"),
			route("cancelUpload", HttpMethod.POST, "/uploads/{upload_id}/cancel"),
			route("createBatch", HttpMethod.POST, "/batches"),
			route("listBatches", HttpMethod.GET, "/batches"),
			route("retrieveBatch", HttpMethod.GET, "/batches/{batch_id}"),
			route("cancelBatch", HttpMethod.POST, "/batches/{batch_id}/cancel"),
			route("createFineTuningJob", HttpMethod.POST, "/fine_tuning/jobs"),
			route("listPaginatedFineTuningJobs", HttpMethod.GET, "/fine_tuning/jobs"),
			route("retrieveFineTuningJob", HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}"),
			route("cancelFineTuningJob", HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/cancel"),
			route("listFineTuningEvents", HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}/events"),
			// vector stores
			route("createVectorStore", HttpMethod.POST, "/vector_stores"),
			route("listVectorStores", HttpMethod.GET, "/vector_stores"),
			route("getVectorStore", HttpMethod.GET, "/vector_stores/{vector_store_id}"),
			route("modifyVectorStore", HttpMethod.POST, "/vector_stores/{vector_store_id}"),
			route("deleteVectorStore", HttpMethod.DELETE, "/vector_stores/{vector_store_id}"),
			route("searchVectorStore", HttpMethod.POST, "/vector_stores/{vector_store_id}/search"),
			route("createVectorStoreFile", HttpMethod.POST, "/vector_stores/{vector_store_id}/files"),
			route("listVectorStoreFiles", HttpMethod.GET, "/vector_stores/{vector_store_id}/files"),
			route("getVectorStoreFile", HttpMethod.GET, "/vector_stores/{vector_store_id}/files/{file_id}"),
			route("updateVectorStoreFileAttributes", HttpMethod.POST,
					"/vector_stores/{vector_store_id}/files/{file_id}"),
			route("deleteVectorStoreFile", HttpMethod.DELETE, "/vector_stores/{vector_store_id}/files/{file_id}"),
			route("retrieveVectorStoreFileContent", HttpMethod.GET,
					"/vector_stores/{vector_store_id}/files/{file_id}/content"),
			route("createVectorStoreFileBatch", HttpMethod.POST, "/vector_stores/{vector_store_id}/file_batches"),
			route("getVectorStoreFileBatch", HttpMethod.GET,
					"/vector_stores/{vector_store_id}/file_batches/{batch_id}"),
			route("cancelVectorStoreFileBatch", HttpMethod.POST,
					"/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel"),
			route("listFilesInVectorStoreBatch", HttpMethod.GET,
					"/vector_stores/{vector_store_id}/file_batches/{batch_id}/files"),
			// containers
			route("ListContainers", HttpMethod.GET, "/containers"),
			route("CreateContainer", HttpMethod.POST, "/containers"),
			route("RetrieveContainer", HttpMethod.GET, "/containers/{container_id}"),
			route("DeleteContainer", HttpMethod.DELETE, "/containers/{container_id}"),
			route("CreateContainerFile", HttpMethod.POST, "/containers/{container_id}/files"),
			route("ListContainerFiles", HttpMethod.GET, "/containers/{container_id}/files"),
			route("RetrieveContainerFile", HttpMethod.GET, "/containers/{container_id}/files/{file_id}"),
			route("DeleteContainerFile", HttpMethod.DELETE, "/containers/{container_id}/files/{file_id}"),
			route("RetrieveContainerFileContent", HttpMethod.GET,
					"/containers/{container_id}/files/{file_id}/content"),
			// assistants and threads (beta)
			route("listAssistants", HttpMethod.GET, "/assistants"),
			route("createAssistant", HttpMethod.POST, "/assistants"),
			route("getAssistant", HttpMethod.GET, "/assistants/{assistant_id}"),
			route("modifyAssistant", HttpMethod.POST, "/assistants/{assistant_id}"),
			route("deleteAssistant", HttpMethod.DELETE, "/assistants/{assistant_id}"),
			route("createThreadAndRun", HttpMethod.POST, "/threads/runs"),
			route("createThread", HttpMethod.POST, "/threads"),
			route("getThread", HttpMethod.GET, "/threads/{thread_id}"),
			route("modifyThread", HttpMethod.POST, "/threads/{thread_id}"),
			route("deleteThread", HttpMethod.DELETE, "/threads/{thread_id}"),
			route("listMessages", HttpMethod.GET, "/threads/{thread_id}/messages"),
			route("createMessage", HttpMethod.POST, "/threads/{thread_id}/messages"),
			route("getMessage", HttpMethod.GET, "/threads/{thread_id}/messages/{message_id}"),
			route("modifyMessage", HttpMethod.POST, "/threads/{thread_id}/messages/{message_id}"),
			route("listRuns", HttpMethod.GET, "/threads/{thread_id}/runs"),
			route("createRun", HttpMethod.POST, "/threads/{thread_id}/runs"),
			route("getRun", HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}"),
			route("modifyRun", HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}"),
			route("submitToolOutputsToRun", HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs"),
			route("cancelRun", HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/cancel"),
			route("listRunSteps", HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}/steps"),
			route("getRunStep", HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}/steps/{step_id}"));

	private OpenAIOperations() {
	}

	/**
	 * The operation a request calls.
	 * @param method the request's method
	 * @param path the request's path below the base URL
	 * @return the operation's name, or {@code null} if no client calls that method and path
	 */
	static @Nullable String operationOf(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Route route : ROUTES) {
			if (route.method().equals(method) && route.pattern().matches(container)) {
				return route.operation();
			}
		}
		return null;
	}

	/**
	 * Whether the name is that of an operation the clients call.
	 * @param operation the name
	 * @return whether it is known
	 */
	static boolean isKnown(String operation) {
		return ROUTES.stream().anyMatch((route) -> route.operation().equals(operation));
	}

	/**
	 * The whole table, in the order requests are matched against it.
	 * @return the routes
	 */
	static List<Route> routes() {
		return ROUTES;
	}

	static PathPattern parse(String pathPattern) {
		return PathPatternParser.defaultInstance.parse(pathPattern);
	}

	private static Route route(String operation, HttpMethod method, String path) {
		return new Route(operation, method, parse(path));
	}

	record Route(String operation, HttpMethod method, PathPattern pattern) {
	}

}
