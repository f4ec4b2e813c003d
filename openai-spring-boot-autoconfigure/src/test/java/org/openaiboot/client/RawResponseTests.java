package org.openaiboot.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.audio.CreateSpeechRequest;
import org.openaiboot.models.audio.SpeechModel;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatModel;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.chat.VoiceIdsOrCustomVoice;

import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link RawResponse}: the status and headers of the response a call's answer
 * came from, captured around whole, streamed and binary answers, after retries and
 * failures.
 */
@Timeout(30)
class RawResponseTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final byte[] AUDIO = { 'I', 'D', '3', 4, 0, 0, 1, 2, 3 };

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAITransport transport = this.recording.builder(server.baseUrl())
		.retry(RecordingTransport.FAST_RETRIES)
		.build();

	private final OpenAIChatClient chat = new OpenAIChatClient(this.transport);

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4)
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

	private static void completionWithRequestId(String requestId) {
		server.stubFor(post("/v1/chat/completions").willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION)
			.withHeader("x-request-id", requestId)));
	}

	@Test
	void wholeAnswerComesWithStatusHeadersAndParsedBody() {
		server.stubFor(post("/v1/chat/completions").willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION)
			.withHeader("x-request-id", "req-1")
			.withHeader("openai-processing-ms", "321")
			.withHeader("x-ratelimit-remaining-requests", "59")
			.withHeader("Set-Cookie", "__cf_bm=secret-cookie")));
		RawResponse<CreateChatCompletionResponse> raw = RawResponse.capture(() -> this.chat.createChatCompletion(request()));
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.requestId()).isEqualTo("req-1");
		assertThat(raw.processingTime()).isEqualTo(Duration.ofMillis(321));
		assertThat(raw.header("X-RateLimit-Remaining-Requests")).isEqualTo("59");
		assertThat(raw.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(raw.body().id()).isEqualTo("chatcmpl-1");
		assertThat(raw.body().choices().get(0).message().content()).isEqualTo("Hello there");
		assertThat(raw).hasToString("RawResponse[status=200, body=CreateChatCompletionResponse]");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> raw.headers().set("x-request-id", "changed"));
	}

	@Test
	void headersWithoutTheOptionalValuesGiveNull() {
		server.stubFor(post("/v1/chat/completions").willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION)
			.withHeader("openai-processing-ms", "soon")));
		RawResponse<CreateChatCompletionResponse> raw = RawResponse.capture(() -> this.chat.createChatCompletion(request()));
		assertThat(raw.requestId()).isNull();
		assertThat(raw.processingTime()).isNull();
		assertThat(raw.header("x-ratelimit-remaining-tokens")).isNull();
	}

	@Test
	void streamComesWithTheHeadersOfTheResponseThatOpenedIt() {
		server.stubFor(post("/v1/chat/completions").withRequestBody(matching(".*\"stream\":true.*"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
				.withHeader("x-request-id", "req-stream")
				.withHeader("openai-processing-ms", "12")
				.withBody("""
						data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}

						data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}

						data: [DONE]

						""")));
		RawResponse<Stream<CreateChatCompletionStreamResponse>> raw = RawResponse
			.capture(() -> this.chat.createChatCompletionStream(request()));
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.requestId()).isEqualTo("req-stream");
		assertThat(raw.processingTime()).isEqualTo(Duration.ofMillis(12));
		assertThat(raw.headers().getContentType()).isEqualTo(MediaType.TEXT_EVENT_STREAM);
		assertThat(raw).hasToString("RawResponse[status=200, body=Stream]");
		try (Stream<CreateChatCompletionStreamResponse> chunks = raw.body()) {
			assertThat(chunks.map((chunk) -> chunk.choices().get(0).delta().content())).containsExactly("Hel", "lo");
		}
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("stream", "true")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void downloadComesWithItsHeadersAndStaysReadable() throws IOException {
		server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withHeader("Content-Type", "audio/mpeg")
			.withHeader("x-request-id", "req-speech")
			.withBody(AUDIO)));
		OpenAIAudioClient audio = new OpenAIAudioClient(this.transport);
		CreateSpeechRequest request = CreateSpeechRequest.of(SpeechModel.TTS_1, "Hi", VoiceIdsOrCustomVoice.of("nova"));
		RawResponse<BinaryResponse> raw = RawResponse.capture(() -> audio.createSpeech(request));
		try (BinaryResponse speech = raw.body()) {
			assertThat(raw.status()).isEqualTo(200);
			assertThat(raw.requestId()).isEqualTo("req-speech");
			assertThat(raw.headers().getContentType()).isEqualTo(MediaType.parseMediaType("audio/mpeg"));
			assertThat(raw).hasToString("RawResponse[status=200, body=BinaryResponse]");
			assertThat(speech.body().readAllBytes()).isEqualTo(AUDIO);
		}
	}

	@Test
	void retriedCallGivesTheHeadersOfTheFinalAttempt() {
		server.stubFor(post("/v1/chat/completions").inScenario("limited")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("x-request-id", "req-limited")
				.withHeader("x-ratelimit-remaining-requests", "0")
				.withHeader("retry-after-ms", "10"))
			.willSetStateTo("ok"));
		server.stubFor(post("/v1/chat/completions").inScenario("limited")
			.whenScenarioStateIs("ok")
			.willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION)
				.withHeader("x-request-id", "req-ok")
				.withHeader("x-ratelimit-remaining-requests", "41")));
		RawResponse<CreateChatCompletionResponse> raw = RawResponse.capture(() -> this.chat.createChatCompletion(request()));
		server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.requestId()).isEqualTo("req-ok");
		assertThat(raw.header("x-ratelimit-remaining-requests")).isEqualTo("41");
	}

	@Test
	void withoutCaptureNothingIsRetainedAndCallsAnswerAsBefore() {
		completionWithRequestId("req-plain");
		assertThat(ResponseCapture.current()).isNull();
		assertThat(this.chat.createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
		RawResponse.capture(() -> this.chat.createChatCompletion(request()));
		assertThat(ResponseCapture.current()).isNull();
		assertThat(this.chat.createChatCompletion(request()).id()).isEqualTo("chatcmpl-1");
		assertThat(ResponseCapture.current()).isNull();
	}

	@Test
	void failedCallPropagatesAndLeavesNothingCaptured() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-bad")
			.withBody(OpenAIChatClientTests.ERROR)));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> RawResponse.capture(() -> this.chat.createChatCompletion(request())))
			.satisfies((ex) -> assertThat(ex.getRequestId()).isEqualTo("req-bad"));
		assertThat(ResponseCapture.current()).isNull();
	}

	@Test
	void failureAfterASuccessfulCallForgetsTheEarlierOne() {
		completionWithRequestId("req-ok");
		server.stubFor(post("/v1/chat/completions").withRequestBody(matching(".*fail.*"))
			.willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req-missing")));
		CreateChatCompletionRequest failing = CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4)
			.messages(ChatCompletionRequestUserMessage.of("fail"))
			.build();
		assertThatIllegalStateException().isThrownBy(() -> RawResponse.capture(() -> {
			CreateChatCompletionResponse first = this.chat.createChatCompletion(request());
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.chat.createChatCompletion(failing));
			return first;
		})).withMessageContaining("No OpenAI call completed");
	}

	@Test
	void captureWithoutACallFails() {
		assertThatIllegalStateException().isThrownBy(() -> RawResponse.capture(() -> "no call"));
		assertThat(ResponseCapture.current()).isNull();
	}

	@Test
	void nestedCapturesEachSeeTheLastCallWithinThem() {
		server.stubFor(post("/v1/chat/completions").inScenario("ids")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION).withHeader("x-request-id", "req-1"))
			.willSetStateTo("second"));
		server.stubFor(post("/v1/chat/completions").inScenario("ids")
			.whenScenarioStateIs("second")
			.willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION).withHeader("x-request-id", "req-2"))
			.willSetStateTo("third"));
		server.stubFor(post("/v1/chat/completions").inScenario("ids")
			.whenScenarioStateIs("third")
			.willReturn(RecordingTransport.okJson(OpenAIChatClientTests.COMPLETION).withHeader("x-request-id", "req-3")));
		List<String> inner = new ArrayList<>();
		RawResponse<String> outer = RawResponse.capture(() -> {
			this.chat.createChatCompletion(request());
			inner.add(RawResponse.capture(() -> this.chat.createChatCompletion(request())).requestId());
			assertThat(ResponseCapture.current()).isNotNull();
			return "done";
		});
		assertThat(inner).containsExactly("req-2");
		assertThat(outer.requestId()).isEqualTo("req-2");
		assertThat(outer.body()).isEqualTo("done");
		RawResponse<String> last = RawResponse.capture(() -> {
			RawResponse.capture(() -> this.chat.createChatCompletion(request()));
			return "after";
		});
		assertThat(last.requestId()).isEqualTo("req-3");
		assertThat(ResponseCapture.current()).isNull();
	}

}
