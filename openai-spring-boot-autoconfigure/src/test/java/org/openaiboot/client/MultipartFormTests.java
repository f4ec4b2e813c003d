package org.openaiboot.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openaiboot.models.files.FileExpirationAfter;
import org.openaiboot.models.audio.VadConfig;
import org.openaiboot.models.audio.TranscriptionInclude;
import org.openaiboot.models.audio.CreateTranscriptionRequest;
import org.openaiboot.models.audio.CreateTranscriptionRequest.TimestampGranularity;
import org.openaiboot.models.audio.TranscriptionModel;
import org.openaiboot.models.files.CreateFileRequest;
import org.openaiboot.models.files.OpenAIFile.Purpose;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MultipartFormTests {

	private final OpenAITransport transport = OpenAITransport.builder().build();

	@Test
	void writesEachFieldInItsTextForm() {
		CreateTranscriptionRequest request = CreateTranscriptionRequest.builder()
			.model(TranscriptionModel.WHISPER_1)
			.responseFormat("verbose_json")
			.temperature(0.25)
			.timestampGranularities(TimestampGranularity.WORD, TimestampGranularity.SEGMENT)
			.additionalProperty("stream", false)
			.additionalProperty("chunk_seconds", 30)
			.additionalProperty("extra", null)
			.build();
		MultiValueMap<String, HttpEntity<?>> parts = form(request).build();
		assertThat(texts(parts)).containsExactly(Map.entry("model", List.of("whisper-1")),
				Map.entry("response_format", List.of("verbose_json")), Map.entry("temperature", List.of("0.25")),
				Map.entry("timestamp_granularities[]", List.of("word", "segment")),
				Map.entry("stream", List.of("false")), Map.entry("chunk_seconds", List.of("30")));
		HttpEntity<?> model = parts.getFirst("model");
		assertThat(model.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/plain;charset=UTF-8"));
		assertThat(model.getHeaders().getContentDisposition())
			.isEqualTo(ContentDisposition.formData().name("model").build());
	}

	@Test
	void writesEachMemberOfAnObjectAsAFieldOfItsOwn() {
		assertThat(texts(form(CreateFileRequest.builder()
			.purpose("batch")
			.expiresAfter(FileExpirationAfter.builder().anchor("created_at").seconds(3600L).build())
			.build()).build())).containsExactly(Map.entry("purpose", List.of("batch")),
					Map.entry("expires_after[anchor]", List.of("created_at")),
					Map.entry("expires_after[seconds]", List.of("3600")));
		CreateTranscriptionRequest vad = CreateTranscriptionRequest.builder()
			.model(TranscriptionModel.GPT_4O_TRANSCRIBE)
			.include(TranscriptionInclude.LOGPROBS)
			.chunkingStrategy(CreateTranscriptionRequest.ChunkingStrategy
				.of(VadConfig.builder().type(VadConfig.TYPE).prefixPaddingMs(300).threshold(0.5).build()))
			.build();
		assertThat(texts(form(vad).build())).containsExactly(Map.entry("model", List.of("gpt-4o-transcribe")),
				Map.entry("include[]", List.of("logprobs")), Map.entry("chunking_strategy[type]", List.of("server_vad")),
				Map.entry("chunking_strategy[prefix_padding_ms]", List.of("300")),
				Map.entry("chunking_strategy[threshold]", List.of("0.5")));
		CreateTranscriptionRequest auto = vad.toBuilder()
			.include((List<TranscriptionInclude>) null)
			.chunkingStrategy(CreateTranscriptionRequest.ChunkingStrategy.auto())
			.build();
		assertThat(texts(form(auto).build())).containsExactly(Map.entry("model", List.of("gpt-4o-transcribe")),
				Map.entry("chunking_strategy", List.of("auto")));
	}

	@Test
	void addsFilePartsWithNameAndType() {
		MultiValueMap<String, HttpEntity<?>> parts = form(CreateFileRequest.of("fine-tune"))
			.file("file", FileContent.of(new byte[] { 1, 2 }, "train.jsonl"))
			.file("mask", null)
			.build();
		assertThat(parts).containsOnlyKeys("purpose", "file");
		HttpEntity<?> file = parts.getFirst("file");
		assertThat(file.getBody()).isInstanceOf(ByteArrayResource.class);
		assertThat(file.getHeaders().getContentDisposition())
			.isEqualTo(ContentDisposition.formData().name("file").filename("train.jsonl").build());
		assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
	}

	@Test
	void streamContentMakesTheFormNotReplayable(@TempDir Path dir) throws IOException {
		Path path = Files.write(dir.resolve("a.png"), new byte[] { 1 });
		assertThat(MultipartForm.isReplayable(form(CreateFileRequest.of("assistants"))
			.file("file", FileContent.of(path))
			.file("mask", FileContent.of(new byte[] { 2 }, "m.png"))
			.build())).isTrue();
		assertThat(MultipartForm.isReplayable(form(CreateFileRequest.of("assistants"))
			.file("file", FileContent.of(path))
			.file("mask", FileContent.of(new ByteArrayInputStream(new byte[] { 2 }), "m.png"))
			.build())).isFalse();
	}

	@Test
	void fileContentKnowsNameTypeAndReplayability(@TempDir Path dir) throws IOException {
		FileContent path = FileContent.of(Files.write(dir.resolve("speech.mp3"), new byte[] { 1 }));
		assertThat(path.filename()).isEqualTo("speech.mp3");
		assertThat(path.contentType()).isEqualTo(MediaType.parseMediaType("audio/mpeg"));
		assertThat(path.isReplayable()).isTrue();
		assertThat(path.withContentType("audio/mp3").contentType()).isEqualTo(MediaType.parseMediaType("audio/mp3"));
		FileContent stream = FileContent.of(new ByteArrayInputStream(new byte[0]), "image.png");
		assertThat(stream.contentType()).isEqualTo(MediaType.IMAGE_PNG);
		assertThat(stream.isReplayable()).isFalse();
		Resource unnamed = new InputStreamResource(new ByteArrayInputStream(new byte[0]));
		assertThatIllegalArgumentException().isThrownBy(() -> FileContent.of(unnamed))
			.withMessageContaining("FileContent.of(resource, filename)");
		assertThat(FileContent.of(unnamed, "a.wav").isReplayable()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> FileContent.of(new byte[0], " "));
		assertThatIllegalArgumentException().isThrownBy(() -> FileContent.of(dir.resolve("missing.mp3")))
			.withMessageContaining("missing.mp3");
	}

	private MultipartForm form(Object request) {
		return MultipartForm.of(this.transport.getJsonMapper(), request);
	}

	private static Map<String, List<Object>> texts(MultiValueMap<String, HttpEntity<?>> parts) {
		Map<String, List<Object>> texts = new LinkedHashMap<>();
		parts.forEach((name, entities) -> texts.put(name, entities.stream().<Object>map(HttpEntity::getBody).toList()));
		return texts;
	}

}
