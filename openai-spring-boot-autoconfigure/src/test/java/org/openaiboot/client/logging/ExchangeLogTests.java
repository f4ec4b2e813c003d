package org.openaiboot.client.logging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.BinaryResponse;
import org.openaiboot.client.FileContent;
import org.openaiboot.client.LoggingSettings;
import org.openaiboot.client.OpenAIAudioClient;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIFilesClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.OpenAITransportBuilder;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.models.audio.CreateSpeechRequest;
import org.openaiboot.models.audio.SpeechModel;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatModel;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.chat.VoiceIdsOrCustomVoice;
import org.openaiboot.models.files.CreateFileRequest;

import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of the request and response logging that {@link LoggingSettings} switches on.
 */
@Timeout(30)
class ExchangeLogTests {

	static final String KEY = "sk-test-secret-123";

	static final String ORGANIZATION = "org-secret-456";

	static final String PROJECT = "proj_secret789";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static String completion(String content) {
		return """
				{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4",
				 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"logprobs":null,
				 "finish_reason":"stop"}]}""".formatted(content);
	}

	private OpenAITransportBuilder transport(LoggingSettings logging) {
		return OpenAITransport.builder()
			.baseUrl(server.baseUrl() + "/v1")
			.apiKey(KEY)
			.organization(ORGANIZATION)
			.project(PROJECT)
			.retry(RetrySettings.DISABLED)
			.logging(logging);
	}

	private static CreateChatCompletionRequest request(String message) {
		return CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4)
			.messages(ChatCompletionRequestUserMessage.of(message))
			.build();
	}

	private static void assertNoCredentials(List<String> lines) {
		assertThat(lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain(KEY, ORGANIZATION, PROJECT, "sk-test"));
	}

	@Test
	void chatCallLogsRequestAndResponseAtDebugWithTheCredentialsMasked() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_42")
			.withHeader("x-echo", "Bearer " + KEY)
			.withBody(completion("Your key is " + KEY))));
		OpenAIChatClient client = transport(LoggingSettings.all()).build(OpenAIChatClient::new);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			CreateChatCompletionResponse response = client.createChatCompletion(request("Hi, my key is " + KEY));
			assertThat(response.choices().get(0).message().content()).isEqualTo("Your key is " + KEY);
			List<String> lines = log.lines(Level.DEBUG);
			assertThat(lines).hasSize(2);
			assertThat(lines.get(0)).startsWith("--> POST " + server.baseUrl() + "/v1/chat/completions [")
				.contains("Authorization:\"******\"", "OpenAI-Organization:\"******\"", "OpenAI-Project:\"******\"")
				.contains("\"model\":\"gpt-4\"", "Hi, my key is ******");
			assertThat(lines.get(1)).startsWith("<-- 200 POST " + server.baseUrl() + "/v1/chat/completions (")
				.containsPattern("\\(\\d+ ms, x-request-id req_42\\)")
				.contains("x-echo:\"Bearer ******\"", "\"id\":\"chatcmpl-1\"", "Your key is ******");
			assertNoCredentials(log.lines());
		}
	}

	@Test
	void errorResponseIsLoggedWithItsBodyMasked() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Bad key " + KEY + "\",\"type\":\"invalid_request_error\"}}")));
		OpenAIChatClient client = transport(LoggingSettings.all()).build(OpenAIChatClient::new);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> client.createChatCompletion(request("Hi")));
			assertThat(log.lines()).last().asString().startsWith("<-- 400 POST").contains("Bad key ******");
			assertNoCredentials(log.lines());
		}
	}

	@Test
	void bodiesLongerThanTheLimitAreCutButParsedInFull() {
		String content = "x".repeat(5000) + KEY;
		String body = completion(content);
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(body)));
		OpenAIChatClient client = transport(new LoggingSettings(true, true, DataSize.ofBytes(64)))
			.build(OpenAIChatClient::new);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			CreateChatCompletionResponse response = client.createChatCompletion(request("y".repeat(200)));
			assertThat(response.choices().get(0).message().content()).isEqualTo(content);
			List<String> lines = log.lines();
			assertThat(lines.get(0)).containsPattern("body \\(first 64 of \\d+ bytes\\): \\{\"messages\"");
			assertThat(lines.get(1)).contains("body (first 64 of " + body.getBytes(StandardCharsets.UTF_8).length
					+ " bytes): {\"id\":\"chatcmpl-1\"");
			assertThat(lines).allSatisfy((line) -> assertThat(line).doesNotContain("x".repeat(100)));
			assertNoCredentials(lines);
		}
	}

	@Test
	void fileUploadIsSummarisedBySize() {
		server.stubFor(post("/v1/files").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"file-1\",\"object\":\"file\",\"bytes\":26,\"created_at\":1,"
					+ "\"filename\":\"train.jsonl\",\"purpose\":\"fine-tune\",\"status\":\"processed\"}")));
		byte[] file = "{\"prompt\":\"FILE-CONTENT\"}\n".getBytes(StandardCharsets.UTF_8);
		OpenAIFilesClient client = transport(LoggingSettings.all()).build(OpenAIFilesClient::new);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			client.createFile(CreateFileRequest.of("fine-tune"),
					FileContent.of(file, "train.jsonl").withContentType("application/jsonl"));
			assertThat(log.lines().get(0)).startsWith("--> POST " + server.baseUrl() + "/v1/files")
				.contains("purpose=\"fine-tune\"", "file=file train.jsonl (application/jsonl, " + file.length + " bytes)")
				.doesNotContain("FILE-CONTENT");
			assertNoCredentials(log.lines());
		}
	}

	@Test
	void downloadIsSummarisedBySize() throws IOException {
		byte[] audio = "ID3-AUDIO-BYTES".getBytes(StandardCharsets.US_ASCII);
		server.stubFor(post("/v1/audio/speech")
			.willReturn(aResponse().withHeader("Content-Type", "audio/mpeg").withBody(audio)));
		OpenAIAudioClient client = transport(LoggingSettings.all()).build(OpenAIAudioClient::new);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (BinaryResponse speech = client
				.createSpeech(CreateSpeechRequest.of(SpeechModel.TTS_1, "Hi", VoiceIdsOrCustomVoice.of("nova")))) {
				speech.transferTo(out);
			}
			assertThat(out.toByteArray()).isEqualTo(audio);
			assertThat(log.lines().get(1)).startsWith("<-- 200 POST")
				.contains("body: audio/mpeg, " + audio.length + " bytes read, not logged")
				.doesNotContain("AUDIO-BYTES");
		}
	}

	@Test
	void streamEventsAreLoggedAtTraceOnly() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}

					data: [DONE]

					""")));
		OpenAIChatClient client = transport(LoggingSettings.all()).build(OpenAIChatClient::new);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			readStream(client);
			assertThat(log.lines()).hasSize(2);
			assertThat(log.lines().get(1)).startsWith("<-- 200 POST")
				.contains("body: event stream, its events logged at TRACE")
				.doesNotContain("Hel");
		}
		try (LogCapture log = new LogCapture(Level.TRACE)) {
			readStream(client);
			assertThat(log.lines(Level.TRACE)).hasSize(3)
				.satisfiesExactly((first) -> assertThat(first).startsWith("<-- event body (").contains("\"content\":\"Hel\""),
						(second) -> assertThat(second).contains("\"content\":\"lo\""),
						(done) -> assertThat(done).endsWith("[DONE]"));
			assertThat(log.lines(Level.DEBUG)).hasSize(2);
		}
	}

	private static void readStream(OpenAIChatClient client) {
		try (Stream<CreateChatCompletionStreamResponse> chunks = client.createChatCompletionStream(request("Hi"))) {
			assertThat(chunks.count()).isEqualTo(2);
		}
	}

	@Test
	void nothingIsLoggedWhenSwitchedOff() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(completion("Hello"))));
		OpenAIChatClient client = transport(LoggingSettings.OFF).build(OpenAIChatClient::new);
		try (LogCapture log = new LogCapture(Level.TRACE)) {
			client.createChatCompletion(request("Hi"));
			assertThat(log.lines()).isEmpty();
		}
	}

	@Test
	void onlyRequestsOrOnlyResponsesAreLoggedAsAsked() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(completion("Hello"))));
		DataSize size = DataSize.ofKilobytes(1);
		try (LogCapture log = new LogCapture(Level.DEBUG)) {
			transport(new LoggingSettings(true, false, size)).build(OpenAIChatClient::new)
				.createChatCompletion(request("Hi"));
			transport(new LoggingSettings(false, true, size)).build(OpenAIChatClient::new)
				.createChatCompletion(request("Hi"));
			assertThat(log.lines()).hasSize(2).satisfiesExactly((request) -> assertThat(request).startsWith("--> POST"),
					(response) -> assertThat(response).startsWith("<-- 200 POST"));
		}
	}

	@Test
	void settingsRejectANegativeSize() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new LoggingSettings(true, true, DataSize.ofBytes(-1)))
			.withMessageContaining("maxBodySize")
			.withMessageContaining("-1B");
	}

}
