package org.openaiboot.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Version;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.files.CreateFileRequest;
import org.openaiboot.models.files.DeleteFileResponse;
import org.openaiboot.models.files.FileExpirationAfter;
import org.openaiboot.models.files.ListFilesResponse;
import org.openaiboot.models.files.OpenAIFile;
import org.openaiboot.models.files.OpenAIFile.Purpose;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIFilesClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String FILE = """
			{"id":"file-abc123","object":"file","bytes":120000,"created_at":1677610602,
			 "filename":"train.jsonl","purpose":"fine-tune","status":"processed"}
			""";

	static final String NOT_FOUND = """
			{"error":{"message":"No such File object: file-nope","type":"invalid_request_error","param":"id","code":null}}
			""";

	static final String BUSY = """
			{"error":{"message":"The server is overloaded","type":"server_error","param":null,"code":null}}
			""";

	static final String TRAINING = "{\"prompt\":\"a\",\"completion\":\"b\"}\n";

	static final int CHUNK = 64 * 1024;

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private OpenAIFilesClient client() {
		return client(server.baseUrl());
	}

	private OpenAIFilesClient client(String baseUrl) {
		return this.recording.builder(baseUrl).retry(RecordingTransport.FAST_RETRIES).build(OpenAIFilesClient::new);
	}

	@Test
	void createFileSendsPurposeAndFileParts(@TempDir Path dir) throws IOException {
		server.stubFor(post("/v1/files").willReturn(okJson(FILE)));
		Path training = Files.writeString(dir.resolve("train.jsonl"), TRAINING);
		OpenAIFile file = client().createFile(CreateFileRequest.of("fine-tune"),
				FileContent.of(training).withContentType("application/jsonl"));
		server.verify(postRequestedFor(urlEqualTo("/v1/files"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", matching("multipart/form-data;\\s*boundary=.+"))
			.withAnyRequestBodyPart(aMultipart().withName("purpose").withBody(equalTo("fine-tune")))
			.withAnyRequestBodyPart(aMultipart().withName("file")
				.withFileName("train.jsonl")
				.withHeader("Content-Type", equalTo("application/jsonl"))
				.withBody(equalTo(TRAINING))));
		assertThat(file.id()).isEqualTo("file-abc123");
		assertThat(file.bytes()).isEqualTo(120000);
		assertThat(file.createdAt()).isEqualTo(1677610602L);
		assertThat(file.purpose()).isEqualTo(Purpose.FINE_TUNE);
		assertThat(file.status()).isEqualTo(OpenAIFile.Status.PROCESSED);
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createFile")
			.tag("status", "200")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createFileSendsTodaysPurposesAndExpiryAsFormFields() {
		server.stubFor(post("/v1/files").willReturn(okJson(FILE)));
		client().createFile(CreateFileRequest.builder()
			.purpose(CreateFileRequest.Purpose.USER_DATA)
			.expiresAfter(FileExpirationAfter.builder()
				.anchor(FileExpirationAfter.Anchor.CREATED_AT)
				.seconds(86_400L)
				.build())
			.build(), FileContent.of(TRAINING.getBytes(StandardCharsets.UTF_8), "notes.jsonl"));
		server.verify(postRequestedFor(urlEqualTo("/v1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("purpose").withBody(equalTo("user_data")))
			.withAnyRequestBodyPart(aMultipart().withName("expires_after[anchor]").withBody(equalTo("created_at")))
			.withAnyRequestBodyPart(aMultipart().withName("expires_after[seconds]").withBody(equalTo("86400"))));
	}

	@Test
	void anExpiryOutOfTheApisRangeIsRefusedBeforeAnythingIsSent() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> FileExpirationAfter.builder()
				.anchor(FileExpirationAfter.Anchor.CREATED_AT)
				.seconds(60L)
				.build())
			.withMessage("Invalid value for 'seconds': must be between 3600 and 2592000 (was 60)");
	}

	@Test
	void createFileFromBytesIsRetriedAfterServiceUnavailable() {
		stubUnavailableThenFile();
		byte[] content = TRAINING.getBytes(StandardCharsets.UTF_8);
		assertThat(client().createFile(CreateFileRequest.of("assistants"), FileContent.of(content, "a.jsonl"))
			.id()).isEqualTo("file-abc123");
		server.verify(2, postRequestedFor(urlEqualTo("/v1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("purpose").withBody(equalTo("assistants")))
			.withAnyRequestBodyPart(
					aMultipart().withName("file").withFileName("a.jsonl").withBody(binaryEqualTo(content))));
	}

	@Test
	void createFileFromPathIsRetriedAfterServiceUnavailable(@TempDir Path dir) throws IOException {
		stubUnavailableThenFile();
		Path training = Files.writeString(dir.resolve("train.jsonl"), TRAINING);
		assertThat(client().createFile(CreateFileRequest.of("fine-tune"), FileContent.of(training)).id())
			.isEqualTo("file-abc123");
		server.verify(2, postRequestedFor(urlEqualTo("/v1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("file").withBody(equalTo(TRAINING))));
	}

	@Test
	void createFileFromStreamIsNotRetried() {
		stubUnavailableThenFile();
		InputStream in = new ByteArrayInputStream(TRAINING.getBytes(StandardCharsets.UTF_8));
		FileContent content = FileContent.of(in, "train.jsonl");
		assertThat(content.isReplayable()).isFalse();
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> client().createFile(CreateFileRequest.of("fine-tune"), content))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		server.verify(1, postRequestedFor(urlEqualTo("/v1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("file").withBody(equalTo(TRAINING))));
	}

	private void stubUnavailableThenFile() {
		server.stubFor(post("/v1/files").inScenario("unavailable")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody(BUSY))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/files").inScenario("unavailable").whenScenarioStateIs("ok").willReturn(okJson(FILE)));
	}

	@Test
	void listFilesWithoutAndWithPurpose() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("""
				{"object":"list","data":[%s,
				 {"id":"file-2","object":"file","bytes":10,"created_at":1677610700,"filename":"results.csv","purpose":"fine-tune-results"}]}
				""".formatted(FILE))));
		Page<OpenAIFile> all = client().listFiles(null);
		server.verify(getRequestedFor(urlEqualTo("/v1/files")).withQueryParam("purpose", absent())
			.withHeader("Authorization", equalTo("Bearer test-key")));
		assertThat(all.response(ListFilesResponse.class).object()).isEqualTo("list");
		assertThat(all.hasMore()).isFalse();
		assertThat(all.autoPaging()).hasSize(2);
		assertThat(all.data()).extracting(OpenAIFile::id).containsExactly("file-abc123", "file-2");
		assertThat(all.data().get(1).purpose()).isEqualTo(Purpose.FINE_TUNE_RESULTS);
		assertThat(all.data().get(1).status()).isNull();
		client().listFiles(Purpose.FINE_TUNE_RESULTS);
		server.verify(getRequestedFor(urlEqualTo("/v1/files?purpose=fine-tune-results")));
		server.verify(2, getRequestedFor(urlPathEqualTo("/v1/files")));
	}

	@Test
	void listFilesPagesOnWhenTheApiHasMore() {
		server.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("after", absent()).willReturn(okJson("""
				{"object":"list","data":[%s],"first_id":"file-abc123","last_id":"file-abc123","has_more":true}
				""".formatted(FILE))));
		server.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("after", equalTo("file-abc123"))
			.willReturn(okJson("""
					{"object":"list","data":[
					 {"id":"file-2","object":"file","bytes":10,"created_at":1677610700,"filename":"a.jsonl","purpose":"fine-tune"}],
					 "first_id":"file-2","last_id":"file-2","has_more":false}
					""")));
		Page<OpenAIFile> first = client().listFiles(Purpose.FINE_TUNE);
		assertThat(first.lastId()).isEqualTo("file-abc123");
		server.verify(1, getRequestedFor(urlPathEqualTo("/v1/files")));
		assertThat(first.autoPaging().map(OpenAIFile::id)).containsExactly("file-abc123", "file-2");
		server.verify(getRequestedFor(urlEqualTo("/v1/files?purpose=fine-tune&after=file-abc123")));
		server.verify(2, getRequestedFor(urlPathEqualTo("/v1/files")));
	}

	@Test
	void retrieveFile() {
		server.stubFor(get("/v1/files/file-abc123").willReturn(okJson(FILE)));
		OpenAIFile file = client().retrieveFile("file-abc123");
		server.verify(getRequestedFor(urlEqualTo("/v1/files/file-abc123")).withHeader("Authorization",
				equalTo("Bearer test-key")));
		assertThat(file.filename()).isEqualTo("train.jsonl");
	}

	@Test
	void retrieveMissingFileThrowsNotFound() {
		server.stubFor(get("/v1/files/file-nope").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-404")
			.withBody(NOT_FOUND)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().retrieveFile("file-nope"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getErrorMessage()).isEqualTo("No such File object: file-nope");
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getParam()).isEqualTo("id");
				assertThat(ex.getCode()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
	}

	@Test
	void deleteFile() {
		server.stubFor(delete("/v1/files/file-abc123")
			.willReturn(okJson("{\"id\":\"file-abc123\",\"object\":\"file\",\"deleted\":true}")));
		DeleteFileResponse deleted = client().deleteFile("file-abc123");
		server.verify(deleteRequestedFor(urlEqualTo("/v1/files/file-abc123")).withHeader("Authorization",
				equalTo("Bearer test-key")));
		assertThat(deleted.id()).isEqualTo("file-abc123");
		assertThat(deleted.deleted()).isTrue();
	}

	@Test
	void pathVariableIsEncoded() {
		server.stubFor(get("/v1/files/a%2Fb").willReturn(okJson(FILE)));
		client().retrieveFile("a/b");
		server.verify(getRequestedFor(urlEqualTo("/v1/files/a%2Fb")));
	}

	@Test
	void blankIdIsRejectedBeforeSending() {
		OpenAIFilesClient client = client();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.retrieveFile(" "));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.deleteFile(""));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.downloadFile(null));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void downloadFileStreamsBodyAndEndsObservationOnClose() throws IOException {
		byte[] content = "step,train_loss\n1,0.5\n".getBytes(StandardCharsets.UTF_8);
		server.stubFor(get("/v1/files/file-abc123/content")
			.willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody(content)));
		BinaryResponse download = client().downloadFile("file-abc123");
		server.verify(getRequestedFor(urlEqualTo("/v1/files/file-abc123/content")).withHeader("Authorization",
				equalTo("Bearer test-key")));
		assertThat(download.contentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThat(this.meterRegistry.find("openai.client.requests").timer()).isNull();
		assertThat(download.body().readAllBytes()).isEqualTo(content);
		download.close();
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "downloadFile")
			.tag("status", "200")
			.tag("outcome", "SUCCESS")
			.tag("stream", "true")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void downloadFileSavesToPath(@TempDir Path dir) throws IOException {
		server.stubFor(get("/v1/files/file-abc123/content").willReturn(aResponse().withBody(TRAINING)));
		Path target = dir.resolve("copy.jsonl");
		assertThat(client().downloadFile("file-abc123").saveTo(target)).isEqualTo(TRAINING.length());
		assertThat(target).hasContent(TRAINING);
		assertThat(this.meterRegistry.get("openai.client.requests").tag("openai.operation", "downloadFile").timer()
			.count()).isEqualTo(1);
	}

	@Test
	void uploadsAndDownloadsWithJdkEngine() throws IOException {
		server.stubFor(post("/v1/files").willReturn(okJson(FILE)));
		server.stubFor(get("/v1/files/file-abc123/content").willReturn(aResponse().withBody(TRAINING)));
		OpenAIFilesClient client = new OpenAIFilesClient(OpenAITransport.builder()
			.baseUrl(server.baseUrl() + "/v1")
			.apiKey("test-key")
			// HTTP/1.1, as the starter configures the JDK engine: on plain http its default
			// h2c upgrade is reset by the server halfway through a streamed upload
			.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(Version.HTTP_1_1).build()))
			.build());
		client.createFile(CreateFileRequest.of("fine-tune"),
				FileContent.of(new ByteArrayInputStream(TRAINING.getBytes(StandardCharsets.UTF_8)), "t.jsonl"));
		server.verify(postRequestedFor(urlEqualTo("/v1/files"))
			.withAnyRequestBodyPart(aMultipart().withName("file").withFileName("t.jsonl").withBody(equalTo(TRAINING))));
		try (BinaryResponse download = client.downloadFile("file-abc123")) {
			assertThat(download.body().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo(TRAINING);
		}
	}

	@Test
	void downloadMissingFileThrowsBeforeReturning() {
		server.stubFor(get("/v1/files/file-nope/content")
			.willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req-404").withBody(NOT_FOUND)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().downloadFile("file-nope"))
			.satisfies((ex) -> {
				assertThat(ex.getErrorMessage()).isEqualTo("No such File object: file-nope");
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("outcome", "CLIENT_ERROR")
			.tag("exception", "NotFoundException")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void downloadsLargeBodyAsStream() throws IOException {
		long size = 256L * 1024 * 1024;
		HttpServer large = largeBodyServer(size);
		try {
			String baseUrl = "http://127.0.0.1:" + large.getAddress().getPort();
			CRC32 received = new CRC32();
			long count = 0;
			try (BinaryResponse download = client(baseUrl).downloadFile("file-big")) {
				assertThat(download.contentLength()).isEqualTo(size);
				InputStream body = download.body();
				byte[] buffer = new byte[64 * 1024];
				for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
					received.update(buffer, 0, read);
					count += read;
				}
			}
			assertThat(count).isEqualTo(size);
			assertThat(received.getValue()).isEqualTo(expectedChecksum(size));
		}
		finally {
			large.stop(0);
		}
	}

	@Test
	void closingEarlyDropsTheConnection() throws IOException {
		long size = 256L * 1024 * 1024;
		HttpServer large = largeBodyServer(size);
		try {
			String baseUrl = "http://127.0.0.1:" + large.getAddress().getPort();
			try (BinaryResponse download = client(baseUrl).downloadFile("file-big")) {
				assertThat(download.body().readNBytes(1000)).hasSize(1000);
			}
			assertThat(this.meterRegistry.get("openai.client.requests").tag("openai.operation", "downloadFile").timer()
				.count()).isEqualTo(1);
		}
		finally {
			large.stop(0);
		}
	}

	private static HttpServer largeBodyServer(long size) throws IOException {
		HttpServer large = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		large.createContext("/v1/files/file-big/content", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
			exchange.sendResponseHeaders(200, size);
			try (OutputStream out = exchange.getResponseBody()) {
				for (long chunk = 0; chunk * CHUNK < size; chunk++) {
					out.write(chunk(chunk));
				}
			}
			catch (IOException ex) {
				// the client hung up early
			}
		});
		large.start();
		return large;
	}

	private static byte[] chunk(long index) {
		byte[] chunk = new byte[CHUNK];
		for (int i = 0; i < CHUNK; i++) {
			chunk[i] = (byte) (i * 31 + index);
		}
		return chunk;
	}

	private static long expectedChecksum(long size) {
		CRC32 expected = new CRC32();
		for (long chunk = 0; chunk * CHUNK < size; chunk++) {
			expected.update(chunk(chunk));
		}
		return expected.getValue();
	}

}
