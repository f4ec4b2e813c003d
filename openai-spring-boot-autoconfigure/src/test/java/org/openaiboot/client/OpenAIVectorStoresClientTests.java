package org.openaiboot.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.vectorstores.CreateVectorStoreFileBatchRequest;
import org.openaiboot.models.vectorstores.VectorStoreFileBatchObject;
import org.openaiboot.models.vectorstores.VectorStoreFileObject;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
 * What the conformance table of today's spec does not show of
 * {@link OpenAIVectorStoresClient}: files uploaded, added in one batch and waited for
 * until indexed, the status filter of the file lists, and a batch that names no files.
 */
@Timeout(30)
class OpenAIVectorStoresClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String FILE = """
			{"id":"file-%d","object":"file","bytes":5,"created_at":1,"filename":"f%d.txt","purpose":"assistants"}""";

	private static final String BATCH = """
			{"id":"vsfb_1","object":"vector_store.file_batch","created_at":1,"vector_store_id":"vs_1",
			 "status":"%s","file_counts":{"in_progress":%d,"completed":%d,"failed":0,"cancelled":0,"total":2}}""";

	private final RecordingTransport recording = new RecordingTransport();

	private final OpenAIVectorStoresClient vectorStores = this.recording.builder(server.baseUrl())
		.build(OpenAIVectorStoresClient::new);

	private final OpenAIFilesClient files = this.recording.builder(server.baseUrl()).build(OpenAIFilesClient::new);

	@Test
	void uploadFilesUploadsAddsThemInOneBatchAndWaitsUntilIndexed() {
		server.stubFor(post("/v1/files").inScenario("files")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(FILE.formatted(1, 1)))
			.willSetStateTo("second"));
		server.stubFor(post("/v1/files").inScenario("files")
			.whenScenarioStateIs("second")
			.willReturn(okJson(FILE.formatted(2, 2))));
		server.stubFor(post("/v1/vector_stores/vs_1/file_batches")
			.willReturn(okJson(BATCH.formatted("in_progress", 2, 0))));
		server.stubFor(get("/v1/vector_stores/vs_1/file_batches/vsfb_1").inScenario("indexing")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(BATCH.formatted("in_progress", 1, 1)))
			.willSetStateTo("indexed"));
		server.stubFor(get("/v1/vector_stores/vs_1/file_batches/vsfb_1").inScenario("indexing")
			.whenScenarioStateIs("indexed")
			.willReturn(okJson(BATCH.formatted("completed", 0, 2))));
		VectorStoreFileBatchObject batch = this.vectorStores.uploadFiles(this.files, "vs_1",
				List.of(FileContent.of("one".getBytes(StandardCharsets.UTF_8), "f1.txt"),
						FileContent.of("two".getBytes(StandardCharsets.UTF_8), "f2.txt")),
				Duration.ofSeconds(20));
		assertThat(batch.status()).isEqualTo(VectorStoreFileBatchObject.Status.COMPLETED);
		assertThat(batch.fileCounts().completed()).isEqualTo(2);
		server.verify(2, postRequestedFor(urlEqualTo("/v1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("purpose").withBody(equalTo("assistants"))));
		server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores/vs_1/file_batches"))
			.withRequestBody(equalToJson("{\"file_ids\":[\"file-1\",\"file-2\"]}")));
		server.verify(2, getRequestedFor(urlEqualTo("/v1/vector_stores/vs_1/file_batches/vsfb_1")));
	}

	@Test
	void listVectorStoreFilesFiltersByStatus() {
		server.stubFor(get(urlEqualTo("/v1/vector_stores/vs_1/files?filter=failed&limit=10")).willReturn(okJson("""
				{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""")));
		assertThat(this.vectorStores
			.listVectorStoreFiles("vs_1", VectorStoreFileObject.Status.FAILED, ListParams.DEFAULTS.withLimit(10))
			.data()).isEmpty();
	}

	@Test
	void aFileBatchMustNameItsFiles() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateVectorStoreFileBatchRequest.builder().build())
			.withMessage("Invalid value for 'file_ids' or 'files': one of them is required (was null)");
	}

}
