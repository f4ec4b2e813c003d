package org.openaiboot.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.models.audio.CreateSpeechRequest;
import org.openaiboot.models.audio.CreateTranscriptionRequest;
import org.openaiboot.models.audio.CreateTranscriptionRequest.TimestampGranularity;
import org.openaiboot.models.audio.CreateTranscriptionResponse;
import org.openaiboot.models.audio.CreateTranslationRequest;
import org.openaiboot.models.audio.CreateTranslationResponse;
import org.openaiboot.models.audio.SpeechModel;
import org.openaiboot.models.audio.TranscriptionModel;
import org.openaiboot.models.chat.VoiceIdsOrCustomVoice;

import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIAudioClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final byte[] AUDIO = { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x44 };

	static final String VERBOSE = """
			{"task":"transcribe","language":"english","duration":8.47,"text":"The quick brown fox.",
			 "segments":[{"id":0,"seek":0,"start":0.0,"end":3.32,"text":" The quick brown fox."}],
			 "words":[{"word":"The","start":0.0,"end":0.24}]}
			""";

	static final String SRT = """
			1
			00:00:00,000 --> 00:00:03,320
			The quick brown fox.

			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private OpenAIAudioClient client() {
		return this.recording.builder(server.baseUrl())
			.retry(RecordingTransport.FAST_RETRIES)
			.build(OpenAIAudioClient::new);
	}

	private static FileContent audio() {
		return FileContent.of(AUDIO, "speech.mp3");
	}

	@Test
	void createSpeechSendsJsonAndStreamsAudio() throws IOException {
		server.stubFor(post("/v1/audio/speech")
			.willReturn(aResponse().withHeader("Content-Type", "audio/mpeg").withBody(AUDIO)));
		CreateSpeechRequest request = CreateSpeechRequest.builder()
			.model(SpeechModel.TTS_1_HD)
			.input("The quick brown fox.")
			.voice("nova")
			.responseFormat("mp3")
			.speed(1.25)
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BinaryResponse speech = client().createSpeech(request)) {
			assertThat(speech.contentType()).isEqualTo(MediaType.parseMediaType("audio/mpeg"));
			assertThat(speech.transferTo(out)).isEqualTo(AUDIO.length);
		}
		assertThat(out.toByteArray()).isEqualTo(AUDIO);
		server.verify(postRequestedFor(urlEqualTo("/v1/audio/speech"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"tts-1-hd","input":"The quick brown fox.","voice":"nova","response_format":"mp3","speed":1.25}
					""")));
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createSpeech")
			.tag("openai.model", "tts-1-hd")
			.tag("stream", "true")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createSpeechErrorThrowsBeforeReturning() {
		server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error":{"message":"Invalid voice","type":"invalid_request_error","param":"voice","code":"invalid_value"}}
					""")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().createSpeech(CreateSpeechRequest.of(SpeechModel.TTS_1, "Hi", VoiceIdsOrCustomVoice.of("x"))))
			.satisfies((ex) -> {
				assertThat(ex.getParam()).isEqualTo("voice");
				assertThat(ex.getCode()).isEqualTo("invalid_value");
				assertThat(ex.getErrorMessage()).isEqualTo("Invalid voice");
			});
	}

	@Test
	void createTranscriptionSendsEveryFieldAsTextPart() {
		server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson(VERBOSE)));
		CreateTranscriptionRequest request = CreateTranscriptionRequest.builder()
			.model(TranscriptionModel.WHISPER_1)
			.language("en")
			.prompt("Café, naïve")
			.responseFormat("verbose_json")
			.temperature(0.2)
			.timestampGranularities(TimestampGranularity.WORD, TimestampGranularity.SEGMENT)
			.build();
		CreateTranscriptionResponse response = client().createTranscription(request, audio());
		server.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", matching("multipart/form-data;\\s*boundary=.+"))
			.withAnyRequestBodyPart(aMultipart().withName("model").withBody(equalTo("whisper-1")))
			.withAnyRequestBodyPart(aMultipart().withName("language").withBody(equalTo("en")))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("verbose_json")))
			.withAnyRequestBodyPart(aMultipart().withName("temperature").withBody(equalTo("0.2")))
			.withAnyRequestBodyPart(aMultipart().withName("file")
				.withFileName("speech.mp3")
				.withHeader("Content-Type", equalTo("audio/mpeg"))
				.withBody(binaryEqualTo(AUDIO))));
		LoggedRequest sent = server.findAll(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))).get(0);
		assertThat(parts(sent, "timestamp_granularities[]")).extracting((part) -> part.getBody().asString())
			.containsExactly("word", "segment");
		assertThat(parts(sent, "prompt")).singleElement()
			.satisfies((part) -> assertThat(new String(part.getBody().asBytes(), StandardCharsets.UTF_8))
				.isEqualTo("Café, naïve"));
		assertThat(sent.getParts()).extracting(Request.Part::getName)
			.containsExactlyInAnyOrder("model", "language", "prompt", "response_format", "temperature",
					"timestamp_granularities[]", "timestamp_granularities[]", "file");
		assertThat(response.text()).isEqualTo("The quick brown fox.");
		assertThat(response.language()).isEqualTo("english");
		assertThat(response.duration()).isEqualTo(8.47);
		assertThat(response.segments()).isNotNull();
		assertThat(response.words()).isNotNull();
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createTranscription")
			.tag("openai.model", "whisper-1")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createTranscriptionSkipsAbsentFields() {
		server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("{\"text\":\"Hi\"}")));
		assertThat(client().createTranscription(CreateTranscriptionRequest.of(TranscriptionModel.WHISPER_1), audio())
			.text()).isEqualTo("Hi");
		LoggedRequest sent = server.findAll(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))).get(0);
		assertThat(sent.getParts()).extracting(Request.Part::getName).containsExactlyInAnyOrder("model", "file");
	}

	@Test
	void createTranscriptionTextReturnsSubtitles() {
		server.stubFor(post("/v1/audio/transcriptions")
			.willReturn(aResponse().withHeader("Content-Type", "text/plain; charset=utf-8").withBody(SRT)));
		String srt = client().createTranscriptionText(
				CreateTranscriptionRequest.builder().model("whisper-1").responseFormat("srt").build(),
				audio());
		assertThat(srt).isEqualTo(SRT);
		server.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("srt")))
			.withAnyRequestBodyPart(aMultipart().withName("file").withBody(binaryEqualTo(AUDIO))));
	}

	@Test
	void createTranscriptionTextAsksForTextByDefault() {
		server.stubFor(post("/v1/audio/transcriptions")
			.willReturn(aResponse().withHeader("Content-Type", "text/plain; charset=utf-8").withBody("Grüße\n")));
		assertThat(client().createTranscriptionText(CreateTranscriptionRequest.of(TranscriptionModel.WHISPER_1),
				audio()))
			.isEqualTo("Grüße\n");
		server.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("text"))));
	}

	@Test
	void createTranscriptionTextErrorThrows() {
		server.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(413)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error":{"message":"Maximum content size limit exceeded","type":"invalid_request_error"}}
					""")));
		assertThatExceptionOfType(OpenAIApiException.class)
			.isThrownBy(() -> client().createTranscriptionText(
					CreateTranscriptionRequest.of(TranscriptionModel.WHISPER_1), audio()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(413);
				assertThat(ex.getErrorMessage()).isEqualTo("Maximum content size limit exceeded");
			});
	}

	@Test
	void responseFormatMustSuitTheMethod() {
		CreateTranscriptionRequest text = CreateTranscriptionRequest.builder()
			.model("whisper-1")
			.responseFormat("vtt")
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> client().createTranscription(text, audio()))
			.withMessageContaining("createTranscriptionText");
		CreateTranslationRequest json = CreateTranslationRequest.builder()
			.model("whisper-1")
			.responseFormat("json")
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> client().createTranslationText(json, audio()))
			.withMessageContaining("createTranslation");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void createTranslationSendsFieldsAndParsesJson() {
		server.stubFor(post("/v1/audio/translations")
			.willReturn(okJson("{\"text\":\"Hello, my name is Wolfgang.\"}")));
		CreateTranslationRequest request = CreateTranslationRequest.builder()
			.model(TranscriptionModel.WHISPER_1)
			.prompt("Names: Wolfgang")
			.responseFormat("json")
			.temperature(0.0)
			.build();
		CreateTranslationResponse response = client().createTranslation(request,
				FileContent.of(AUDIO, "german.m4a").withContentType("audio/mp4"));
		server.verify(postRequestedFor(urlEqualTo("/v1/audio/translations"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withAnyRequestBodyPart(aMultipart().withName("model").withBody(equalTo("whisper-1")))
			.withAnyRequestBodyPart(aMultipart().withName("prompt").withBody(equalTo("Names: Wolfgang")))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("json")))
			.withAnyRequestBodyPart(aMultipart().withName("temperature").withBody(equalTo("0.0")))
			.withAnyRequestBodyPart(aMultipart().withName("file")
				.withFileName("german.m4a")
				.withHeader("Content-Type", equalTo("audio/mp4"))
				.withBody(binaryEqualTo(AUDIO))));
		assertThat(response.text()).isEqualTo("Hello, my name is Wolfgang.");
	}

	@Test
	void createTranslationTextReturnsVtt() {
		String vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n";
		server.stubFor(post("/v1/audio/translations")
			.willReturn(aResponse().withHeader("Content-Type", "text/vtt; charset=utf-8").withBody(vtt)));
		assertThat(client().createTranslationText(
				CreateTranslationRequest.builder().model("whisper-1").responseFormat("vtt").build(),
				audio()))
			.isEqualTo(vtt);
		server.verify(postRequestedFor(urlEqualTo("/v1/audio/translations"))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("vtt"))));
	}

	private static List<Request.Part> parts(LoggedRequest request, String name) {
		return request.getParts().stream().filter((part) -> name.equals(part.getName())).toList();
	}

}
