package org.openaiboot.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;
import org.openaiboot.models.models.ListModelsResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B (one of two): a plain JDK {@code HttpClient} (HTTP/1.1, its own executor) and one
 * Jackson 3 {@code JsonMapper} reading into the same model types as the starter. No
 * retries, no metrics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class JdkClientBenchmark {

	private LoopbackServer server;

	private ExecutorService executor;

	private HttpClient client;

	private URI chatUri;

	private URI embeddingsUri;

	private URI modelsUri;

	private URI responsesUri;

	private final FirstChunkTimer firstChunk = new FirstChunkTimer("B jdk");

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.server = LoopbackServer.start();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "jdk-http");
			thread.setDaemon(true);
			return thread;
		});
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(this.executor)
			.build();
		this.chatUri = URI.create(this.server.baseUrl() + "/chat/completions");
		this.embeddingsUri = URI.create(this.server.baseUrl() + "/embeddings");
		this.modelsUri = URI.create(this.server.baseUrl() + "/models");
		this.responsesUri = URI.create(this.server.baseUrl() + "/responses");
	}

	@TearDown(Level.Iteration)
	public void endIteration() {
		this.firstChunk.endIteration();
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.firstChunk.print();
		System.out.println("SERVER " + this.server.counts());
		this.executor.shutdownNow();
		this.server.close();
	}

	private HttpResponse<InputStream> post(URI uri, Object body) throws IOException, InterruptedException {
		byte[] json = Fixtures.MAPPER.writeValueAsBytes(body);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer sk-benchmark")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json))
			.build();
		return check(this.client.send(request, HttpResponse.BodyHandlers.ofInputStream()));
	}

	private static HttpResponse<InputStream> check(HttpResponse<InputStream> response) throws IOException {
		if (response.statusCode() != 200) {
			response.body().close();
			throw new IOException("HTTP " + response.statusCode());
		}
		return response;
	}

	private <T> T read(HttpResponse<InputStream> response, Class<T> type) throws IOException {
		try (InputStream body = response.body()) {
			return Fixtures.MAPPER.readValue(body, type);
		}
	}

	@Benchmark
	public CreateChatCompletionResponse chat() throws Exception {
		return read(post(this.chatUri, Fixtures.CHAT), CreateChatCompletionResponse.class);
	}

	@Benchmark
	public CreateEmbeddingResponse embeddingsFloat() throws Exception {
		return read(post(this.embeddingsUri, Fixtures.EMBEDDINGS_FLOAT), CreateEmbeddingResponse.class);
	}

	@Benchmark
	public CreateEmbeddingResponse embeddingsBase64() throws Exception {
		return read(post(this.embeddingsUri, Fixtures.EMBEDDINGS_BASE64), CreateEmbeddingResponse.class);
	}

	@Benchmark
	public int stream(Blackhole blackhole) throws Exception {
		long started = System.nanoTime();
		try (InputStream body = post(this.chatUri, Fixtures.STREAM).body()) {
			return Checks.chunks(PlainSse.read(body, () -> this.firstChunk.record(started), blackhole::consume));
		}
	}

	@Benchmark
	public int responseStream(Blackhole blackhole) throws Exception {
		long started = System.nanoTime();
		try (InputStream body = post(this.responsesUri, Fixtures.RESPONSE_STREAM).body()) {
			return Checks.responseEvents(
					PlainSse.readResponse(body, () -> this.firstChunk.record(started), blackhole::consume));
		}
	}

	@Benchmark
	public ListModelsResponse models() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.modelsUri)
			.header("Authorization", "Bearer sk-benchmark")
			.GET()
			.build();
		return read(check(this.client.send(request, HttpResponse.BodyHandlers.ofInputStream())),
				ListModelsResponse.class);
	}

}
