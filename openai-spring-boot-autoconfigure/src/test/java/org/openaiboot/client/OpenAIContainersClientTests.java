package org.openaiboot.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.models.containers.ContainerFileResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the conformance table of today's spec does not show of {@link OpenAIContainersClient}:
 * a file uploaded as a multipart form, its content streamed back, and a list refusing a
 * cursor it does not have. The nine operations themselves are in that table.
 */
@Timeout(30)
class OpenAIContainersClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String FILE = """
			{"id":"cfile_1","object":"container.file","created_at":1747848842,"bytes":11,
			 "container_id":"cntr_1","path":"/mnt/data/notes.txt","source":"user"}""";

	private final OpenAIContainersClient client = new RecordingTransport().builder(server.baseUrl())
		.build(OpenAIContainersClient::new);

	@Test
	void createContainerFileUploadsTheContentAsAMultipartForm() {
		server.stubFor(post("/v1/containers/cntr_1/files").willReturn(okJson(FILE)));
		ContainerFileResource file = this.client.createContainerFile("cntr_1",
				FileContent.of("hello world".getBytes(StandardCharsets.UTF_8), "notes.txt"));
		assertThat(file.path()).isEqualTo("/mnt/data/notes.txt");
		server.verify(postRequestedFor(urlEqualTo("/v1/containers/cntr_1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("file").withBody(binaryEqualTo(
					"hello world".getBytes(StandardCharsets.UTF_8)))));
	}

	@Test
	void retrieveContainerFileContentStreamsTheBytes() throws IOException {
		server.stubFor(get("/v1/containers/cntr_1/files/cfile_1/content")
			.willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("hello world")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BinaryResponse content = this.client.retrieveContainerFileContent("cntr_1", "cfile_1")) {
			content.transferTo(out);
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello world");
	}

	@Test
	void listsRefuseABeforeCursorBeforeSendingAnything() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.listContainers(null, ListParams.DEFAULTS.withBefore("cntr_9")))
			.withMessage("params.before must be null: ListContainers has no before cursor, but was 'cntr_9'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.listContainerFiles("cntr_1", ListParams.DEFAULTS.withBefore("cfile_9")))
			.withMessageContaining("ListContainerFiles has no before cursor");
		server.verify(0, getRequestedFor(anyUrl()));
	}

}
