package org.openaiboot.client;

import java.util.Objects;

import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.threads.CreateRunRequest;
import org.openaiboot.models.threads.ListRunStepsResponse;
import org.openaiboot.models.threads.ListRunsResponse;
import org.openaiboot.models.threads.ModifyRunRequest;
import org.openaiboot.models.threads.RunObject;
import org.openaiboot.models.threads.RunStepObject;
import org.openaiboot.models.threads.SubmitToolOutputsRunRequest;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The runs of assistants on the threads of the assistants beta, and their steps, under
 * {@code /threads/{thread_id}/runs}. Get it from {@link OpenAIThreadsClient#runs()}; it
 * sends the same {@value OpenAIHeaders#BETA} header as that client.
 * <pre class="code">
 * RunObject run = threads.runs().createRun(threadId, CreateRunRequest.of(assistantId));
 * </pre>
 * The list operations return a {@link Page}, whose {@link Page#autoPaging()} streams
 * every item, fetching the next page only as the stream needs it. Each method throws an {@link OpenAIApiException} when the API answers with an
 * error status and an {@link OpenAIConnectionException} when it cannot be reached.
 * @deprecated the Assistants API, which this belongs to, was shut down on 2026-08-26; see
 * {@link OpenAIThreadsClient}
 */
@Deprecated(since = "0.1.0")
public class OpenAIThreadRunsClient {

	private static final String RUNS = "/threads/{thread_id}/runs";

	private static final String RUN = "/threads/{thread_id}/runs/{run_id}";

	private static final String SUBMIT_TOOL_OUTPUTS = "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs";

	private static final String CANCEL = "/threads/{thread_id}/runs/{run_id}/cancel";

	private static final String STEPS = "/threads/{thread_id}/runs/{run_id}/steps";

	private static final String STEP = "/threads/{thread_id}/runs/{run_id}/steps/{step_id}";

	private final OpenAITransport transport;

	private final String betaVersion;

	OpenAIThreadRunsClient(OpenAITransport transport, String betaVersion) {
		this.transport = transport;
		this.betaVersion = betaVersion;
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

}
