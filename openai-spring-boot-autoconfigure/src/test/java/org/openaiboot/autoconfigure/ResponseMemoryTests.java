package org.openaiboot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.error.ResponseTooLargeException;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Endless bodies and events of every shape end at a limit before they fill the heap, with
 * the default limits, which follow the heap's size: this module's tests run in a 256 MB
 * heap (see its pom), where an endless array of empty objects parsed without a token
 * limit needs gigabytes.
 */
@Timeout(60)
class ResponseMemoryTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	private static HostileServer endless(String head, String element) throws Exception {
		byte[] block = element.repeat(65536 / element.length()).getBytes(StandardCharsets.UTF_8);
		return new HostileServer((request, number, out) -> {
			HostileServer.write(out, head);
			while (true) {
				out.write(block);
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"x\"}},", "{},", "[],",
			"1234567,", "\"x\"," })
	void endlessJsonBodyEndsAtALimit(String element) throws Exception {
		String member = element.startsWith("{\"index\"") ? "choices" : "unknown";
		try (HostileServer server = endless("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				+ "Connection: close\r\n\r\n{\"id\":\"x\",\"" + member + "\":[", element)) {
			this.contextRunner.withPropertyValues("openai.api-key=sk-test-key-0000", "openai.base-url=" + server.baseUrl())
				.run((context) -> assertThatExceptionOfType(ResponseTooLargeException.class)
					.isThrownBy(() -> context.getBean(OpenAIChatClient.class).createChatCompletion(HostileServer.chatRequest()))
					.satisfies((ex) -> assertThat(ex.getLimit()).isIn("openai.limits.max-body-size",
							"openai.limits.max-json-tokens")));
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{},", "x" })
	void endlessStreamEventEndsAtALimit(String element) throws Exception {
		try (HostileServer server = endless("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
				+ "Connection: close\r\n\r\ndata: {\"id\":\"c\",\"unknown\":[", element)) {
			this.contextRunner.withPropertyValues("openai.api-key=sk-test-key-0000", "openai.base-url=" + server.baseUrl())
				.run((context) -> {
					try (Stream<CreateChatCompletionStreamResponse> stream = context.getBean(OpenAIChatClient.class)
						.createChatCompletionStream(HostileServer.chatRequest())) {
						assertThatExceptionOfType(ResponseTooLargeException.class).isThrownBy(() -> stream.forEach((c) -> {
						}));
					}
				});
		}
	}

}
