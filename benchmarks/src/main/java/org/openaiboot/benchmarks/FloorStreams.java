package org.openaiboot.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of {@link ConcurrentStreamsMain}: what a competent user writes with the JDK
 * alone. One shared {@code java.net.http.HttpClient} (HTTP/1.1, so no h2c upgrade, and no
 * limit on connections: the JDK client opens one per concurrent exchange and keeps them
 * alive); the same request as the starter sends, serialized on each call as the starter
 * does; the body read with {@code BodyHandlers.ofInputStream()} by {@link PlainSse}, as
 * the JMH floors read it, stopping at {@code [DONE]}. No retries, no metrics.
 * <p>
 * The client's executor (where it runs its own tasks: response headers, handing body
 * bytes to the subscriber) is a virtual-thread-per-task executor: the callers already run
 * on virtual threads, and a user who chose them for thousands of streams would not leave
 * the client's default executor, a cached pool of platform threads that grows with the
 * bursts. {@code -Dbench.floor.executor=default} uses the default instead.
 */
final class FloorStreams implements StreamRound.Streamer, AutoCloseable {

	private final JsonMapper mapper = Fixtures.MAPPER;

	private final ExecutorService executor;

	private final HttpClient client;

	private final URI uri;

	FloorStreams(String baseUrl, boolean virtualExecutor) {
		this.executor = virtualExecutor ? VirtualThreads.perTaskExecutor() : null;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10));
		if (this.executor != null) {
			builder.executor(this.executor);
		}
		this.client = builder.build();
		this.uri = URI.create(baseUrl + "/chat/completions");
	}

	/** Which executor the client has, for the report. */
	String executorName() {
		return (this.executor != null) ? "virtual-thread-per-task executor" : "the client's default executor";
	}

	@Override
	public int stream(Runnable firstChunk) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.uri)
			.header("Authorization", "Bearer bench-key")
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.mapper.writeValueAsBytes(Fixtures.STREAM)))
			.build();
		HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream in = response.body()) {
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode());
			}
			return PlainSse.read(in, firstChunk, (chunk) -> {
			});
		}
	}

	@Override
	public void close() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

}
