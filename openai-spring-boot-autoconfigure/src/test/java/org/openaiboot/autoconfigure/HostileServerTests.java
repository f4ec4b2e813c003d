package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.error.ConnectionPoolTimeoutException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.error.RateLimitException;
import org.openaiboot.client.error.RedirectException;
import org.openaiboot.client.error.ResponseTooLargeException;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Hostile servers against the auto-configured client, with each HTTP engine a user can
 * choose: every case ends in its documented exception, in bounded time, with the key
 * neither sent elsewhere nor quoted.
 */
@Timeout(30)
@ExtendWith(OutputCaptureExtension.class)
class HostileServerTests {

	private static final String KEY = "sk-test-0123456789abcdefghijklmnopqrstuv";

	private static final String COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4",
			 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}]}""";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	private void run(String engine, HostileServer server, ThrowingConsumer<OpenAIChatClient> test,
			String... properties) {
		this.contextRunner
			.withPropertyValues("spring.http.clients.imperative.factory=" + engine, "openai.api-key=" + KEY,
					"openai.base-url=" + server.baseUrl(), "openai.retry.initial-backoff=10ms")
			.withPropertyValues(properties)
			.run((context) -> test.accept(context.getBean(OpenAIChatClient.class)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void redirectToAnotherOriginIsNotFollowedAndNamesTheLocation(String engine) throws Exception {
		try (HostileServer elsewhere = new HostileServer((head, number, out) -> {
			HostileServer.write(out, HostileServer.response(200, "", COMPLETION));
			return true;
		}); HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, HostileServer.response(307, "Location: " + elsewhere.baseUrl()
					+ "/chat/completions\r\n", ""));
			return true;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(RedirectException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(307);
					assertThat(ex.getLocation()).isEqualTo(elsewhere.baseUrl() + "/chat/completions");
					assertThat(ex.getMessage()).contains(elsewhere.baseUrl());
				}));
			assertThat(elsewhere.requests()).isEmpty();
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void keyQuotedByTheServerIsMaskedEverywhere(String engine, CapturedOutput output) throws Exception {
		String error = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
				+ "\",\"type\":\"invalid_request_error\",\"param\":\"" + KEY + "\",\"code\":\"invalid_api_key\"}}";
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, HostileServer.response(401, "X-Echo: Bearer " + KEY + "\r\n", error));
			return true;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(OpenAIApiException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(401);
					assertThat(ex.getCode()).isEqualTo("invalid_api_key");
					assertThat(ex.getErrorMessage()).isEqualTo("Incorrect API key provided: ******");
					assertThat(ex.getParam()).isEqualTo("******");
					assertThat(ex.getHeaders().getFirst("X-Echo")).isEqualTo("Bearer ******");
					assertThat(stackTrace(ex)).doesNotContain(KEY).contains("******");
				}));
			assertThat(server.requests().get(0)).contains("Bearer " + KEY);
		}
		assertThat(output).doesNotContain(KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void keyInAnUnreadableBodyCutAtItsStartIsMasked(String engine) throws Exception {
		String body = "<html>" + " ".repeat(500) + KEY + "</html>";
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, HostileServer.response(200, "", body));
			return true;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
				.satisfies((ex) -> assertThat(stackTrace(ex)).doesNotContain(KEY.substring(0, 12))));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void dripFedStatusLineEndsAtTheCallTimeout(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			String answer = HostileServer.response(200, "", COMPLETION);
			for (char c : answer.toCharArray()) {
				out.write(c);
				out.flush();
				Thread.sleep(100);
			}
			return false;
		})) {
			run(engine, server, (chat) -> {
				assertThatExceptionOfType(OpenAITimeoutException.class)
					.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
					.withMessageContaining("openai.call-timeout");
				// the JDK engine is stopped by an interrupt, which must not outlive the call
				assertThat(Thread.currentThread().isInterrupted()).isFalse();
			}, "openai.call-timeout=1s", "openai.read-timeout=1s");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void streamWhoseHeadersDripEndsAtTheCallTimeout(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			for (char c : HostileServer.EVENT_STREAM_HEAD.toCharArray()) {
				out.write(c);
				out.flush();
				Thread.sleep(100);
			}
			return false;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(OpenAITimeoutException.class)
				.isThrownBy(() -> chat.createChatCompletionStream(HostileServer.chatRequest()))
				.withMessageContaining("openai.call-timeout"), "openai.call-timeout=1s", "openai.read-timeout=1s");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void bodyDrippedAfterPromptHeadersEndsAtTheCallTimeout(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
					+ COMPLETION.length() + "\r\n\r\n");
			for (char c : COMPLETION.toCharArray()) {
				out.write(c);
				out.flush();
				Thread.sleep(100);
			}
			return false;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(OpenAITimeoutException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
				.withMessageContaining("openai.call-timeout"), "openai.call-timeout=1s", "openai.read-timeout=1s");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void streamThatStopsSendingEventsEndsAtTheIdleTimeout(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, HostileServer.EVENT_STREAM_HEAD);
			HostileServer.writeChatChunk(out);
			for (int i = 0; i < 300; i++) {
				// comment bytes that never complete an event
				HostileServer.write(out, "1\r\n:\r\n");
				Thread.sleep(100);
			}
			return false;
		})) {
			run(engine, server, (chat) -> {
				List<CreateChatCompletionStreamResponse> chunks = new ArrayList<>();
				try (Stream<CreateChatCompletionStreamResponse> stream = chat.createChatCompletionStream(HostileServer.chatRequest())) {
					assertThatExceptionOfType(OpenAITimeoutException.class)
						.isThrownBy(() -> stream.forEach(chunks::add))
						.withMessageContaining("openai.stream-idle-timeout");
				}
				assertThat(chunks).hasSize(1);
			}, "openai.stream-idle-timeout=800ms");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void hugeStreamEventIsRefusedAtTheLimit(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
					+ "data: ");
			byte[] block = "x".repeat(64 * 1024).getBytes();
			for (int i = 0; i < 1024; i++) {
				out.write(block);
			}
			return false;
		})) {
			run(engine, server, (chat) -> {
				try (Stream<CreateChatCompletionStreamResponse> stream = chat.createChatCompletionStream(HostileServer.chatRequest())) {
					assertThatExceptionOfType(ResponseTooLargeException.class).isThrownBy(() -> stream.forEach((c) -> {
					})).satisfies((ex) -> assertThat(ex.getLimit()).isEqualTo("openai.limits.max-event-size"));
				}
			}, "openai.limits.max-event-size=1MB");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void hugeBodyIsRefusedAtTheLimit(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
					+ "{\"id\":\"");
			byte[] block = "x".repeat(64 * 1024).getBytes();
			for (int i = 0; i < 1024; i++) {
				out.write(block);
			}
			return false;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(ResponseTooLargeException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
				.satisfies((ex) -> assertThat(ex.getLimit()).isEqualTo("openai.limits.max-body-size")),
					"openai.limits.max-body-size=1MB");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void endlessResponseHeadersAreRefusedAtTheLimit(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, "HTTP/1.1 200 OK\r\n");
			for (int i = 0; i < 1_000_000; i++) {
				HostileServer.write(out, "X-Header-" + i + ": " + "v".repeat(100) + "\r\n");
			}
			return false;
		})) {
			run(engine, server, (chat) -> assertThatExceptionOfType(ResponseTooLargeException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest())));
			// the same server would send the same headers again
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components" })
	void fullPoolFailsAfterTheAcquireTimeoutWithoutRetries(String engine) throws Exception {
		try (HostileServer server = new HostileServer(HostileServerTests::streamOneChunkThenHang)) {
			run(engine, server, (chat) -> {
				try (Stream<CreateChatCompletionStreamResponse> first = chat.createChatCompletionStream(HostileServer.chatRequest());
						Stream<CreateChatCompletionStreamResponse> second = chat.createChatCompletionStream(HostileServer.chatRequest())) {
					assertThatExceptionOfType(ConnectionPoolTimeoutException.class)
						.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
						.satisfies((ex) -> {
							assertThat(ex.getMaxConnections()).isEqualTo(2);
							assertThat(ex.getMessage()).contains("127.0.0.1", "2 connections",
									"openai.pool.max-connections");
						});
				}
			}, "openai.pool.max-connections=2", "openai.pool.acquire-timeout=300ms");
			assertThat(server.requests()).hasSize(2);
		}
	}

	@Test
	void poolSizeTheApplicationSetOnItsEngineIsKept() throws Exception {
		try (HostileServer server = new HostileServer(HostileServerTests::streamOneChunkThenHang)) {
			this.contextRunner
				.withBean(ClientHttpRequestFactoryBuilderCustomizer.class,
						() -> (ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder>) (
								builder) -> builder.withConnectionManagerCustomizer(
										(manager) -> manager.setMaxConnTotal(1).setMaxConnPerRoute(1)))
				.withPropertyValues("openai.api-key=" + KEY, "openai.base-url=" + server.baseUrl(),
						"openai.pool.acquire-timeout=300ms")
				.run((context) -> {
					OpenAIChatClient chat = context.getBean(OpenAIChatClient.class);
					try (Stream<CreateChatCompletionStreamResponse> open = chat.createChatCompletionStream(HostileServer.chatRequest())) {
						assertThatExceptionOfType(ConnectionPoolTimeoutException.class)
							.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
							.satisfies((ex) -> assertThat(ex.getMaxConnections()).isEqualTo(-1));
					}
				});
			assertThat(server.requests()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void retryAfterBeyondTheCallTimeoutGivesTheRateLimitAtOnce(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			HostileServer.write(out, HostileServer.response(429, "retry-after: 30\r\n",
					"{\"error\":{\"message\":\"Slow down\",\"type\":\"requests\",\"param\":null,\"code\":null}}"));
			return true;
		})) {
			// waiting 30s would pass the 5s call timeout: the 429 itself is thrown, never retried
			run(engine, server, (chat) -> assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> chat.createChatCompletion(HostileServer.chatRequest()))
				.withMessageContaining("Slow down"), "openai.call-timeout=5s");
			assertThat(server.requests()).hasSize(1);
		}
	}

	private static boolean streamOneChunkThenHang(String head, int number, OutputStream out)
			throws IOException, InterruptedException {
		HostileServer.write(out, HostileServer.EVENT_STREAM_HEAD);
		HostileServer.writeChatChunk(out);
		Thread.sleep(30_000);
		return false;
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk" })
	void connectionClosedWhileIdleCostsNoFailureAndNoBackOff(String engine) throws Exception {
		try (HostileServer server = new HostileServer((head, number, out) -> {
			// keep-alive promised, then the connection closed as soon as it is idle
			HostileServer.write(out, HostileServer.response(200, "Content-Type: application/json\r\n", COMPLETION));
			Thread.sleep(20);
			return false;
		})) {
			run(engine, server, (chat) -> {
				for (int i = 0; i < 10; i++) {
					assertThat(chat.createChatCompletion(HostileServer.chatRequest()).id()).isEqualTo("chatcmpl-1");
					Thread.sleep(100);
				}
			}, "openai.retry.enabled=false");
		}
	}

	private static String stackTrace(Throwable ex) {
		StringWriter writer = new StringWriter();
		ex.printStackTrace(new PrintWriter(writer));
		return writer.toString();
	}

	@FunctionalInterface
	interface ThrowingConsumer<T> {

		void accept(T value) throws Exception;

	}

}
