package org.openaiboot.models.audio;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.audio.CreateSpeechRequest.Voice;
import org.openaiboot.models.audio.CreateTranscriptionRequest.ResponseFormat;
import org.openaiboot.models.audio.CreateTranscriptionRequest.TimestampGranularity;
import org.openaiboot.models.common.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class AudioModelsTests {

	// responses

	@Test
	void createTranscriptionResponseRoundTrips() {
		String json = fixture("fixtures/audio/CreateTranscriptionResponse.json");
		CreateTranscriptionResponse response = assertLossless(json, CreateTranscriptionResponse.class);
		assertThat(response.text()).startsWith("Imagine the wildest idea").endsWith("get to do that.");
		assertForwardCompatible(json, CreateTranscriptionResponse.class);
	}

	@Test
	void createTranslationResponseRoundTrips() {
		String json = fixture("fixtures/audio/CreateTranslationResponse.json");
		CreateTranslationResponse response = assertLossless(json, CreateTranslationResponse.class);
		assertThat(response)
			.isEqualTo(new CreateTranslationResponse(
					"Hello, my name is Wolfgang and I come from Germany. Where are you heading today?"));
		assertForwardCompatible(json, CreateTranslationResponse.class);
	}

	@Test
	void verboseTranscriptKeepsItsExtraMembers() {
		String json = "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":8.47,\"text\":\"Hello there.\","
				+ "\"words\":[{\"word\":\"Hello\",\"start\":0.0,\"end\":0.5},{\"word\":\"there\",\"start\":0.5,\"end\":1.0}]}";
		CreateTranscriptionResponse response = assertLossless(json, CreateTranscriptionResponse.class);
		assertThat(response.text()).isEqualTo("Hello there.");
		assertThat(response.additionalProperties()).containsEntry("language", "english").containsKey("words");
	}

	// CreateSpeechRequest

	@Test
	void createSpeechRequestWritesOnlyGivenMembers() {
		CreateSpeechRequest request = CreateSpeechRequest.of(SpeechModel.TTS_1, "Hello", Voice.ALLOY);
		assertThat(JACKSON3.writeValueAsString(request))
			.isEqualTo("{\"model\":\"tts-1\",\"input\":\"Hello\",\"voice\":\"alloy\"}");
		CreateSpeechRequest full = request.toBuilder()
			.model("tts-1-hd")
			.voice("shimmer")
			.responseFormat(CreateSpeechRequest.ResponseFormat.FLAC)
			.speed(1.5)
			.build();
		assertThat(JACKSON3.writeValueAsString(full)).isEqualTo(
				"{\"model\":\"tts-1-hd\",\"input\":\"Hello\",\"voice\":\"shimmer\",\"response_format\":\"flac\",\"speed\":1.5}");
		assertThat(full.model()).isEqualTo(SpeechModel.TTS_1_HD);
		assertThat(full.voice()).isEqualTo(Voice.SHIMMER);
	}

	@Test
	void createSpeechRequestRoundTrips() {
		String json = "{\"model\":\"tts-1\",\"input\":\"The quick brown fox jumped over the lazy dog.\","
				+ "\"voice\":\"nova\",\"response_format\":\"opus\",\"speed\":0.75}";
		CreateSpeechRequest request = assertLossless(json, CreateSpeechRequest.class);
		assertThat(request.voice()).isEqualTo(Voice.NOVA);
		assertThat(request.responseFormat()).isEqualTo(CreateSpeechRequest.ResponseFormat.OPUS);
		assertThat(request.speed()).isEqualTo(0.75);
		assertForwardCompatible(json, CreateSpeechRequest.class, "model", "voice", "response_format");
	}

	@Test
	void createSpeechRequestRequiresModelInputAndVoice() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.builder().input("Hi").voice(Voice.ECHO).build())
			.withMessage("Invalid value for 'model': is required (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.builder().model(SpeechModel.TTS_1).voice(Voice.ECHO).build())
			.withMessage("Invalid value for 'input': is required and must not be blank (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.builder().model(SpeechModel.TTS_1).input("Hi").build())
			.withMessage("Invalid value for 'voice': is required (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("voice"));
	}

	@Test
	void createSpeechRequestLimitsInputLength() {
		assertThat(CreateSpeechRequest.of(SpeechModel.TTS_1, "x".repeat(4096), Voice.FABLE).input()).hasSize(4096);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.of(SpeechModel.TTS_1, "x".repeat(4097), Voice.FABLE))
			.withMessageStartingWith("Invalid value for 'input': must be at most 4096 characters long (was \"xxx");
	}

	@Test
	void createSpeechRequestChecksSpeed() {
		CreateSpeechRequest.Builder builder = CreateSpeechRequest.builder()
			.model(SpeechModel.TTS_1)
			.input("Hi")
			.voice(Voice.ONYX);
		assertThat(builder.speed(0.25).build().speed()).isEqualTo(0.25);
		assertThat(builder.speed(4.0).build().speed()).isEqualTo(4.0);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.speed(0.2).build())
			.withMessage("Invalid value for 'speed': must be between 0.25 and 4 (was 0.2)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.speed(4.1).build())
			.withMessage("Invalid value for 'speed': must be between 0.25 and 4 (was 4.1)");
	}

	// CreateTranscriptionRequest

	@Test
	void createTranscriptionRequestHasNoBinaryComponent() {
		assertThat(CreateTranscriptionRequest.FILE_FIELD).isEqualTo("file");
		assertThat(componentNames(CreateTranscriptionRequest.class)).doesNotContain("file")
			.containsExactly("model", "language", "prompt", "responseFormat", "temperature", "timestampGranularities",
					"additionalProperties");
	}

	@Test
	void createTranscriptionRequestWritesAndReads() {
		assertThat(JACKSON3.writeValueAsString(CreateTranscriptionRequest.of(TranscriptionModel.WHISPER_1)))
			.isEqualTo("{\"model\":\"whisper-1\"}");
		CreateTranscriptionRequest request = CreateTranscriptionRequest.builder()
			.model("whisper-1")
			.language("de")
			.prompt("Hallo")
			.responseFormat(ResponseFormat.VERBOSE_JSON)
			.temperature(0.2)
			.timestampGranularities(TimestampGranularity.WORD)
			.addTimestampGranularity(TimestampGranularity.SEGMENT)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"whisper-1\",\"language\":\"de\",\"prompt\":\"Hallo\","
				+ "\"response_format\":\"verbose_json\",\"temperature\":0.2,"
				+ "\"timestamp_granularities[]\":[\"word\",\"segment\"]}");
		assertThat(assertLossless(json, CreateTranscriptionRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateTranscriptionRequest.class, "model", "response_format");
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createTranscriptionRequestKeepsUnknownValues() {
		String json = "{\"model\":\"whisper-2\",\"response_format\":\"tsv\",\"timestamp_granularities[]\":[\"character\"]}";
		CreateTranscriptionRequest request = assertLossless(json, CreateTranscriptionRequest.class);
		assertThat(request.model().value()).isEqualTo("whisper-2");
		assertThat(request.responseFormat().value()).isEqualTo("tsv");
		assertThat(request.timestampGranularities()).containsExactly(TimestampGranularity.of("character"));
	}

	@Test
	void createTranscriptionRequestValidates() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateTranscriptionRequest.builder().build())
			.withMessage("Invalid value for 'model': is required (was null)");
		CreateTranscriptionRequest.Builder builder = CreateTranscriptionRequest.builder()
			.model(TranscriptionModel.WHISPER_1);
		assertThat(builder.temperature(0.0).build().temperature()).isEqualTo(0.0);
		assertThat(builder.temperature(1.0).build().temperature()).isEqualTo(1.0);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.temperature(-0.1).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 1 (was -0.1)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.temperature(1.5).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 1 (was 1.5)");
	}

	// CreateTranslationRequest

	@Test
	void createTranslationRequestHasNoBinaryComponent() {
		assertThat(CreateTranslationRequest.FILE_FIELD).isEqualTo("file");
		assertThat(componentNames(CreateTranslationRequest.class)).doesNotContain("file")
			.containsExactly("model", "prompt", "responseFormat", "temperature", "additionalProperties");
	}

	@Test
	void createTranslationRequestWritesAndReads() {
		assertThat(JACKSON3.writeValueAsString(CreateTranslationRequest.of(TranscriptionModel.WHISPER_1)))
			.isEqualTo("{\"model\":\"whisper-1\"}");
		CreateTranslationRequest request = CreateTranslationRequest.builder()
			.model(TranscriptionModel.WHISPER_1)
			.prompt("Hello")
			.responseFormat(ResponseFormat.SRT)
			.temperature(0.0)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo(
				"{\"model\":\"whisper-1\",\"prompt\":\"Hello\",\"response_format\":\"srt\",\"temperature\":0.0}");
		assertThat(assertLossless(json, CreateTranslationRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateTranslationRequest.class, "model", "response_format");
		assertThat(request.toBuilder().prompt(null).build().prompt()).isNull();
	}

	@Test
	void createTranslationRequestValidates() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateTranslationRequest.builder().build())
			.withMessage("Invalid value for 'model': is required (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateTranslationRequest.builder().model("whisper-1").temperature(1.01).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 1 (was 1.01)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateTranslationRequest.builder().model("whisper-1").temperature(-1.0).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 1 (was -1.0)");
	}

	@Test
	void enumLikeValuesWriteTheirValue() {
		assertThat(JACKSON3.writeValueAsString(List.of(ResponseFormat.JSON, ResponseFormat.TEXT, ResponseFormat.VTT)))
			.isEqualTo("[\"json\",\"text\",\"vtt\"]");
		assertThat(JACKSON3.readValue("\"aria\"", Voice.class)).isEqualTo(Voice.of("aria"));
		assertThat(CreateSpeechRequest.ResponseFormat.MP3.toString()).isEqualTo("mp3");
		assertThat(CreateSpeechRequest.ResponseFormat.AAC.value()).isEqualTo("aac");
	}

	private static List<String> componentNames(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map((component) -> component.getName()).toList();
	}

}
