package org.openaiboot.client;

import java.util.stream.Stream;

import org.openaiboot.models.threads.CreateMessageRequest;
import org.openaiboot.models.threads.ListMessageFilesResponse;
import org.openaiboot.models.threads.ListMessagesResponse;
import org.openaiboot.models.threads.MessageFileObject;
import org.openaiboot.models.threads.MessageObject;
import org.openaiboot.models.threads.ModifyMessageRequest;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The messages of the threads of the assistants beta, and the files attached to them,
 * under {@code /threads/{thread_id}/messages}. Get it from
 * {@link OpenAIThreadsClient#messages()}; it sends the same {@value OpenAIHeaders#BETA}
 * header as that client.
 * <pre class="code">
 * MessageObject message = threads.messages().createMessage(threadId, CreateMessageRequest.of("user", "Hi"));
 * </pre>
 * The list operations return one page; their {@code AutoPaging} variants stream every
 * item, fetching the next page with the {@code after} cursor while {@code has_more} is
 * true. Each method throws an {@link OpenAIApiException} when the API answers with an
 * error status and an {@link OpenAIConnectionException} when it cannot be reached.
 */
public class OpenAIThreadMessagesClient {

	private static final String MESSAGES = "/threads/{thread_id}/messages";

	private static final String MESSAGE = "/threads/{thread_id}/messages/{message_id}";

	private static final String MESSAGE_FILES = "/threads/{thread_id}/messages/{message_id}/files";

	private static final String MESSAGE_FILE = "/threads/{thread_id}/messages/{message_id}/files/{file_id}";

	private final OpenAITransport transport;

	private final String betaVersion;

	OpenAIThreadMessagesClient(OpenAITransport transport, String betaVersion) {
		this.transport = transport;
		this.betaVersion = betaVersion;
	}

	/**
	 * List the first page of the messages of a thread.
	 * @param threadId the thread's id
	 * @return the page
	 */
	public ListMessagesResponse listMessages(String threadId) {
		return listMessages(threadId, ListParams.DEFAULTS);
	}

	/**
	 * List one page of the messages of a thread.
	 * @param threadId the thread's id
	 * @param params the page size, order and cursors
	 * @return the page
	 */
	public ListMessagesResponse listMessages(String threadId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		return this.transport.execute(
				params.applyTo(call("listMessages", HttpMethod.GET, MESSAGES).pathVariable("thread_id", threadId)),
				ListMessagesResponse.class);
	}

	/**
	 * Every message of a thread, fetching further pages only as the stream is consumed.
	 * @param threadId the thread's id
	 * @return the messages
	 */
	public Stream<MessageObject> listMessagesAutoPaging(String threadId) {
		return listMessagesAutoPaging(threadId, ListParams.DEFAULTS);
	}

	/**
	 * Every message of a thread from the cursor of {@code params} on, fetching further
	 * pages only as the stream is consumed.
	 * @param threadId the thread's id
	 * @param params the page size, order and starting cursor
	 * @return the messages
	 */
	public Stream<MessageObject> listMessagesAutoPaging(String threadId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		return Pagination.stream((after) -> listMessages(threadId, params.withAfter(after)),
				ListMessagesResponse::data, ListMessagesResponse::hasMore, MessageObject::id, params.after());
	}

	/**
	 * Add a message to a thread.
	 * @param threadId the thread's id
	 * @param request the message
	 * @return the new message
	 */
	public MessageObject createMessage(String threadId, CreateMessageRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				call("createMessage", HttpMethod.POST, MESSAGES).pathVariable("thread_id", threadId).body(request),
				MessageObject.class);
	}

	/**
	 * Fetch a message.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @return the message
	 */
	public MessageObject getMessage(String threadId, String messageId) {
		return this.transport.execute(call("getMessage", HttpMethod.GET, MESSAGE).pathVariable("thread_id", threadId)
			.pathVariable("message_id", messageId), MessageObject.class);
	}

	/**
	 * Change the metadata of a message.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @param request the changes
	 * @return the message as changed
	 */
	public MessageObject modifyMessage(String threadId, String messageId, ModifyMessageRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("modifyMessage", HttpMethod.POST, MESSAGE)
			.pathVariable("thread_id", threadId)
			.pathVariable("message_id", messageId)
			.body(request), MessageObject.class);
	}

	/**
	 * List the first page of the files attached to a message.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @return the page
	 */
	public ListMessageFilesResponse listMessageFiles(String threadId, String messageId) {
		return listMessageFiles(threadId, messageId, ListParams.DEFAULTS);
	}

	/**
	 * List one page of the files attached to a message.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @param params the page size, order and cursors
	 * @return the page
	 */
	public ListMessageFilesResponse listMessageFiles(String threadId, String messageId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		return this.transport.execute(params.applyTo(call("listMessageFiles", HttpMethod.GET, MESSAGE_FILES)
			.pathVariable("thread_id", threadId)
			.pathVariable("message_id", messageId)), ListMessageFilesResponse.class);
	}

	/**
	 * Every file attached to a message, fetching further pages only as the stream is
	 * consumed.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @return the files
	 */
	public Stream<MessageFileObject> listMessageFilesAutoPaging(String threadId, String messageId) {
		return listMessageFilesAutoPaging(threadId, messageId, ListParams.DEFAULTS);
	}

	/**
	 * Every file attached to a message from the cursor of {@code params} on, fetching
	 * further pages only as the stream is consumed.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @param params the page size, order and starting cursor
	 * @return the files
	 */
	public Stream<MessageFileObject> listMessageFilesAutoPaging(String threadId, String messageId,
			ListParams params) {
		Assert.notNull(params, "params must not be null");
		return Pagination.stream((after) -> listMessageFiles(threadId, messageId, params.withAfter(after)),
				ListMessageFilesResponse::data, ListMessageFilesResponse::hasMore, MessageFileObject::id,
				params.after());
	}

	/**
	 * Fetch the attachment of a file to a message.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @param fileId the file's id
	 * @return the attachment
	 */
	public MessageFileObject getMessageFile(String threadId, String messageId, String fileId) {
		return this.transport.execute(call("getMessageFile", HttpMethod.GET, MESSAGE_FILE)
			.pathVariable("thread_id", threadId)
			.pathVariable("message_id", messageId)
			.pathVariable("file_id", fileId), MessageFileObject.class);
	}

	private ApiCall call(String operation, HttpMethod method, String path) {
		return ApiCall.of(operation, method, path).header(OpenAIHeaders.BETA, this.betaVersion);
	}

}
