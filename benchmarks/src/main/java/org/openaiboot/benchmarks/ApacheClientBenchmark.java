package org.openaiboot.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
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
 * B (the other one): a plain Apache HttpClient 5 classic client on a pooling connection
 * manager, and one Jackson 3 {@code JsonMapper} reading into the same model types as the
 * starter. No retries, no metrics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class ApacheClientBenchmark {

	private LoopbackServer server;

	private CloseableHttpClient client;

	private String baseUrl;

	private final FirstChunkTimer firstChunk = new FirstChunkTimer("B apache");

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.server = LoopbackServer.start();
		this.baseUrl = this.server.baseUrl();
		this.client = createClient();
	}

	/**
	 * The plain Apache client of B: pooled, 64 connections, Apache's own retries off.
	 * {@link RestClientBenchmark} runs on the same.
	 * @return a new client
	 */
	static CloseableHttpClient createClient() {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(64)
				.setMaxConnPerRoute(64)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(10))
					.setSocketTimeout(Timeout.ofMinutes(10))
					.build())
				.build())
			.disableAutomaticRetries()
			.build();
	}

	@TearDown(Level.Iteration)
	public void endIteration() {
		this.firstChunk.endIteration();
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.firstChunk.print();
		System.out.println("SERVER " + this.server.counts());
		this.client.close();
		this.server.close();
	}

	private ClassicHttpRequest post(String path, Object body) {
		HttpPost post = new HttpPost(this.baseUrl + path);
		post.setHeader("Authorization", "Bearer sk-benchmark");
		post.setEntity(new ByteArrayEntity(Fixtures.MAPPER.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
		return post;
	}

	private <T> T execute(ClassicHttpRequest request, Class<T> type) throws IOException {
		return this.client.execute(request, handler((body) -> Fixtures.MAPPER.readValue(body, type)));
	}

	private static <T> HttpClientResponseHandler<T> handler(BodyReader<T> reader) {
		return (ClassicHttpResponse response) -> {
			if (response.getCode() != 200) {
				throw new IOException("HTTP " + response.getCode());
			}
			try (InputStream body = response.getEntity().getContent()) {
				return reader.read(body);
			}
		};
	}

	@Benchmark
	public CreateChatCompletionResponse chat() throws Exception {
		return execute(post("/chat/completions", Fixtures.CHAT), CreateChatCompletionResponse.class);
	}

	@Benchmark
	public CreateEmbeddingResponse embeddingsFloat() throws Exception {
		return execute(post("/embeddings", Fixtures.EMBEDDINGS_FLOAT), CreateEmbeddingResponse.class);
	}

	@Benchmark
	public CreateEmbeddingResponse embeddingsBase64() throws Exception {
		return execute(post("/embeddings", Fixtures.EMBEDDINGS_BASE64), CreateEmbeddingResponse.class);
	}

	@Benchmark
	public int stream(Blackhole blackhole) throws Exception {
		long started = System.nanoTime();
		int count = this.client.execute(post("/chat/completions", Fixtures.STREAM),
				handler((body) -> PlainSse.read(body, () -> this.firstChunk.record(started), blackhole::consume)));
		return Checks.chunks(count);
	}

	@Benchmark
	public int responseStream(Blackhole blackhole) throws Exception {
		long started = System.nanoTime();
		int count = this.client.execute(post("/responses", Fixtures.RESPONSE_STREAM), handler(
				(body) -> PlainSse.readResponse(body, () -> this.firstChunk.record(started), blackhole::consume)));
		return Checks.responseEvents(count);
	}

	@Benchmark
	public ListModelsResponse models() throws Exception {
		HttpGet get = new HttpGet(this.baseUrl + "/models");
		get.setHeader("Authorization", "Bearer sk-benchmark");
		return execute(get, ListModelsResponse.class);
	}

	@FunctionalInterface
	private interface BodyReader<T> {

		T read(InputStream body) throws IOException;

	}

}
