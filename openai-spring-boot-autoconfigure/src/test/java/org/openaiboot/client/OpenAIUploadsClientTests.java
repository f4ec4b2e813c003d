package org.openaiboot.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.uploads.CompleteUploadRequest;
import org.openaiboot.models.uploads.CreateUploadRequest;
import org.openaiboot.models.uploads.CreateUploadRequest.Purpose;
import org.openaiboot.models.uploads.Upload;
import org.openaiboot.models.uploads.UploadPart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Timeout(60)
class OpenAIUploadsClientTests {

	private static final int PART = 4096;

	private final UploadsServer server;

	private final RecordingTransport recording = new RecordingTransport();

	OpenAIUploadsClientTests() throws IOException {
		this.server = new UploadsServer(true);
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private OpenAIUploadsClient client() {
		return this.recording.builder(this.server.baseUrl())
			.retry(RecordingTransport.FAST_RETRIES)
			.build(OpenAIUploadsClient::new);
	}

	private static byte[] content(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

	private static byte[] part(byte[] content, int index) {
		return Arrays.copyOfRange(content, index * PART, Math.min(content.length, (index + 1) * PART));
	}

	@Test
	void theFourOperationsCallTheirEndpoints() {
		OpenAIUploadsClient client = client();
		Upload created = client.createUpload(CreateUploadRequest.builder()
			.filename("notes.jsonl")
			.purpose(Purpose.FINE_TUNE)
			.bytes(5L)
			.mimeType("text/jsonl")
			.build());
		assertThat(created.status()).isEqualTo(Upload.Status.PENDING);
		assertThat(this.server.created.mimeType()).isEqualTo("text/jsonl");
		byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
		UploadPart part = client.addUploadPart(created.id(), FileContent.of(hello, "notes.jsonl"));
		assertThat(part.uploadId()).isEqualTo(created.id());
		Upload completed = client.completeUpload(created.id(),
				CompleteUploadRequest.builder().partIds(part.id()).md5(UploadsServer.md5(hello)).build());
		assertThat(completed.status()).isEqualTo(Upload.Status.COMPLETED);
		assertThat(completed.file().id()).isEqualTo("file-xyz321");
		assertThat(this.server.assembled).asString(StandardCharsets.UTF_8).isEqualTo("hello");
		assertThat(client.cancelUpload(created.id()).status()).isEqualTo(Upload.Status.CANCELLED);
		assertThat(this.server.requests).containsExactly("POST /v1/uploads", "POST /v1/uploads/upload_abc123/parts",
				"POST /v1/uploads/upload_abc123/complete", "POST /v1/uploads/upload_abc123/cancel");
		assertThat(client.resourceName()).isEqualTo("uploads");
	}

	@Test
	void uploadOfAFileSendsItsPartsAndCompletesThemInOrderWithTheMd5(@TempDir Path dir) throws IOException {
		byte[] content = content(10 * PART + 5);
		Path file = Files.write(dir.resolve("train.jsonl"), content);
		Upload upload = client().upload(file, Purpose.FINE_TUNE, "text/jsonl",
				UploadOptions.DEFAULTS.withPartSize(PART).withParallelism(3).withMd5(true));
		assertThat(upload.status()).isEqualTo(Upload.Status.COMPLETED);
		assertThat(upload.file().filename()).isEqualTo("train.jsonl");
		assertThat(this.server.created.filename()).isEqualTo("train.jsonl");
		assertThat(this.server.created.bytes()).isEqualTo(content.length);
		assertThat(this.server.created.purpose()).isEqualTo(Purpose.FINE_TUNE);
		assertThat(this.server.created.mimeType()).isEqualTo("text/jsonl");
		assertThat(this.server.completed.partIds()).hasSize(11);
		assertThat(this.server.completed.md5()).isEqualTo(UploadsServer.md5(content));
		assertThat(this.server.assembled).isEqualTo(content);
	}

	@Test
	void uploadOfAStreamSendsItsPartsInOrder() {
		byte[] content = content(7 * PART);
		Upload upload = client().upload(new ByteArrayInputStream(content), content.length, "data.jsonl",
				Purpose.BATCH, "text/jsonl", UploadOptions.DEFAULTS.withPartSize(PART).withParallelism(2));
		assertThat(upload.status()).isEqualTo(Upload.Status.COMPLETED);
		assertThat(this.server.completed.partIds()).hasSize(7);
		assertThat(this.server.completed.md5()).isNull();
		assertThat(this.server.assembled).isEqualTo(content);
	}

	@Test
	void aPartThatFailsOnceIsSentAgainAlone() {
		byte[] content = content(6 * PART);
		this.server.failPart(part(content, 3), 1);
		client().upload(new ByteArrayInputStream(content), content.length, "data.jsonl", Purpose.BATCH,
				"text/jsonl", UploadOptions.DEFAULTS.withPartSize(PART).withMd5(true));
		for (int index = 0; index < 6; index++) {
			assertThat(this.server.attemptsOf(part(content, index))).as("attempts of part %d", index)
				.isEqualTo((index == 3) ? 2 : 1);
		}
		assertThat(this.server.assembled).isEqualTo(content);
		assertThat(this.server.status).isEqualTo("completed");
	}

	@Test
	void aPartThatFailsForGoodCancelsTheUpload(@TempDir Path dir) throws IOException {
		byte[] content = content(5 * PART);
		Path file = Files.write(dir.resolve("train.jsonl"), content);
		this.server.failPart(part(content, 2), Integer.MAX_VALUE);
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> client().upload(file, Purpose.FINE_TUNE, "text/jsonl",
					UploadOptions.DEFAULTS.withPartSize(PART)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500));
		assertThat(this.server.attemptsOf(part(content, 2))).isEqualTo(RecordingTransport.FAST_RETRIES.maxAttempts());
		assertThat(this.server.status).isEqualTo("cancelled");
		assertThat(this.server.requests).contains("POST /v1/uploads/upload_abc123/cancel")
			.doesNotContain("POST /v1/uploads/upload_abc123/complete");
	}

	@Test
	void noMorePartsThanTheParallelismAreInFlight() {
		byte[] content = content(12 * PART);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			this.server.holdUntilInFlight(3);
			client().upload(new ByteArrayInputStream(content), content.length, "data.jsonl", Purpose.BATCH,
					"text/jsonl", UploadOptions.DEFAULTS.withPartSize(PART).withParallelism(3).withExecutor(executor));
			assertThat(this.server.mostInFlight).hasValue(3);
			assertThat(this.server.assembled).isEqualTo(content);
			assertThat(executor.isShutdown()).isFalse();
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void anInterruptedUploadIsCancelled() throws Exception {
		byte[] content = content(6 * PART);
		this.server.holdUntilInFlight(Integer.MAX_VALUE);
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		Thread uploading = new Thread(() -> {
			try {
				client().upload(new ByteArrayInputStream(content), content.length, "data.jsonl", Purpose.BATCH,
						"text/jsonl", UploadOptions.DEFAULTS.withPartSize(PART).withParallelism(2));
			}
			catch (RuntimeException ex) {
				thrown.set(ex);
			}
		});
		uploading.start();
		assertThat(this.server.awaitInFlight(2)).isTrue();
		uploading.interrupt();
		uploading.join();
		assertThat(thrown.get()).isInstanceOf(OpenAIConnectionException.class)
			.hasMessage("Interrupted while sending the parts of upload upload_abc123");
		assertThat(this.server.status).isEqualTo("cancelled");
	}

	@Test
	void optionsOutOfRangeAreRefused() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> UploadOptions.DEFAULTS.withPartSize(UploadOptions.MAX_PART_SIZE + 1))
			.withMessage("Invalid value for 'partSize': must be between 1 and 67108864 bytes (was 67108865)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> UploadOptions.DEFAULTS.withPartSize(0))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("partSize"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> UploadOptions.DEFAULTS.withParallelism(0))
			.withMessage("Invalid value for 'parallelism': must be between 1 and 64 (was 0)");
	}

	@Test
	void anEmptyOrNegativeContentIsRefusedBeforeAnythingIsSent(@TempDir Path dir) throws IOException {
		OpenAIUploadsClient client = client();
		Path empty = Files.createFile(dir.resolve("empty.jsonl"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.upload(empty, Purpose.FINE_TUNE, "text/jsonl", UploadOptions.DEFAULTS))
			.withMessage("Invalid value for 'bytes': must be at least 1: the API accepts no empty upload (was 0)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.upload(new ByteArrayInputStream(new byte[1]), -1, "a.jsonl", Purpose.BATCH,
					"text/jsonl", UploadOptions.DEFAULTS))
			.satisfies((ex) -> assertThat(ex.getValue()).isEqualTo(-1L));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.upload(dir.resolve("missing.jsonl"), Purpose.FINE_TUNE, "text/jsonl",
					UploadOptions.DEFAULTS))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("file"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.upload(new ByteArrayInputStream(new byte[1]), 1, "a.jsonl", Purpose.BATCH, " ",
					UploadOptions.DEFAULTS))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("mime_type"));
		assertThat(this.server.requests).isEmpty();
	}

	@Test
	void aStreamShorterThanDeclaredCancelsTheUpload() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client().upload(new ByteArrayInputStream(content(PART + 10)), 2 * PART, "a.jsonl",
					Purpose.BATCH, "text/jsonl", UploadOptions.DEFAULTS.withPartSize(PART)))
			.withMessage("Invalid value for 'bytes': must be the length of the stream, which ended after 4106 bytes"
					+ " (was 8192)");
		assertThat(this.server.status).isEqualTo("cancelled");
	}

	@Test
	void aStreamLongerThanDeclaredCancelsTheUpload() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client().upload(new ByteArrayInputStream(content(PART + 1)), PART, "a.jsonl",
					Purpose.BATCH, "text/jsonl", UploadOptions.DEFAULTS))
			.satisfies((ex) -> assertThat(ex.getRule()).contains("holds more bytes"));
		assertThat(this.server.status).isEqualTo("cancelled");
		assertThat(this.server.requests).doesNotContain("POST /v1/uploads/upload_abc123/complete");
	}

}
