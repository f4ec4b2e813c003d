package org.openaiboot.client;

import java.util.Objects;

import org.openaiboot.models.threads.CreateMessageRequest;
import org.openaiboot.models.threads.CreateRunRequest;
import org.openaiboot.models.threads.CreateThreadAndRunRequest;
import org.openaiboot.models.threads.CreateThreadRequest;
import org.openaiboot.models.threads.DeleteThreadResponse;
import org.openaiboot.models.threads.ListMessageFilesResponse;
import org.openaiboot.models.threads.ListMessagesResponse;
import org.openaiboot.models.threads.ListRunStepsResponse;
import org.openaiboot.models.threads.ListRunsResponse;
import org.openaiboot.models.threads.MessageFileObject;
import org.openaiboot.models.threads.MessageObject;
import org.openaiboot.models.threads.ModifyMessageRequest;
import org.openaiboot.models.threads.ModifyRunRequest;
import org.openaiboot.models.threads.ModifyThreadRequest;
import org.openaiboot.models.threads.RunObject;
import org.openaiboot.models.threads.RunStepObject;
import org.openaiboot.models.threads.SubmitToolOutputsRunRequest;
import org.openaiboot.models.threads.ThreadObject;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The threads API (beta) of the assistants: threads, their messages and the files of
 * those, and the runs of assistants on threads with their steps, under {@code /threads}.
 * <p>
 * Every call carries the {@value OpenAIHeaders#BETA} header that opts in to the beta,
 * {@value #DEFAULT_BETA_VERSION} unless another version is given. With Spring Boot,
 * inject the auto-configured bean. Without it:
 * <pre class="code">
 * OpenAIThreadsClient threads = new OpenAIThreadsClient(OpenAITransport.builder().apiKey(key).build());
 * RunObject run = threads.createThreadAndRun(
 *         CreateThreadAndRunRequest.of(assistantId, CreateThreadRequest.of(CreateMessageRequest.of("Hi"))));
 * </pre>
 * The list operations return a {@link Page}, whose {@link Page#autoPaging()} streams
 * every item, fetching the next page with the {@code after} cursor while
 * {@code has_more} is true. Each method throws an {@link OpenAIApiException} when the
 * API answers with an error status and an {@link OpenAIConnectionException} when it
 * cannot be reached.
 */
public class OpenAIThreadsClient implements OpenAIResourceClient {

	/** The version of the assistants beta this client speaks unless told otherwise. */
	public static final String DEFAULT_BETA_VERSION = "assistants=v1";

	private static final String THREADS = "/threads";

	private static final String THREAD = "/threads/{thread_id}";

	private static final String MESSAGES = "/threads/{thread_id}/messages";

	private static final String MESSAGE = "/threads/{thread_id}/messages/{message_id}";

	private static final String MESSAGE_FILES = "/threads/{thread_id}/messages/{message_id}/files";

	private static final String MESSAGE_FILE = "/threads/{thread_id}/messages/{message_id}/files/{file_id}";

	private static final String THREAD_AND_RUN = "/threads/runs";

	private static final String RUNS = "/threads/{thread_id}/runs";

	private static final String RUN = "/threads/{thread_id}/runs/{run_id}";

	private static final String SUBMIT_TOOL_OUTPUTS = "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs";

	private static final String CANCEL = "/threads/{thread_id}/runs/{run_id}/cancel";

	private static final String STEPS = "/threads/{thread_id}/runs/{run_id}/steps";

	private static final String STEP = "/threads/{thread_id}/runs/{run_id}/steps/{step_id}";

	private final OpenAITransport transport;

	private final String betaVersion;

	/**
	 * Create a client that sends {@value #DEFAULT_BETA_VERSION} as the beta version.
	 * @param transport the transport to send with
	 */
	public OpenAIThreadsClient(OpenAITransport transport) {
		this(transport, DEFAULT_BETA_VERSION);
	}

	/**
	 * Create a client that sends the given beta version.
	 * @param transport the transport to send with
	 * @param betaVersion the value of the {@value OpenAIHeaders#BETA} header, such as
	 * {@code assistants=v1}
	 */
	public OpenAIThreadsClient(OpenAITransport transport, String betaVersion) {
		Assert.notNull(transport, "transport must not be null");
		Assert.hasText(betaVersion, "betaVersion must not be empty");
		this.transport = transport;
		this.betaVersion = betaVersion;
	}

	/**
	 * Create an empty thread.
	 * @return the new thread
	 */
	public ThreadObject createThread() {
		return createThread(CreateThreadRequest.builder().build());
	}

	/**
	 * Create a thread, optionally with first messages.
	 * @param request the messages and metadata of the thread
	 * @return the new thread
	 */
	public ThreadObject createThread(CreateThreadRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("createThread", HttpMethod.POST, THREADS).body(request),
				ThreadObject.class);
	}

	/**
	 * Fetch a thread.
	 * @param threadId the thread's id
	 * @return the thread
	 * @throws NotFoundException when there is no such thread
	 */
	public ThreadObject getThread(String threadId) {
		return this.transport.execute(call("getThread", HttpMethod.GET, THREAD).pathVariable("thread_id", threadId),
				ThreadObject.class);
	}

	/**
	 * Change the metadata of a thread.
	 * @param threadId the thread's id
	 * @param request the changes
	 * @return the thread as changed
	 */
	public ThreadObject modifyThread(String threadId, ModifyThreadRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				call("modifyThread", HttpMethod.POST, THREAD).pathVariable("thread_id", threadId).body(request),
				ThreadObject.class);
	}

	/**
	 * Delete a thread.
	 * @param threadId the thread's id
	 * @return the confirmation
	 */
	public DeleteThreadResponse deleteThread(String threadId) {
		return this.transport.execute(
				call("deleteThread", HttpMethod.DELETE, THREAD).pathVariable("thread_id", threadId),
				DeleteThreadResponse.class);
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

	/**
	 * Create a thread and start a run of an assistant on it, in one call.
	 * @param request the assistant, the thread and any overrides for the run
	 * @return the new run; its {@code thread_id} names the new thread
	 */
	public RunObject createThreadAndRun(CreateThreadAndRunRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				call("createThreadAndRun", HttpMethod.POST, THREAD_AND_RUN).body(request).model(Objects.toString(request.model(), null)),
				RunObject.class);
	}

	/**
	 * List one page of the runs of a thread, as a {@code ListRunsResponse}.
	 * @param threadId the thread's id
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<RunObject> listRuns(String threadId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListRunsResponse response = this.transport.execute(
				params.applyTo(call("listRuns", HttpMethod.GET, RUNS).pathVariable("thread_id", threadId)),
				ListRunsResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listRuns(threadId, params.withAfter(after)));
	}

	/**
	 * Start a run of an assistant on a thread.
	 * @param threadId the thread's id
	 * @param request the assistant and any overrides for the run
	 * @return the new run
	 */
	public RunObject createRun(String threadId, CreateRunRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("createRun", HttpMethod.POST, RUNS).pathVariable("thread_id", threadId)
			.body(request)
			.model(Objects.toString(request.model(), null)), RunObject.class);
	}

	/**
	 * Fetch a run, for example to poll its status.
	 * @param threadId the id of the thread the run works on
	 * @param runId the run's id
	 * @return the run
	 */
	public RunObject getRun(String threadId, String runId) {
		return this.transport.execute(
				call("getRun", HttpMethod.GET, RUN).pathVariable("thread_id", threadId).pathVariable("run_id", runId),
				RunObject.class);
	}

	/**
	 * Change the metadata of a run.
	 * @param threadId the id of the thread the run works on
	 * @param runId the run's id
	 * @param request the changes
	 * @return the run as changed
	 */
	public RunObject modifyRun(String threadId, String runId, ModifyRunRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("modifyRun", HttpMethod.POST, RUN).pathVariable("thread_id", threadId)
			.pathVariable("run_id", runId)
			.body(request), RunObject.class);
	}

	/**
	 * Hand the results of the tool calls a run asked for back to it, so that it goes on.
	 * All outputs must be sent in one call. The spec names this operation
	 * {@code submitToolOuputsToRun}, misspelled; this client uses the correct spelling,
	 * in metrics too.
	 * @param threadId the id of the thread the run works on
	 * @param runId the id of a run whose status is {@code requires_action}
	 * @param request the outputs, one per tool call
	 * @return the run
	 */
	public RunObject submitToolOutputsToRun(String threadId, String runId, SubmitToolOutputsRunRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("submitToolOutputsToRun", HttpMethod.POST, SUBMIT_TOOL_OUTPUTS)
			.pathVariable("thread_id", threadId)
			.pathVariable("run_id", runId)
			.body(request), RunObject.class);
	}

	/**
	 * Cancel a run that is still in progress.
	 * @param threadId the id of the thread the run works on
	 * @param runId the run's id
	 * @return the run, usually with the status {@code cancelling}
	 */
	public RunObject cancelRun(String threadId, String runId) {
		return this.transport.execute(call("cancelRun", HttpMethod.POST, CANCEL).pathVariable("thread_id", threadId)
			.pathVariable("run_id", runId), RunObject.class);
	}

	/**
	 * List one page of the steps of a run, as a {@code ListRunStepsResponse}.
	 * @param threadId the id of the thread the run works on
	 * @param runId the run's id
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<RunStepObject> listRunSteps(String threadId, String runId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListRunStepsResponse response = this.transport
			.execute(params.applyTo(call("listRunSteps", HttpMethod.GET, STEPS)
				.pathVariable("thread_id", threadId)
				.pathVariable("run_id", runId)), ListRunStepsResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listRunSteps(threadId, runId, params.withAfter(after)));
	}

	/**
	 * Fetch one step of a run.
	 * @param threadId the id of the thread the run works on
	 * @param runId the run's id
	 * @param stepId the step's id
	 * @return the step
	 */
	public RunStepObject getRunStep(String threadId, String runId, String stepId) {
		return this.transport.execute(call("getRunStep", HttpMethod.GET, STEP).pathVariable("thread_id", threadId)
			.pathVariable("run_id", runId)
			.pathVariable("step_id", stepId), RunStepObject.class);
	}

	private ApiCall call(String operation, HttpMethod method, String path) {
		return ApiCall.of(operation, method, path).header(OpenAIHeaders.BETA, this.betaVersion);
	}

	@Override
	public String resourceName() {
		return "threads";
	}

}
