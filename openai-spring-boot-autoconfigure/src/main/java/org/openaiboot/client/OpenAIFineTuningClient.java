package org.openaiboot.client;

import java.util.stream.Stream;

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
 * Both lists page forward from the newest item by the id of the last item seen. Walk one
 * page with {@code listPaginatedFineTuningJobs}/{@code listFineTuningEvents}, or every
 * item with the {@code ...AutoPaging} methods, which fetch the next page only when the
 * stream needs it:
 * <pre class="code">
 * try (Stream&lt;FineTuningJobEvent&gt; events = fineTuning.listFineTuningEventsAutoPaging(jobId)) {
 *     events.limit(100).forEach(System.out::println);
 * }
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
	 * One page of the organization's fine-tuning jobs with the API's default page size.
	 * @return the first page, newest first
	 */
	public ListPaginatedFineTuningJobsResponse listPaginatedFineTuningJobs() {
		return listPaginatedFineTuningJobs(FineTuningListParams.DEFAULTS);
	}

	/**
	 * One page of the organization's fine-tuning jobs.
	 * @param params the cursor and page size
	 * @return the page, newest first
	 * @throws OpenAIApiException when the API answers with an error status
	 */
	public ListPaginatedFineTuningJobsResponse listPaginatedFineTuningJobs(FineTuningListParams params) {
		Assert.notNull(params, "params must not be null");
		return this.transport.execute(params.applyTo(ApiCall.of("listPaginatedFineTuningJobs", HttpMethod.GET, JOBS)),
				ListPaginatedFineTuningJobsResponse.class);
	}

	/**
	 * Every fine-tuning job of the organization, newest first, fetched page by page as
	 * the stream is consumed.
	 * @return the jobs
	 */
	public Stream<FineTuningJob> listPaginatedFineTuningJobsAutoPaging() {
		return listPaginatedFineTuningJobsAutoPaging(FineTuningListParams.DEFAULTS);
	}

	/**
	 * Every fine-tuning job from {@code params.after()} on, fetched page by page as the
	 * stream is consumed.
	 * @param params the cursor to start after and the size of each page
	 * @return the jobs
	 */
	public Stream<FineTuningJob> listPaginatedFineTuningJobsAutoPaging(FineTuningListParams params) {
		Assert.notNull(params, "params must not be null");
		return Pagination.stream((after) -> listPaginatedFineTuningJobs(params.withAfter(after)),
				ListPaginatedFineTuningJobsResponse::data, ListPaginatedFineTuningJobsResponse::hasMore,
				FineTuningJob::id, params.after());
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
	 * The newest page of a job's events with the API's default page size.
	 * @param fineTuningJobId the job id
	 * @return the page, newest first
	 */
	public ListFineTuningJobEventsResponse listFineTuningEvents(String fineTuningJobId) {
		return listFineTuningEvents(fineTuningJobId, FineTuningListParams.DEFAULTS);
	}

	/**
	 * One page of a job's events: progress messages, metrics and failures.
	 * @param fineTuningJobId the job id
	 * @param params the cursor and page size
	 * @return the page, newest first
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws OpenAIApiException when the API answers with an error status
	 */
	public ListFineTuningJobEventsResponse listFineTuningEvents(String fineTuningJobId, FineTuningListParams params) {
		Assert.notNull(params, "params must not be null");
		return this.transport.execute(
				params.applyTo(ApiCall.of("listFineTuningEvents", HttpMethod.GET, JOB + "/events")
					.pathVariable(JOB_ID, fineTuningJobId)),
				ListFineTuningJobEventsResponse.class);
	}

	/**
	 * Every event of a job, newest first, fetched page by page as the stream is consumed.
	 * @param fineTuningJobId the job id
	 * @return the events
	 */
	public Stream<FineTuningJobEvent> listFineTuningEventsAutoPaging(String fineTuningJobId) {
		return listFineTuningEventsAutoPaging(fineTuningJobId, FineTuningListParams.DEFAULTS);
	}

	/**
	 * Every event of a job from {@code params.after()} on, fetched page by page as the
	 * stream is consumed.
	 * @param fineTuningJobId the job id
	 * @param params the cursor to start after and the size of each page
	 * @return the events
	 */
	public Stream<FineTuningJobEvent> listFineTuningEventsAutoPaging(String fineTuningJobId,
			FineTuningListParams params) {
		Assert.notNull(params, "params must not be null");
		return Pagination.stream((after) -> listFineTuningEvents(fineTuningJobId, params.withAfter(after)),
				ListFineTuningJobEventsResponse::data, OpenAIFineTuningClient::hasMore, FineTuningJobEvent::id,
				params.after());
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

	// Spec 2.0.0 did not declare has_more on ListFineTuningJobEventsResponse; today's spec
	// does, and the model reads it (null when a server does not send it).
	private static boolean hasMore(ListFineTuningJobEventsResponse page) {
		return Boolean.TRUE.equals(page.hasMore());
	}

	@Override
	public String resourceName() {
		return "fine-tuning";
	}

}
