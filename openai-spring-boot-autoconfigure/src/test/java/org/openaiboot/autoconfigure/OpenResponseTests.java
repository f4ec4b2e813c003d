package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.BinaryResponse;
import org.openaiboot.client.OpenAIFilesClient;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Responses read as they arrive: a stream its caller forgot to close gives its connection
 * back once it is garbage-collected, with a warning, so that a one-connection pool serves
 * the next call; a download that stops arriving ends at the idle timeout.
 */
@Timeout(60)
@ExtendWith(OutputCaptureExtension.class)
class OpenResponseTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	private static boolean streamForever(String head, int number, OutputStream out)
			throws IOException, InterruptedException {
		HostileServer.write(out, HostileServer.EVENT_STREAM_HEAD);
		while (true) {
			HostileServer.writeChatChunk(out);
			Thread.sleep(200);
		}
	}

	@Test
	void unclosedStreamIsDroppedWhenCollectedAndItsConnectionServesTheNextCall(CapturedOutput output)
			throws Exception {
		try (HostileServer server = new HostileServer(OpenResponseTests::streamForever)) {
			this.contextRunner
				.withPropertyValues("openai.api-key=sk-test-key-0000", "openai.base-url=" + server.baseUrl(),
						"openai.pool.max-connections=1", "openai.pool.acquire-timeout=20s")
				.run((context) -> {
					OpenAIChatClient chat = context.getBean(OpenAIChatClient.class);
					readOneChunkAndForget(chat);
					for (int i = 0; i < 100 && !output.getOut().contains("garbage-collected"); i++) {
						System.gc();
						Thread.sleep(50);
					}
					assertThat(output.getOut())
						.contains("An OpenAI stream or BinaryResponse was garbage-collected without being closed");
					try (Stream<CreateChatCompletionStreamResponse> next = chat.createChatCompletionStream(HostileServer.chatRequest())) {
						assertThat(next.findFirst()).isPresent();
					}
				});
			assertThat(server.requests()).hasSize(2);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void downloadThatStopsArrivingEndsAtTheIdleTimeout(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
					+ "Content-Length: 1000000\r\n\r\nfirst bytes");
			Thread.sleep(30_000);
			return false;
		})) {
			this.contextRunner
				.withPropertyValues("spring.http.clients.imperative.factory=" + engine,
						"openai.api-key=sk-test-key-0000", "openai.base-url=" + server.baseUrl(),
						"openai.stream-idle-timeout=500ms")
				.run((context) -> {
					try (BinaryResponse download = context.getBean(OpenAIFilesClient.class).downloadFile("file-1")) {
						assertThat(download.body().readNBytes(11)).asString().isEqualTo("first bytes");
						assertThatExceptionOfType(SocketTimeoutException.class)
							.isThrownBy(() -> download.body().readAllBytes())
							.withMessageContaining("openai.stream-idle-timeout");
					}
				});
		}
	}

	private static void readOneChunkAndForget(OpenAIChatClient chat) {
		Stream<CreateChatCompletionStreamResponse> leaked = chat.createChatCompletionStream(HostileServer.chatRequest());
		assertThat(leaked.iterator().next().choices()).hasSize(1);
	}

}
