package org.openaiboot.models.files;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.files.OpenAIFile.Purpose;
import org.openaiboot.models.files.OpenAIFile.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class FilesModelsTests {

	@Test
	void openAIFileRoundTrips() {
		String json = fixture("fixtures/files/OpenAIFile.json");
		OpenAIFile file = assertLossless(json, OpenAIFile.class);
		assertThat(file.id()).isEqualTo("file-abc123");
		assertThat(file.object()).isEqualTo(OpenAIFile.OBJECT);
		assertThat(file.bytes()).isEqualTo(120000L);
		assertThat(file.createdAt()).isEqualTo(1677610602L);
		assertThat(file.filename()).isEqualTo("mydata.jsonl");
		assertThat(file.purpose()).isEqualTo(Purpose.FINE_TUNE);
		assertThat(file.status()).isNull();
		assertForwardCompatible(json, OpenAIFile.class, "purpose", "status");
	}

	@Test
	void openAIFileReadsDeprecatedStatus() throws Exception {
		String json = "{\"id\":\"file-abc123\",\"object\":\"file\",\"bytes\":140,\"created_at\":1613779121,"
				+ "\"filename\":\"results.csv\",\"purpose\":\"fine-tune-results\",\"status\":\"error\","
				+ "\"status_details\":\"Invalid file format\"}";
		OpenAIFile file = assertLossless(json, OpenAIFile.class);
		assertThat(file.purpose()).isEqualTo(Purpose.FINE_TUNE_RESULTS);
		assertThat(file.status()).isEqualTo(Status.ERROR);
		assertThat(file.statusDetails()).isEqualTo("Invalid file format");
		assertForwardCompatible(json, OpenAIFile.class, "purpose", "status");
		String withNull = "{\"id\":\"f\",\"object\":\"file\",\"bytes\":1,\"created_at\":2,\"filename\":\"a.png\","
				+ "\"purpose\":\"assistants_output\",\"status\":\"processed\",\"status_details\":null}";
		OpenAIFile processed = JACKSON2.readValue(withNull, OpenAIFile.class);
		assertThat(processed.status()).isEqualTo(Status.PROCESSED);
		assertThat(processed.purpose()).isEqualTo(Purpose.ASSISTANTS_OUTPUT);
		assertThat(processed.statusDetails()).isNull();
		assertThat(JACKSON3.readValue(withNull, OpenAIFile.class)).isEqualTo(processed);
	}

	@Test
	void listFilesResponseRoundTrips() {
		String json = fixture("fixtures/files/ListFilesResponse.json");
		ListFilesResponse response = assertLossless(json, ListFilesResponse.class);
		assertThat(response.object()).isEqualTo("list");
		assertThat(response.data()).extracting(OpenAIFile::filename).containsExactly("salesOverview.pdf", "puppy.jsonl");
		assertThat(response.data()).extracting(OpenAIFile::purpose).containsExactly(Purpose.ASSISTANTS, Purpose.FINE_TUNE);
		assertForwardCompatible(json, ListFilesResponse.class, "purpose", "status");
	}

	@Test
	void deleteFileResponseRoundTrips() {
		String json = fixture("fixtures/files/DeleteFileResponse.json");
		DeleteFileResponse response = assertLossless(json, DeleteFileResponse.class);
		assertThat(response).isEqualTo(DeleteFileResponse.builder()
			.id("file-abc123")
			.object(DeleteFileResponse.OBJECT)
			.deleted(true)
			.build());
		assertThat(response.deleted()).isTrue();
		assertForwardCompatible(json, DeleteFileResponse.class);
	}

	@Test
	void createFileRequestHasNoBinaryComponent() {
		assertThat(CreateFileRequest.FILE_FIELD).isEqualTo("file");
		assertThat(CreateFileRequest.class.getRecordComponents()).extracting((component) -> component.getName())
			.containsExactly("purpose", "expiresAfter", "additionalProperties");
	}

	@Test
	void createFileRequestWritesAndReads() {
		CreateFileRequest request = CreateFileRequest.of(CreateFileRequest.Purpose.FINE_TUNE);
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"purpose\":\"fine-tune\"}");
		assertThat(assertLossless(json, CreateFileRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateFileRequest.class, "purpose");
		assertThat(request.toBuilder().purpose("assistants").build().purpose())
			.isEqualTo(CreateFileRequest.Purpose.ASSISTANTS);
		assertThat(CreateFileRequest.builder().purpose("batch").build().purpose().value()).isEqualTo("batch");
	}

	@Test
	void createFileRequestValidatesPurpose() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateFileRequest.builder().build())
			.withMessage("Invalid value for 'purpose': is required (was null)");
		for (Purpose output : List.of(Purpose.FINE_TUNE_RESULTS, Purpose.ASSISTANTS_OUTPUT, Purpose.BATCH_OUTPUT)) {
			assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> CreateFileRequest.of(output.value()))
				.withMessage("Invalid value for 'purpose': must be one of fine-tune, assistants, batch, vision, "
						+ "user_data, evals for an upload (was \"" + output.value() + "\")");
		}
		for (CreateFileRequest.Purpose upload : List.of(CreateFileRequest.Purpose.FINE_TUNE,
				CreateFileRequest.Purpose.ASSISTANTS, CreateFileRequest.Purpose.BATCH, CreateFileRequest.Purpose.VISION,
				CreateFileRequest.Purpose.USER_DATA, CreateFileRequest.Purpose.EVALS)) {
			assertThat(CreateFileRequest.of(upload).purpose()).isEqualTo(upload);
		}
	}

	@Test
	void enumLikeValuesKeepUnknownValues() {
		assertThat(JACKSON3.readValue("\"vision\"", Purpose.class).value()).isEqualTo("vision");
		assertThat(JACKSON3.writeValueAsString(Status.UPLOADED)).isEqualTo("\"uploaded\"");
		assertThat(Purpose.FINE_TUNE.toString()).isEqualTo("fine-tune");
	}

	// Today's API (spec 2.3.0)

	@Test
	void openAIFileOfTodaysApiRoundTrips() {
		String json = fixture("fixtures/files/OpenAIFile-latest.json");
		OpenAIFile file = assertLossless(json, OpenAIFile.class);
		assertThat(file.expiresAt()).isEqualTo(1677614202L);
		assertThat(file.purpose()).isEqualTo(Purpose.FINE_TUNE);
		assertThat(file.status()).isNull();
		assertForwardCompatible(json, OpenAIFile.class, "purpose", "status");
	}

	@Test
	void listFilesResponseOfTodaysApiRoundTrips() {
		String json = fixture("fixtures/files/ListFilesResponse-latest.json");
		ListFilesResponse response = assertLossless(json, ListFilesResponse.class);
		assertThat(response.data()).extracting(OpenAIFile::id).containsExactly("file-abc123", "file-abc456");
		assertThat(response.firstId()).isEqualTo("file-abc123");
		assertThat(response.lastId()).isEqualTo("file-abc456");
		assertThat(response.hasMore()).isFalse();
		assertThat(response.additionalProperties()).isEmpty();
		assertForwardCompatible(json, ListFilesResponse.class, "purpose");
	}

	@Test
	void typesBuiltWithoutTheMembersOfTodaysApiLeaveThemOut() {
		OpenAIFile file = OpenAIFile.builder()
			.id("file-1")
			.object(OpenAIFile.OBJECT)
			.bytes(1L)
			.createdAt(2L)
			.filename("a.jsonl")
			.purpose(Purpose.FINE_TUNE)
			.status(Status.PROCESSED)
			.build();
		assertThat(file.expiresAt()).isNull();
		assertThat(CreateFileRequest.of(CreateFileRequest.Purpose.BATCH).expiresAfter()).isNull();
	}

	@Test
	void createFileRequestWithExpiry() {
		CreateFileRequest request = CreateFileRequest.builder()
			.purpose(CreateFileRequest.Purpose.BATCH)
			.expiresAfter(expiresAfterSeconds(7200L))
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"purpose\":\"batch\",\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":7200}}");
		assertThat(assertLossless(json, CreateFileRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateFileRequest.class, "purpose");
		assertThat(request.toBuilder().build()).isEqualTo(request);
		assertThat(batchExpiringAfter(3600L).expiresAfter().seconds()).isEqualTo(3600L);
		assertThat(batchExpiringAfter(2592000L).expiresAfter().seconds()).isEqualTo(2592000L);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> batchExpiringAfter(3599L))
			.withMessage("Invalid value for 'expires_after.seconds': must be between 3600 and 2592000 (was 3599)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> batchExpiringAfter(2592001L))
			.withMessageContaining("'expires_after.seconds': must be between 3600 and 2592000");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateFileRequest.builder()
				.purpose(CreateFileRequest.Purpose.BATCH)
				.expiresAfter(JACKSON3.readValue("{\"seconds\":3600}", FileExpirationAfter.class))
				.build())
			.withMessage("Invalid value for 'expires_after.anchor': is required (was null)");
		// FileExpirationAfter's own builder checks its members under its own names
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> expiresAfterSeconds(3599L))
			.withMessage("Invalid value for 'seconds': must be between 3600 and 2592000 (was 3599)");
	}

	private static CreateFileRequest batchExpiringAfter(long seconds) {
		// made without FileExpirationAfter's builder, which would reject the value first
		FileExpirationAfter expiresAfter = new FileExpirationAfter(FileExpirationAfter.Anchor.CREATED_AT, seconds,
				Map.of());
		return CreateFileRequest.builder().purpose(CreateFileRequest.Purpose.BATCH).expiresAfter(expiresAfter).build();
	}

	private static FileExpirationAfter expiresAfterSeconds(long seconds) {
		return FileExpirationAfter.builder().anchor(FileExpirationAfter.Anchor.CREATED_AT).seconds(seconds).build();
	}

}
