package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream its caller forgot to close gives its connection back once it is
 * garbage-collected, with a warning, so that a one-connection pool serves the next call.
 */
@Timeout(60)
@ExtendWith(OutputCaptureExtension.class)
class StreamLeakTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4")
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

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
		try (HostileServer server = new HostileServer(StreamLeakTests::streamForever)) {
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
					assertThat(output.getOut()).contains("An OpenAI stream was garbage-collected without being closed");
					try (Stream<CreateChatCompletionStreamResponse> next = chat.createChatCompletionStream(request())) {
						assertThat(next.findFirst()).isPresent();
					}
				});
			assertThat(server.requests()).hasSize(2);
		}
	}

	private static void readOneChunkAndForget(OpenAIChatClient chat) {
		Stream<CreateChatCompletionStreamResponse> leaked = chat.createChatCompletionStream(request());
		assertThat(leaked.iterator().next().choices()).hasSize(1);
	}

}
