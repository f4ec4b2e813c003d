package org.openaiboot.client;

import java.util.Objects;

import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.threads.CreateThreadAndRunRequest;
import org.openaiboot.models.threads.CreateThreadRequest;
import org.openaiboot.models.threads.DeleteThreadResponse;
import org.openaiboot.models.threads.ModifyThreadRequest;
import org.openaiboot.models.threads.RunObject;
import org.openaiboot.models.threads.ThreadObject;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The threads API (beta) of the assistants, under {@code /threads}: threads here, their
 * messages and the files of those in {@link #messages()}, and the runs of assistants on
 * threads with their steps in {@link #runs()}.
 * <p>
 * Every call carries the {@value OpenAIHeaders#BETA} header that opts in to the beta,
 * {@value #DEFAULT_BETA_VERSION} unless another version is given. With Spring Boot,
 * inject the auto-configured bean. Without it:
 * <pre class="code">
 * OpenAIThreadsClient threads = new OpenAIThreadsClient(OpenAITransport.builder().apiKey(key).build());
 * RunObject run = threads.createThreadAndRun(
 *         CreateThreadAndRunRequest.of(assistantId, CreateThreadRequest.of(CreateMessageRequest.of("Hi"))));
 * </pre>
 * Each method throws an {@link OpenAIApiException} when the API answers with an
 * error status and an {@link OpenAIConnectionException} when it cannot be reached.
 * @deprecated OpenAI shut the Assistants API down on 2026-08-26: its endpoints answer
 * 404. Use {@link OpenAIResponsesClient}, with {@link OpenAIConversationsClient} for state
 * kept on the server. This client stays for the 2.0.0 API and for servers that still
 * implement it.
 */
@Deprecated(since = "0.1.0")
public class OpenAIThreadsClient implements OpenAIResourceClient {

	/** The version of the assistants beta this client speaks unless told otherwise. */
	public static final String DEFAULT_BETA_VERSION = "assistants=v1";

	private static final String THREADS = "/threads";

	private static final String THREAD = "/threads/{thread_id}";

	private static final String THREAD_AND_RUN = "/threads/runs";

	private final OpenAITransport transport;

	private final String betaVersion;

	private final OpenAIThreadMessagesClient messages;

	private final OpenAIThreadRunsClient runs;

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
		this.messages = new OpenAIThreadMessagesClient(transport, betaVersion);
		this.runs = new OpenAIThreadRunsClient(transport, betaVersion);
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
	 * The messages of threads, and the files attached to them.
	 * @return the messages client, with this client's beta version
	 */
	public OpenAIThreadMessagesClient messages() {
		return this.messages;
	}

	/**
	 * The runs of assistants on threads, and their steps.
	 * @return the runs client, with this client's beta version
	 */
	public OpenAIThreadRunsClient runs() {
		return this.runs;
	}

	private ApiCall call(String operation, HttpMethod method, String path) {
		return ApiCall.of(operation, method, path).header(OpenAIHeaders.BETA, this.betaVersion);
	}

	@Override
	public String resourceName() {
		return "threads";
	}

}
