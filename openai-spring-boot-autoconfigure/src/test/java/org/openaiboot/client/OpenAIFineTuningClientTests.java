package org.openaiboot.client;

import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.NEpochs;
import org.openaiboot.models.finetuning.FineTuningJob;
import org.openaiboot.models.finetuning.FineTuningJobEvent;
import org.openaiboot.models.finetuning.FineTuningModel;
import org.openaiboot.models.finetuning.ListFineTuningJobEventsResponse;
import org.openaiboot.models.finetuning.ListPaginatedFineTuningJobsResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIFineTuningClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAIFineTuningClient client = this.recording.builder(server.baseUrl())
		.build(OpenAIFineTuningClient::new);

	@Test
	void createFineTuningJobSendsRequestAndParsesJob() {
		server.stubFor(post("/v1/fine_tuning/jobs").willReturn(okJson(job("ftjob-abc123", "queued"))));
		FineTuningJob job = this.client.createFineTuningJob(CreateFineTuningJobRequest.builder()
			.model(FineTuningModel.GPT_3_5_TURBO)
			.trainingFile("file-abc123")
			.validationFile("file-def456")
			.suffix("acme")
			.hyperparameters(CreateFineTuningJobRequest.Hyperparameters.builder().nEpochs(NEpochs.of(2)).build())
			.build());
		server.verify(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"gpt-3.5-turbo","training_file":"file-abc123","validation_file":"file-def456",
					 "suffix":"acme","hyperparameters":{"n_epochs":2}}
					""")));
		assertThat(job.id()).isEqualTo("ftjob-abc123");
		assertThat(job.object()).isEqualTo(FineTuningJob.OBJECT);
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.QUEUED);
		assertThat(job.model()).isEqualTo("gpt-3.5-turbo-0613");
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(FineTuningJob.Hyperparameters.NEpochs.of(2));
		assertThat(job.fineTunedModel()).isNull();
		assertThat(job.finishedAt()).isNull();
		assertThat(job.resultFiles()).isEmpty();
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createFineTuningJob")
			.tag("openai.model", "gpt-3.5-turbo")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createFineTuningJobRejectsNullRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.client.createFineTuningJob(null))
			.withMessage("request must not be null");
	}

	@Test
	void listPaginatedFineTuningJobsSendsCursorAndLimit() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs"))
			.willReturn(okJson(jobsPage(true, "ftjob-2", "ftjob-3"))));
		Page<FineTuningJob> page = this.client.listPaginatedFineTuningJobs(new FineTuningListParams("ftjob-1", 2));
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs?after=ftjob-1&limit=2"))
			.withHeader("Authorization", equalTo("Bearer test-key")));
		assertThat(page.response(ListPaginatedFineTuningJobsResponse.class).object()).isEqualTo("list");
		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).extracting(FineTuningJob::id).containsExactly("ftjob-2", "ftjob-3");
		assertThat(page.firstId()).isEqualTo("ftjob-2");
		assertThat(page.lastId()).isEqualTo("ftjob-3");
		assertThat(page.data().get(0).status()).isEqualTo(FineTuningJob.Status.SUCCEEDED);
	}

	@Test
	void listPaginatedFineTuningJobsWithoutParamsSendsNoQuery() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).willReturn(okJson(jobsPage(false, "ftjob-1"))));
		assertThat(this.client.listPaginatedFineTuningJobs(FineTuningListParams.DEFAULTS).hasMore()).isFalse();
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs")));
	}

	@Test
	void listPaginatedFineTuningJobsAutoPagingWalksThreePagesByLastId() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).withQueryParam("after", absent())
			.willReturn(okJson(jobsPage(true, "ftjob-1", "ftjob-2"))));
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).withQueryParam("after", equalTo("ftjob-2"))
			.willReturn(okJson(jobsPage(true, "ftjob-3", "ftjob-4"))));
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).withQueryParam("after", equalTo("ftjob-4"))
			.willReturn(okJson(jobsPage(false, "ftjob-5"))));
		Stream<FineTuningJob> jobs = this.client
			.listPaginatedFineTuningJobs(FineTuningListParams.DEFAULTS.withLimit(2))
			.autoPaging();
		assertThat(jobs.map(FineTuningJob::id)).containsExactly("ftjob-1", "ftjob-2", "ftjob-3", "ftjob-4", "ftjob-5");
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs?limit=2")));
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs?after=ftjob-2&limit=2")));
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs?after=ftjob-4&limit=2")));
		server.verify(3, anyRequestedFor(anyUrl()));
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "listPaginatedFineTuningJobs")
			.timer()
			.count()).isEqualTo(3);
	}

	@Test
	void listPaginatedFineTuningJobsAutoPagingFetchesOnlyWhatIsConsumed() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).withQueryParam("after", absent())
			.willReturn(okJson(jobsPage(true, "ftjob-1", "ftjob-2"))));
		Stream<FineTuningJob> jobs = this.client.listPaginatedFineTuningJobs(FineTuningListParams.DEFAULTS)
			.autoPaging();
		assertThat(jobs.limit(2).map(FineTuningJob::id)).containsExactly("ftjob-1", "ftjob-2");
		server.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void retrieveFineTuningJobParsesFinishedJob() {
		server.stubFor(get("/v1/fine_tuning/jobs/ftjob-abc123").willReturn(okJson("""
				{"object":"fine_tuning.job","id":"ftjob-abc123","model":"davinci-002","created_at":1692661014,
				 "finished_at":1692661190,"fine_tuned_model":"ft:davinci-002:my-org:custom_suffix:7q8mpxmy",
				 "organization_id":"org-123","result_files":["file-abc123"],"status":"succeeded",
				 "validation_file":null,"training_file":"file-abc123","hyperparameters":{"n_epochs":4},
				 "trained_tokens":5768,"error":null}
				""")));
		FineTuningJob job = this.client.retrieveFineTuningJob("ftjob-abc123");
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/ftjob-abc123")));
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.SUCCEEDED);
		assertThat(job.fineTunedModel()).isEqualTo("ft:davinci-002:my-org:custom_suffix:7q8mpxmy");
		assertThat(job.finishedAt()).isEqualTo(1692661190L);
		assertThat(job.trainedTokens()).isEqualTo(5768);
		assertThat(job.resultFiles()).containsExactly("file-abc123");
		assertThat(job.organizationId()).isEqualTo("org-123");
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(FineTuningJob.Hyperparameters.NEpochs.of(4));
	}

	@Test
	void retrieveFineTuningJobMapsNotFound() {
		server.stubFor(get("/v1/fine_tuning/jobs/ftjob-missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-404")
			.withBody("""
					{"error":{"message":"Could not find fine-tune: ftjob-missing","type":"invalid_request_error",
					 "param":"id","code":null}}
					""")));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.client.retrieveFineTuningJob("ftjob-missing"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getErrorMessage()).isEqualTo("Could not find fine-tune: ftjob-missing");
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getParam()).isEqualTo("id");
				assertThat(ex.getCode()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
	}

	@Test
	void listFineTuningEventsSendsCursorAndLimitAndKeepsHasMore() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events"))
			.willReturn(okJson(eventsPage(true, "ft-event-2", "ft-event-3"))));
		Page<FineTuningJobEvent> page = this.client.listFineTuningEvents("ftjob-abc123",
				new FineTuningListParams("ft-event-1", 2));
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events?after=ft-event-1&limit=2"))
			.withHeader("Authorization", equalTo("Bearer test-key")));
		assertThat(page.response(ListFineTuningJobEventsResponse.class).object()).isEqualTo("list");
		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).extracting(FineTuningJobEvent::id).containsExactly("ft-event-2", "ft-event-3");
		assertThat(page.data().get(0).level()).isEqualTo(FineTuningJobEvent.Level.INFO);
		assertThat(page.data().get(0).message()).isEqualTo("Step 2/100: training loss=0.91");
		assertThat(page.data().get(0).createdAt()).isEqualTo(1692407401L);
	}

	@Test
	void listFineTuningEventsWithoutParamsSendsNoQuery() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events"))
			.willReturn(okJson(eventsPage(false, "ft-event-1"))));
		assertThat(this.client.listFineTuningEvents("ftjob-abc123", FineTuningListParams.DEFAULTS).data()).hasSize(1);
		server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events")));
	}

	@Test
	void listFineTuningEventsAutoPagingWalksThreePagesByLastId() {
		String path = "/v1/fine_tuning/jobs/ftjob-abc123/events";
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("ft-event-0"))
			.willReturn(okJson(eventsPage(true, "ft-event-1", "ft-event-2"))));
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("ft-event-2"))
			.willReturn(okJson(eventsPage(true, "ft-event-3", "ft-event-4"))));
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("ft-event-4"))
			.willReturn(okJson(eventsPage(false, "ft-event-5"))));
		Stream<FineTuningJobEvent> events = this.client
			.listFineTuningEvents("ftjob-abc123", new FineTuningListParams("ft-event-0", 2))
			.autoPaging();
		assertThat(events.map(FineTuningJobEvent::id)).containsExactly("ft-event-1", "ft-event-2", "ft-event-3",
				"ft-event-4", "ft-event-5");
		server.verify(getRequestedFor(urlEqualTo(path + "?after=ft-event-0&limit=2")));
		server.verify(getRequestedFor(urlEqualTo(path + "?after=ft-event-2&limit=2")));
		server.verify(getRequestedFor(urlEqualTo(path + "?after=ft-event-4&limit=2")));
		server.verify(3, anyRequestedFor(anyUrl()));
	}

	@Test
	void listFineTuningEventsAutoPagingStopsWithoutHasMore() {
		server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events")).willReturn(okJson("""
				{"object":"list","data":[%s]}
				""".formatted(event("ft-event-1")))));
		Page<FineTuningJobEvent> page = this.client.listFineTuningEvents("ftjob-abc123", FineTuningListParams.DEFAULTS);
		assertThat(page.hasMore()).isFalse();
		assertThat(page.autoPaging().map(FineTuningJobEvent::id)).containsExactly("ft-event-1");
		server.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void cancelFineTuningJobPostsWithoutBody() {
		server.stubFor(post("/v1/fine_tuning/jobs/ftjob-abc123/cancel")
			.willReturn(okJson(job("ftjob-abc123", "cancelled"))));
		FineTuningJob job = this.client.cancelFineTuningJob("ftjob-abc123");
		server.verify(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/cancel"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", absent()));
		assertThat(server.findAll(postRequestedFor(anyUrl())).get(0).getBody()).isEmpty();
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.CANCELLED);
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "cancelFineTuningJob")
			.timer()
			.count()).isEqualTo(1);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " " })
	void blankJobIdIsRejectedWithoutRequest(String jobId) {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.retrieveFineTuningJob(jobId));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.client.cancelFineTuningJob(jobId));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.listFineTuningEvents(jobId, FineTuningListParams.DEFAULTS));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void listParamsRejectLimitBelowOne() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> new FineTuningListParams(null, 0));
	}

	private static String job(String id, String status) {
		return """
				{"object":"fine_tuning.job","id":"%s","model":"gpt-3.5-turbo-0613","created_at":1614807352,
				 "fine_tuned_model":null,"finished_at":null,"organization_id":"org-123","result_files":[],
				 "status":"%s","validation_file":"file-def456","training_file":"file-abc123",
				 "hyperparameters":{"n_epochs":2},"trained_tokens":null,"error":null}
				""".formatted(id, status);
	}

	private static String jobsPage(boolean hasMore, String... ids) {
		List<String> jobs = Stream.of(ids).map((id) -> job(id, "succeeded")).toList();
		return """
				{"object":"list","data":[%s],"has_more":%s}
				""".formatted(String.join(",", jobs), hasMore);
	}

	private static String event(String id) {
		return """
				{"object":"fine_tuning.job.event","id":"%s","created_at":1692407401,"level":"info",
				 "message":"Step 2/100: training loss=0.91","data":null,"type":"message"}
				""".formatted(id);
	}

	private static String eventsPage(boolean hasMore, String... ids) {
		List<String> events = Stream.of(ids).map(OpenAIFineTuningClientTests::event).toList();
		return """
				{"object":"list","data":[%s],"has_more":%s}
				""".formatted(String.join(",", events), hasMore);
	}

}
