package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Many threads share one auto-configured client bean against a local server that echoes
 * each request's marker: nothing is lost, duplicated or crossed, connections are pooled,
 * and nothing stays open once the context is closed. Prints the figures it measured; it
 * asserts none of them.
 */
@Timeout(180)
class OpenAIClientLoadTests {

	private static final int THREADS = 64;

	private static final int CALLS_PER_THREAD = 200;

	private static final Pattern MARKER = Pattern.compile("\"user\":\"([^\"]+)\"");

	private final Map<String, Long> serverNanos = new ConcurrentHashMap<>();

	private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

	private HttpServer server;

	private ExecutorService serverThreads;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
		this.serverThreads = Executors.newFixedThreadPool(THREADS);
		this.server.setExecutor(this.serverThreads);
		this.server.createContext("/v1/chat/completions", this::echo);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
		this.serverThreads.shutdownNow();
	}

	private void echo(HttpExchange exchange) throws IOException {
		long started = System.nanoTime();
		this.clientPorts.add(exchange.getRemoteAddress().getPort());
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher matcher = MARKER.matcher(body);
		String marker = matcher.find() ? matcher.group(1) : "missing";
		byte[] response = ("{\"id\":\"" + marker + "\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4\","
				+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + marker
				+ "\"},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
				+ "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}")
			.getBytes(StandardCharsets.UTF_8);
		// recorded before the answer leaves, so that it is there by the time the caller has it
		this.serverNanos.put(marker, System.nanoTime() - started);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, response.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(response);
		}
	}

	@Test
	void platformThreadsGetTheirOwnAnswersOverPooledConnectionsReleasedOnClose() throws Exception {
		load("platform threads", Executors.newFixedThreadPool(THREADS));
	}

	@Test
	void virtualThreadsGetTheirOwnAnswersOverPooledConnectionsReleasedOnClose() throws Exception {
		Assumptions.assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21 or later");
		load("virtual threads",
				(ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null));
	}

	private void load(String kind, ExecutorService callers) throws Exception {
		long socketsBefore = openSockets();
		Map<String, Long> clientNanos = new ConcurrentHashMap<>();
		Set<String> answered = ConcurrentHashMap.newKeySet();
		long[] elapsed = new long[1];
		this.contextRunner
			.withPropertyValues("openai.base-url=http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1")
			.run((context) -> {
				OpenAIChatClient chat = context.getBean(OpenAIChatClient.class);
				try {
					long started = System.nanoTime();
					List<Future<?>> done = new ArrayList<>();
					for (int t = 0; t < THREADS; t++) {
						int thread = t;
						done.add(callers.submit(() -> {
							for (int i = 0; i < CALLS_PER_THREAD; i++) {
								String marker = "t" + thread + "-c" + i;
								long callStarted = System.nanoTime();
								String id = chat.createChatCompletion(request(marker)).id();
								clientNanos.put(marker, System.nanoTime() - callStarted);
								assertThat(id).isEqualTo(marker);
								assertThat(answered.add(id)).as("answered once: %s", id).isTrue();
							}
							return null;
						}));
					}
					for (Future<?> future : done) {
						future.get(120, TimeUnit.SECONDS);
					}
					elapsed[0] = System.nanoTime() - started;
				}
				finally {
					callers.shutdownNow();
				}
			});
		int calls = THREADS * CALLS_PER_THREAD;
		assertThat(answered).hasSize(calls);
		assertThat(this.serverNanos).hasSize(calls);
		assertThat(this.clientPorts).as("connections the server saw").hasSizeLessThanOrEqualTo(THREADS);
		assertThat(waitForSockets(socketsBefore)).as("sockets open after the context closed")
			.isLessThanOrEqualTo(socketsBefore);
		assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
			.noneMatch((name) -> name.startsWith("openai-http") || name.contains("httpclient"));
		System.out.printf("load (%s): %d calls by %d callers in %.2f s = %.0f calls/s over %d connections; %s%n",
				kind, calls, THREADS, elapsed[0] / 1e9, calls / (elapsed[0] / 1e9), this.clientPorts.size(), overhead(clientNanos));
	}

	@Test
	void oneCallerMeasuresTheClientsOwnOverhead() {
		Map<String, Long> clientNanos = new ConcurrentHashMap<>();
		this.contextRunner
			.withPropertyValues("openai.base-url=http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1")
			.run((context) -> {
				OpenAIChatClient chat = context.getBean(OpenAIChatClient.class);
				for (int i = 0; i < 3000; i++) {
					String marker = "seq-" + i;
					long callStarted = System.nanoTime();
					assertThat(chat.createChatCompletion(request(marker)).id()).isEqualTo(marker);
					if (i >= 1000) {
						clientNanos.put(marker, System.nanoTime() - callStarted);
					}
				}
			});
		System.out.printf("sequential: %s%n", overhead(clientNanos));
	}

	@Test
	void callsAfterTheContextClosedFail() {
		OpenAIChatClient[] chat = new OpenAIChatClient[1];
		this.contextRunner
			.withPropertyValues("openai.base-url=http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1")
			.run((context) -> {
				chat[0] = context.getBean(OpenAIChatClient.class);
				assertThat(chat[0].createChatCompletion(request("before")).id()).isEqualTo("before");
			});
		assertThatException().isThrownBy(() -> chat[0].createChatCompletion(request("after")));
	}

	/**
	 * Describe the latency the caller saw and how much of it the client added: the
	 * caller's time minus the server's own time for the same call.
	 */
	private String overhead(Map<String, Long> clientNanos) {
		List<Long> latency = new ArrayList<>(clientNanos.values());
		List<Long> added = new ArrayList<>();
		clientNanos.forEach((marker, nanos) -> added.add(nanos - this.serverNanos.get(marker)));
		Collections.sort(latency);
		Collections.sort(added);
		return String.format("caller latency p50 %.0f us, p99 %.0f us; client overhead over the server's time"
				+ " p50 %.0f us, p99 %.0f us", percentile(latency, 50) / 1e3, percentile(latency, 99) / 1e3,
				percentile(added, 50) / 1e3, percentile(added, 99) / 1e3);
	}

	private static double percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	private static long waitForSockets(long target) throws InterruptedException {
		long open = openSockets();
		for (int i = 0; i < 50 && open > target; i++) {
			Thread.sleep(100);
			open = openSockets();
		}
		return open;
	}

	private static long openSockets() {
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.filter((fd) -> {
				try {
					return Files.readSymbolicLink(fd).toString().startsWith("socket:");
				}
				catch (IOException ex) {
					return false;
				}
			}).count();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the open sockets of this process", ex);
		}
	}

	private static CreateChatCompletionRequest request(String marker) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4")
			.user(marker)
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

}
