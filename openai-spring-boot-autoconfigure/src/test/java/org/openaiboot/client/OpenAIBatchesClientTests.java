package org.openaiboot.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.batches.CreateBatchRequest;
import org.openaiboot.models.batches.CreateBatchRequest.CompletionWindow;
import org.openaiboot.models.batches.CreateBatchRequest.Endpoint;
import org.openaiboot.models.common.ValidationException;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The four batch operations on the wire, list paging, and waiting for a batch.
 */
@Timeout(30)
class OpenAIBatchesClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final OpenAIBatchesClient client = new RecordingTransport().builder(server.baseUrl())
		.build(OpenAIBatchesClient::new);

	static String batch(String id, String status) {
		return """
				{"id":"%s","object":"batch","endpoint":"/v1/embeddings","input_file_id":"file-in",
				 "completion_window":"24h","status":"%s","created_at":1711471533,
				 "request_counts":{"total":2,"completed":1,"failed":0}}""".formatted(id, status);
	}

	@Test
	void createBatchSendsTheInputFileEndpointAndWindow() {
		server.stubFor(post("/v1/batches").willReturn(okJson(batch("batch_1", "validating"))));
		Batch batch = this.client.createBatch(CreateBatchRequest.builder()
			.inputFileId("file-in")
			.endpoint(Endpoint.V1_EMBEDDINGS)
			.completionWindow(CompletionWindow.V_24H)
			.metadata(Map.of("job", "nightly"))
			.build());
		assertThat(batch.status()).isEqualTo(Batch.Status.VALIDATING);
		server.verify(postRequestedFor(urlEqualTo("/v1/batches")).withRequestBody(equalToJson("""
				{"input_file_id":"file-in","endpoint":"/v1/embeddings","completion_window":"24h",
				 "metadata":{"job":"nightly"}}""")));
	}

	@Test
	void retrieveAndCancelAddressTheBatch() {
		server.stubFor(get("/v1/batches/batch_1").willReturn(okJson(batch("batch_1", "in_progress"))));
		server.stubFor(post("/v1/batches/batch_1/cancel").willReturn(okJson(batch("batch_1", "cancelling"))));
		assertThat(this.client.retrieveBatch("batch_1").status()).isEqualTo(Batch.Status.IN_PROGRESS);
		assertThat(this.client.cancelBatch("batch_1").status()).isEqualTo(Batch.Status.CANCELLING);
		server.verify(postRequestedFor(urlEqualTo("/v1/batches/batch_1/cancel")));
	}

	@Test
	void listBatchesPagesOnWithTheLastIdAndTheSameLimit() {
		server.stubFor(get("/v1/batches?limit=2").willReturn(okJson("""
				{"object":"list","data":[%s,%s],"first_id":"batch_1","last_id":"batch_2","has_more":true}"""
			.formatted(batch("batch_1", "completed"), batch("batch_2", "failed")))));
		server.stubFor(get("/v1/batches?after=batch_2&limit=2").willReturn(okJson("""
				{"object":"list","data":[%s],"first_id":"batch_3","last_id":"batch_3","has_more":false}"""
			.formatted(batch("batch_3", "expired")))));
		Page<Batch> first = this.client.listBatches(null, 2);
		assertThat(first.data()).extracting(Batch::id).containsExactly("batch_1", "batch_2");
		List<String> all = first.autoPaging().map(Batch::id).toList();
		assertThat(all).containsExactly("batch_1", "batch_2", "batch_3");
	}

	@Test
	void listBatchesRefusesALimitOutOfRangeBeforeSendingAnything() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.client.listBatches(null, 101))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("limit");
				assertThat(ex.getValue()).isEqualTo(101);
			});
		server.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void awaitBatchGivesUpAtTheTimeoutWithTheBatchAsLastSeen() {
		server.stubFor(get("/v1/batches/batch_1").willReturn(okJson(batch("batch_1", "finalizing"))));
		assertThatExceptionOfType(PollingTimeoutException.class)
			.isThrownBy(() -> this.client.awaitBatch("batch_1", Duration.ofMillis(300)))
			.withMessage("The batch batch_1 was not done within PT0.3S; it goes on in the background")
			.satisfies((ex) -> assertThat(((Batch) ex.getLastSeen()).status()).isEqualTo(Batch.Status.FINALIZING));
	}

	@Test
	void awaitBatchEndsAtEachFinalStatus() {
		for (String status : List.of("completed", "failed", "expired", "cancelled")) {
			server.stubFor(get("/v1/batches/batch_" + status).willReturn(okJson(batch("batch_" + status, status))));
			assertThat(this.client.awaitBatch("batch_" + status, Duration.ofSeconds(5)).status().value())
				.isEqualTo(status);
			server.verify(1, getRequestedFor(urlEqualTo("/v1/batches/batch_" + status)));
		}
	}

}
