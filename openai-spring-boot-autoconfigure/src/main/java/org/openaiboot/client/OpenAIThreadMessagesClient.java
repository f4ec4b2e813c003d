package org.openaiboot.client;

import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
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
 * The list operations return a {@link Page}, whose {@link Page#autoPaging()} streams
 * every item, fetching the next page only as the stream needs it. Each method throws an {@link OpenAIApiException} when the API answers with an
 * error status and an {@link OpenAIConnectionException} when it cannot be reached.
 * @deprecated the Assistants API, which this belongs to, was shut down on 2026-08-26; see
 * {@link OpenAIThreadsClient}
 */
@Deprecated(since = "0.1.0")
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
	 * List one page of the messages of a thread, as a {@code ListMessagesResponse}.
	 * @param threadId the thread's id
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<MessageObject> listMessages(String threadId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListMessagesResponse response = this.transport.execute(
				params.applyTo(call("listMessages", HttpMethod.GET, MESSAGES).pathVariable("thread_id", threadId)),
				ListMessagesResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listMessages(threadId, params.withAfter(after)));
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
	 * List one page of the files attached to a message, as a
	 * {@code ListMessageFilesResponse}.
	 * @param threadId the id of the thread the message belongs to
	 * @param messageId the message's id
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<MessageFileObject> listMessageFiles(String threadId, String messageId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListMessageFilesResponse response = this.transport
			.execute(params.applyTo(call("listMessageFiles", HttpMethod.GET, MESSAGE_FILES)
				.pathVariable("thread_id", threadId)
				.pathVariable("message_id", messageId)), ListMessageFilesResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listMessageFiles(threadId, messageId, params.withAfter(after)));
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
