package org.openaiboot.client;

import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest;
import org.openaiboot.models.finetuning.FineTuningJob;
import org.openaiboot.models.finetuning.FineTuningJobEvent;
import org.openaiboot.models.finetuning.ListFineTuningJobEventsResponse;
import org.openaiboot.models.finetuning.ListPaginatedFineTuningJobsResponse;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The fine-tuning jobs API: {@code /fine_tuning/jobs}, to train a model on your own
 * examples and follow the job.
 * <p>
 * Both lists page forward from the newest item by the id of the last item seen: they
 * send no cursors, so a {@link Page}'s {@link Page#lastId()} is the id of its last item.
 * {@link Page#autoPaging()} walks every item, fetching the next page only when the stream
 * needs it:
 * <pre class="code">
 * fineTuning.listFineTuningEvents(jobId, FineTuningListParams.DEFAULTS)
 *     .autoPaging()
 *     .limit(100)
 *     .forEach(System.out::println);
 * </pre>
 */
public class OpenAIFineTuningClient implements OpenAIResourceClient {

	private static final String JOBS = "/fine_tuning/jobs";

	private static final String JOB = "/fine_tuning/jobs/{fine_tuning_job_id}";

	private static final String JOB_ID = "fine_tuning_job_id";

	private final OpenAITransport transport;

	public OpenAIFineTuningClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Start a job that trains a new model from a base model and an uploaded training
	 * file. The job is queued; follow it with {@link #retrieveFineTuningJob(String)} or
	 * its events.
	 * @param request the request
	 * @return the new job
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public FineTuningJob createFineTuningJob(CreateFineTuningJobRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				ApiCall.post("createFineTuningJob", JOBS, request, request.model().value()), FineTuningJob.class);
	}

	/**
	 * One page of the organization's fine-tuning jobs, as a
	 * {@code ListPaginatedFineTuningJobsResponse}.
	 * @param params the cursor and page size, such as {@link FineTuningListParams#DEFAULTS}
	 * @return the page, newest first, from which {@link Page#autoPaging()} walks on to the
	 * oldest
	 * @throws OpenAIApiException when the API answers with an error status
	 */
	public Page<FineTuningJob> listPaginatedFineTuningJobs(FineTuningListParams params) {
		Assert.notNull(params, "params must not be null");
		ListPaginatedFineTuningJobsResponse response = this.transport.execute(
				params.applyTo(ApiCall.of("listPaginatedFineTuningJobs", HttpMethod.GET, JOBS)),
				ListPaginatedFineTuningJobsResponse.class);
		return Page.of(response, response.data(), response.hasMore(), FineTuningJob::id,
				(after) -> listPaginatedFineTuningJobs(params.withAfter(after)));
	}

	/**
	 * Look up a fine-tuning job, for its status and, once it succeeded, the name of the
	 * trained model.
	 * @param fineTuningJobId the job id
	 * @return the job
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws NotFoundException when there is no such job
	 */
	public FineTuningJob retrieveFineTuningJob(String fineTuningJobId) {
		return this.transport.execute(
				ApiCall.of("retrieveFineTuningJob", HttpMethod.GET, JOB).pathVariable(JOB_ID, fineTuningJobId),
				FineTuningJob.class);
	}

	/**
	 * One page of a job's events: progress messages, metrics and failures, as a
	 * {@code ListFineTuningJobEventsResponse}. A server that does not send
	 * {@code has_more} (spec 2.0.0 did not declare it) gives a last page.
	 * @param fineTuningJobId the job id
	 * @param params the cursor and page size, such as {@link FineTuningListParams#DEFAULTS}
	 * @return the page, newest first, from which {@link Page#autoPaging()} walks on to the
	 * oldest
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws OpenAIApiException when the API answers with an error status
	 */
	public Page<FineTuningJobEvent> listFineTuningEvents(String fineTuningJobId, FineTuningListParams params) {
		Assert.notNull(params, "params must not be null");
		ListFineTuningJobEventsResponse response = this.transport.execute(
				params.applyTo(ApiCall.of("listFineTuningEvents", HttpMethod.GET, JOB + "/events")
					.pathVariable(JOB_ID, fineTuningJobId)),
				ListFineTuningJobEventsResponse.class);
		return Page.of(response, response.data(), response.hasMore(), FineTuningJobEvent::id,
				(after) -> listFineTuningEvents(fineTuningJobId, params.withAfter(after)));
	}

	/**
	 * Stop a job that has not finished yet.
	 * @param fineTuningJobId the job id
	 * @return the job, now cancelled
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws OpenAIApiException when the API answers with an error status
	 */
	public FineTuningJob cancelFineTuningJob(String fineTuningJobId) {
		return this.transport.execute(ApiCall.of("cancelFineTuningJob", HttpMethod.POST, JOB + "/cancel")
			.pathVariable(JOB_ID, fineTuningJobId), FineTuningJob.class);
	}

	@Override
	public String resourceName() {
		return "fine-tuning";
	}

}
