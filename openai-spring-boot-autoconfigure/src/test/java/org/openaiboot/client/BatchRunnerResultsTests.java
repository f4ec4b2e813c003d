package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.BatchFailedException;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.batches.BatchError;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Reading the results of a batch that has ended: the shapes of the lines of its output
 * and error files, and the batches whose results cannot be read.
 */
@Timeout(30)
class BatchRunnerResultsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String EMBEDDING = """
			{"object":"list","model":"text-embedding-3-small","usage":{"prompt_tokens":2,"total_tokens":2},
			 "data":[{"object":"embedding","index":0,"embedding":[0.5,-0.25]}]}""".replace("\n", "");

	private final OpenAITransport transport = new RecordingTransport().builder(server.baseUrl()).build();

	private final BatchRunner runner = new BatchRunner(new OpenAIBatchesClient(this.transport),
			new OpenAIFilesClient(this.transport));

	private final BatchInput<CreateEmbeddingRequest, CreateEmbeddingResponse> input = this.runner.write(
			BatchEndpoint.EMBEDDINGS,
			Stream.of("a", "b", "c").map((id) -> BatchRequest.of(id, CreateEmbeddingRequest.of("m", "text " + id))));

	@AfterEach
	void deleteInput() {
		this.input.close();
	}

	@Test
	void eachShapeOfLineBecomesAResultJoinedToItsRequest() {
		server.stubFor(get("/v1/files/file-out/content").willReturn(ok("""
				{"id":"batch_req_2","custom_id":"b","response":{"status_code":200,"request_id":"req_2","body":%s},"error":null}
				""".formatted(EMBEDDING))));
		server.stubFor(get("/v1/files/file-err/content").willReturn(ok("""
				{"id":"batch_req_1","custom_id":"a","response":{"status_code":429,"request_id":"req_1","body":{"error":{"message":"Slow down","type":"rate_limit","param":null,"code":"rate_limit_exceeded"}}},"error":null}

				{"id":"batch_req_3","custom_id":"c","response":null,"error":{"code":"batch_expired","message":"Not run in time"}}
				""")));
		try (Stream<BatchResult<CreateEmbeddingRequest, CreateEmbeddingResponse>> results = this.runner
			.results(this.input, batch("completed", "file-out", "file-err"))) {
			List<BatchResult<CreateEmbeddingRequest, CreateEmbeddingResponse>> all = results.toList();
			assertThat(all).extracting(BatchResult::customId).containsExactly("b", "a", "c");
			assertThat(all).allSatisfy((result) -> assertThat(result.request())
				.isEqualTo(CreateEmbeddingRequest.of("m", "text " + result.customId())));
			BatchResult<CreateEmbeddingRequest, CreateEmbeddingResponse> b = all.get(0);
			assertThat(b.isSuccess()).isTrue();
			assertThat(b.response().data()).hasSize(1);
			assertThat(b.error()).isNull();
			BatchResult<CreateEmbeddingRequest, CreateEmbeddingResponse> a = all.get(1);
			assertThat(a.isSuccess()).isFalse();
			assertThat(a.statusCode()).isEqualTo(429);
			assertThat(a.requestId()).isEqualTo("req_1");
			assertThat(a.error()).isEqualTo(BatchError.builder().code("rate_limit_exceeded").message("Slow down").build());
			BatchResult<CreateEmbeddingRequest, CreateEmbeddingResponse> c = all.get(2);
			assertThat(c.statusCode()).isNull();
			assertThat(c.error().code()).isEqualTo("batch_expired");
		}
	}

	@Test
	void aResultForARequestTheInputDoesNotHaveIsAnError() {
		server.stubFor(get("/v1/files/file-out/content").willReturn(ok("""
				{"id":"batch_req_9","custom_id":"z","response":{"status_code":200,"body":%s}}
				""".formatted(EMBEDDING))));
		try (Stream<BatchResult<CreateEmbeddingRequest, CreateEmbeddingResponse>> results = this.runner
			.results(this.input, batch("completed", "file-out", null))) {
			assertThatIllegalStateException().isThrownBy(results::toList)
				.withMessage("The batch file file-out holds a result for custom_id 'z', which is not one of the 3 "
						+ "requests of the input");
		}
	}

	@Test
	void aBatchStillRunningHasNoResultsYet() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.runner.results(this.input, batch("in_progress", null, null)))
			.withMessage("batch.status must be completed, failed, expired or cancelled to read results, "
					+ "but was 'in_progress'");
		server.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void aFailedBatchIsReportedWithItsErrors() {
		Batch failed = batch("failed", null, null).toBuilder()
			.errors(Batch.Errors.builder()
				.data(BatchError.builder().code("invalid_json_line").message("Not JSON").line(2).build())
				.build())
			.build();
		assertThatExceptionOfType(BatchFailedException.class).isThrownBy(() -> this.runner.results(this.input, failed))
			.withMessage("The batch batch_1 failed: line 2: invalid_json_line Not JSON")
			.satisfies((ex) -> assertThat(ex.getBatch()).isSameAs(failed));
	}

	@Test
	void aBatchOfAnotherEndpointIsRefused() {
		Batch chat = batch("completed", "file-out", null).toBuilder().endpoint("/v1/chat/completions").build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.runner.results(this.input, chat))
			.withMessage("batch.endpoint must be the input's /v1/embeddings, but was '/v1/chat/completions'");
	}

	private static Batch batch(String status, String outputFileId, String errorFileId) {
		return Batch.builder()
			.id("batch_1")
			.object("batch")
			.endpoint("/v1/embeddings")
			.inputFileId("file-in")
			.completionWindow("24h")
			.status(status)
			.createdAt(1711471533L)
			.outputFileId(outputFileId)
			.errorFileId(errorFileId)
			.metadata(Map.of())
			.build();
	}

}
