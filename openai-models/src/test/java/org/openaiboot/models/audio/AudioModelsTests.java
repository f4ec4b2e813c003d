package org.openaiboot.models.audio;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.audio.CreateTranscriptionRequest.ChunkingStrategy;
import org.openaiboot.models.audio.CreateTranscriptionRequest.TimestampGranularity;
import org.openaiboot.models.chat.VoiceIdsOrCustomVoice;
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
			.isEqualTo(CreateTranslationResponse.builder()
				.text("Hello, my name is Wolfgang and I come from Germany. Where are you heading today?")
				.build());
		assertForwardCompatible(json, CreateTranslationResponse.class);
	}

	@Test
	void verboseTranscriptReadsItsExtraMembers() {
		String json = "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":8.47,\"text\":\"Hello there.\","
				+ "\"words\":[{\"word\":\"Hello\",\"start\":0.0,\"end\":0.5},{\"word\":\"there\",\"start\":0.5,\"end\":1.0}]}";
		CreateTranscriptionResponseVerboseJson response = assertLossless(json,
				CreateTranscriptionResponseVerboseJson.class);
		assertThat(response.text()).isEqualTo("Hello there.");
		assertThat(response.language()).isEqualTo("english");
		assertThat(response.duration()).isEqualTo(8.47);
		assertThat(response.words()).extracting(TranscriptionWord::word).containsExactly("Hello", "there");
		assertThat(response.additionalProperties()).containsOnlyKeys("task").containsEntry("task", "transcribe");
	}

	// CreateSpeechRequest

	@Test
	void createSpeechRequestWritesOnlyGivenMembers() {
		CreateSpeechRequest request = CreateSpeechRequest.of(SpeechModel.TTS_1, "Hello", VoiceIdsOrCustomVoice.alloy());
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
		assertThat(full.voice()).isEqualTo(VoiceIdsOrCustomVoice.shimmer());
	}

	@Test
	void createSpeechRequestRoundTrips() {
		String json = "{\"model\":\"tts-1\",\"input\":\"The quick brown fox jumped over the lazy dog.\","
				+ "\"voice\":\"nova\",\"response_format\":\"opus\",\"speed\":0.75}";
		CreateSpeechRequest request = assertLossless(json, CreateSpeechRequest.class);
		assertThat(request.voice()).isEqualTo(VoiceIdsOrCustomVoice.nova());
		assertThat(request.responseFormat()).isEqualTo(CreateSpeechRequest.ResponseFormat.OPUS);
		assertThat(request.speed()).isEqualTo(0.75);
		assertForwardCompatible(json, CreateSpeechRequest.class, "model", "voice", "response_format");
	}

	@Test
	void createSpeechRequestRequiresModelInputAndVoice() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.builder().input("Hi").voice(VoiceIdsOrCustomVoice.echo()).build())
			.withMessage("Invalid value for 'model': is required (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.builder().model(SpeechModel.TTS_1).voice(VoiceIdsOrCustomVoice.echo()).build())
			.withMessage("Invalid value for 'input': is required and must not be blank (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.builder().model(SpeechModel.TTS_1).input("Hi").build())
			.withMessage("Invalid value for 'voice': is required (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("voice"));
	}

	@Test
	void createSpeechRequestLimitsInputLength() {
		assertThat(CreateSpeechRequest.of(SpeechModel.TTS_1, "x".repeat(4096), VoiceIdsOrCustomVoice.fable()).input()).hasSize(4096);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateSpeechRequest.of(SpeechModel.TTS_1, "x".repeat(4097), VoiceIdsOrCustomVoice.fable()))
			.withMessageStartingWith("Invalid value for 'input': must be at most 4096 characters long (was \"xxx");
	}

	@Test
	void createSpeechRequestChecksSpeed() {
		CreateSpeechRequest.Builder builder = CreateSpeechRequest.builder()
			.model(SpeechModel.TTS_1)
			.input("Hi")
			.voice(VoiceIdsOrCustomVoice.onyx());
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
					"languages", "keywords", "include", "stream", "chunkingStrategy", "knownSpeakerNames",
					"knownSpeakerReferences", "additionalProperties");
	}

	@Test
	void createTranscriptionRequestWritesAndReads() {
		assertThat(JACKSON3.writeValueAsString(CreateTranscriptionRequest.of(TranscriptionModel.WHISPER_1)))
			.isEqualTo("{\"model\":\"whisper-1\"}");
		CreateTranscriptionRequest request = CreateTranscriptionRequest.builder()
			.model("whisper-1")
			.language("de")
			.prompt("Hallo")
			.responseFormat(AudioResponseFormat.VERBOSE_JSON)
			.temperature(0.2)
			.timestampGranularities(TimestampGranularity.WORD, TimestampGranularity.SEGMENT)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"whisper-1\",\"language\":\"de\",\"prompt\":\"Hallo\","
				+ "\"response_format\":\"verbose_json\",\"temperature\":0.2,"
				+ "\"timestamp_granularities\":[\"word\",\"segment\"]}");
		assertThat(assertLossless(json, CreateTranscriptionRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateTranscriptionRequest.class, "model", "response_format");
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createTranscriptionRequestKeepsUnknownValues() {
		String json = "{\"model\":\"whisper-2\",\"response_format\":\"tsv\",\"timestamp_granularities\":[\"character\"]}";
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
			.responseFormat(CreateTranslationRequest.ResponseFormat.SRT)
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
		assertThat(JACKSON3.writeValueAsString(List.of(AudioResponseFormat.JSON, AudioResponseFormat.TEXT, AudioResponseFormat.VTT)))
			.isEqualTo("[\"json\",\"text\",\"vtt\"]");
		assertThat(JACKSON3.readValue("\"aria\"", VoiceIdsOrCustomVoice.class)).isEqualTo(VoiceIdsOrCustomVoice.of("aria"));
		assertThat(CreateSpeechRequest.ResponseFormat.MP3.toString()).isEqualTo("mp3");
		assertThat(CreateSpeechRequest.ResponseFormat.AAC.value()).isEqualTo("aac");
	}

	private static List<String> componentNames(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map((component) -> component.getName()).toList();
	}

	// Today's API (spec 2.3.0)

	@Test
	void transcriptWithTokenUsageRoundTrips() {
		String json = fixture("fixtures/audio/CreateTranscriptionResponse-tokens.json");
		CreateTranscriptionResponseJson response = assertLossless(json, CreateTranscriptionResponseJson.class);
		assertThat(response.usage()).isInstanceOf(TranscriptTextUsageTokens.class);
		TranscriptTextUsageTokens usage = (TranscriptTextUsageTokens) response.usage();
		assertThat(usage.type()).isEqualTo(TranscriptTextUsageTokens.TYPE);
		assertThat(usage.inputTokens()).isEqualTo(14);
		assertThat(usage.inputTokenDetails().audioTokens()).isEqualTo(14);
		assertThat(usage.outputTokens()).isEqualTo(45);
		assertThat(usage.totalTokens()).isEqualTo(59);
		assertForwardCompatible(json, CreateTranscriptionResponseJson.class);
	}

	@Test
	void transcriptWithLogprobsRoundTrips() {
		String json = fixture("fixtures/audio/CreateTranscriptionResponse-logprobs.json");
		CreateTranscriptionResponseJson response = assertLossless(json, CreateTranscriptionResponseJson.class);
		assertThat(response.logprobs()).hasSize(16);
		assertThat(response.logprobs().get(0).token()).isEqualTo("Hey");
		assertThat(response.logprobs().get(0).logprob()).isEqualTo(-1.0415299);
		assertThat(response.logprobs().get(0).bytes()).containsExactly(72, 101, 121);
		assertForwardCompatible(json, CreateTranscriptionResponseJson.class);
	}

	@Test
	void diarizedTranscriptRoundTrips() {
		String json = fixture("fixtures/audio/CreateTranscriptionResponse-diarized.json");
		CreateTranscriptionResponseDiarizedJson response = assertLossless(json,
				CreateTranscriptionResponseDiarizedJson.class);
		assertThat(response.duration()).isEqualTo(27.4);
		assertThat(response.segments()).extracting(TranscriptionDiarizedSegment::speaker)
			.containsExactly("agent", "A", "agent");
		TranscriptionDiarizedSegment first = response.segments().get(0);
		assertThat(first.id()).isEqualTo("seg_001");
		assertThat(first.type()).isEqualTo(TranscriptionDiarizedSegment.TYPE);
		assertThat(first.end()).isEqualTo(4.7);
		assertThat(response.usage()).isInstanceOfSatisfying(TranscriptTextUsageDuration.class,
				(usage) -> assertThat(usage.seconds()).isEqualTo(27));
		assertForwardCompatible(json, CreateTranscriptionResponseDiarizedJson.class);
	}

	@Test
	void verboseTranscriptWithSegmentsAndWordsRoundTrips() {
		String json = fixture("fixtures/audio/CreateTranscriptionResponse-segments.json");
		CreateTranscriptionResponseVerboseJson response = assertLossless(json,
				CreateTranscriptionResponseVerboseJson.class);
		TranscriptionSegment segment = response.segments().get(0);
		assertThat(segment.id()).isEqualTo(0);
		assertThat(segment.seek()).isZero();
		assertThat(segment.tokens()).startsWith(50364, 440).endsWith(50530);
		assertThat(segment.avgLogprob()).isEqualTo(-0.2860786020755768);
		assertThat(segment.noSpeechProb()).isEqualTo(0.00985979475080967);
		assertThat(response.usage().type()).isEqualTo(TranscriptTextUsageDuration.TYPE);
		assertForwardCompatible(json, CreateTranscriptionResponseVerboseJson.class);
		String words = fixture("fixtures/audio/CreateTranscriptionResponse-words.json");
		CreateTranscriptionResponseVerboseJson withWords = assertLossless(words,
				CreateTranscriptionResponseVerboseJson.class);
		assertThat(withWords.words()).extracting(TranscriptionWord::word).containsExactly("The", "volleyball");
		assertThat(withWords.language()).isEqualTo("english");
		assertForwardCompatible(words, CreateTranscriptionResponseVerboseJson.class);
	}

	@Test
	void verboseTranslationRoundTrips() {
		String json = "{\"language\":\"english\",\"duration\":3.5,\"text\":\"Hello.\",\"segments\":[{\"id\":0,"
				+ "\"seek\":0,\"start\":0.0,\"end\":3.5,\"text\":\"Hello.\",\"tokens\":[50364,2425],\"temperature\":0.0,"
				+ "\"avg_logprob\":-0.2,\"compression_ratio\":0.9,\"no_speech_prob\":0.01}]}";
		CreateTranslationResponseVerboseJson response = assertLossless(json,
				CreateTranslationResponseVerboseJson.class);
		assertThat(response.language()).isEqualTo("english");
		assertThat(response.segments()).singleElement().extracting(TranscriptionSegment::text).isEqualTo("Hello.");
		assertForwardCompatible(json, CreateTranslationResponseVerboseJson.class);
	}

	@Test
	void createSpeechRequestWithInstructionsAndStreamFormat() {
		CreateSpeechRequest request = CreateSpeechRequest.builder()
			.model(SpeechModel.GPT_4O_MINI_TTS)
			.input("Hello")
			.instructions("Speak in a cheerful tone.")
			.voice(VoiceIdsOrCustomVoice.coral())
			.responseFormat(CreateSpeechRequest.ResponseFormat.WAV)
			.streamFormat(CreateSpeechRequest.StreamFormat.SSE)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"gpt-4o-mini-tts\",\"input\":\"Hello\",\"voice\":\"coral\","
				+ "\"response_format\":\"wav\",\"instructions\":\"Speak in a cheerful tone.\","
				+ "\"stream_format\":\"sse\"}");
		assertThat(assertLossless(json, CreateSpeechRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateSpeechRequest.class, "model", "voice", "response_format", "stream_format");
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createSpeechRequestValidatesTheNewMembers() {
		CreateSpeechRequest.Builder builder = CreateSpeechRequest.builder().input("Hi").voice(VoiceIdsOrCustomVoice.marin());
		assertThat(builder.model(SpeechModel.GPT_4O_MINI_TTS).instructions("x".repeat(4096)).build().instructions())
			.hasSize(4096);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.model(SpeechModel.GPT_4O_MINI_TTS).instructions("x".repeat(4097)).build())
			.withMessageStartingWith("Invalid value for 'instructions': must be at most 4096 characters long");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.model(SpeechModel.TTS_1).instructions("calm").build())
			.withMessage("Invalid value for 'instructions': is not supported by tts-1 (was \"calm\")");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.model(SpeechModel.TTS_1_HD)
				.instructions(null)
				.streamFormat(CreateSpeechRequest.StreamFormat.SSE)
				.build())
			.withMessage("Invalid value for 'stream_format': must be audio for tts-1-hd (was \"sse\")");
		assertThat(builder.model(SpeechModel.TTS_1).streamFormat(CreateSpeechRequest.StreamFormat.AUDIO).build())
			.isNotNull();
	}

	@Test
	void createTranscriptionRequestWithTodaysMembers() {
		CreateTranscriptionRequest request = CreateTranscriptionRequest.builder()
			.model(TranscriptionModel.GPT_4O_TRANSCRIBE)
			.languages("en", "de")
			.keywords("OpenAI")
			.responseFormat(AudioResponseFormat.JSON)
			.include(TranscriptionInclude.LOGPROBS)
			.stream(true)
			.chunkingStrategy(ChunkingStrategy.auto())
			.knownSpeakerNames("agent")
			.knownSpeakerReferences("data:audio/wav;base64,AAA=")
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"gpt-4o-transcribe\",\"response_format\":\"json\","
				+ "\"languages\":[\"en\",\"de\"],\"keywords\":[\"OpenAI\"],\"include\":[\"logprobs\"],"
				+ "\"stream\":true,\"chunking_strategy\":\"auto\",\"known_speaker_names\":[\"agent\"],"
				+ "\"known_speaker_references\":[\"data:audio/wav;base64,AAA=\"]}");
		assertThat(assertLossless(json, CreateTranscriptionRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateTranscriptionRequest.class, "model", "response_format");
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void chunkingStrategyReadsEachShape() {
		assertThat(JACKSON3.readValue("\"auto\"", ChunkingStrategy.class)).isEqualTo(ChunkingStrategy.auto());
		String vad = "{\"type\":\"server_vad\",\"prefix_padding_ms\":300,\"silence_duration_ms\":200,"
				+ "\"threshold\":0.5}";
		ChunkingStrategy read = JACKSON3.readValue(vad, ChunkingStrategy.class);
		assertThat(read).isEqualTo(ChunkingStrategy.of(VadConfig.builder()
			.type(VadConfig.TYPE)
			.prefixPaddingMs(300)
			.silenceDurationMs(200)
			.threshold(0.5)
			.build()));
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(read))).isEqualTo(JACKSON3.readTree(vad));
		assertThat(JACKSON3.writeValueAsString(ChunkingStrategy.of(VadConfig.builder().type(VadConfig.TYPE).build())))
			.isEqualTo("{\"type\":\"server_vad\"}");
		String future = "{\"type\":\"semantic_vad\",\"eagerness\":\"low\"}";
		ChunkingStrategy unknown = JACKSON3.readValue(future, ChunkingStrategy.class);
		assertThat(unknown).isEqualTo(ChunkingStrategy
			.of(VadConfig.builder().type("semantic_vad").additionalProperty("eagerness", "low").build()));
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(unknown))).isEqualTo(JACKSON3.readTree(future));
	}

	@Test
	void createTranscriptionRequestValidatesTheNewMembers() {
		CreateTranscriptionRequest.Builder builder = CreateTranscriptionRequest.builder()
			.model(TranscriptionModel.GPT_TRANSCRIBE);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.languages(List.of()).build())
			.withMessage("Invalid value for 'languages': must not be empty (was [])");
		builder.languages((List<String>) null);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.knownSpeakerNames(List.of("a", "b", "c", "d", "e"))
				.knownSpeakerReferences(List.of("1", "2", "3", "4", "5"))
				.build())
			.withMessageStartingWith("Invalid value for 'known_speaker_names': must have at most 4");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.knownSpeakerNames(List.of("a", "b")).knownSpeakerReferences(List.of("1")).build())
			.withMessage("Invalid value for 'known_speaker_references': must give one reference for each of the 2 "
					+ "known speaker names (was 1)");
		assertThat(builder.knownSpeakerReferences(List.of("1", "2")).build().knownSpeakerNames()).hasSize(2);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.include(TranscriptionInclude.LOGPROBS)
				.responseFormat(AudioResponseFormat.VERBOSE_JSON)
				.build())
			.withMessage("Invalid value for 'response_format': must be json when include has logprobs "
					+ "(was \"verbose_json\")");
		assertThat(builder.responseFormat(AudioResponseFormat.JSON).build().include())
			.containsExactly(TranscriptionInclude.LOGPROBS);
	}

	@Test
	void knowsTodaysModelsVoicesAndFormats() {
		assertThat(TranscriptionModel.GPT_4O_MINI_TRANSCRIBE.value()).isEqualTo("gpt-4o-mini-transcribe");
		assertThat(SpeechModel.GPT_4O_MINI_TTS_2025_12_15.value()).isEqualTo("gpt-4o-mini-tts-2025-12-15");
		assertThat(JACKSON3.writeValueAsString(List.of(VoiceIdsOrCustomVoice.ash(), VoiceIdsOrCustomVoice.ballad(),
				VoiceIdsOrCustomVoice.sage(), VoiceIdsOrCustomVoice.verse(), VoiceIdsOrCustomVoice.cedar())))
			.isEqualTo("[\"ash\",\"ballad\",\"sage\",\"verse\",\"cedar\"]");
		assertThat(CreateSpeechRequest.ResponseFormat.PCM.value()).isEqualTo("pcm");
	}

}
