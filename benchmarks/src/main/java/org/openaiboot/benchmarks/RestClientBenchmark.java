package org.openaiboot.benchmarks;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
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

import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A layer between A and B, to attribute A's cost: a plain Spring {@code RestClient} on
 * Spring's Apache request factory (the same Apache client as B), one mapper, no
 * interceptor, no observation, none of the starter's transport.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class RestClientBenchmark {

	private LoopbackServer server;

	private CloseableHttpClient apache;

	private RestClient client;

	private final FirstChunkTimer firstChunk = new FirstChunkTimer("RestClient only");

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.server = LoopbackServer.start();
		this.apache = ApacheClientBenchmark.createClient();
		this.client = RestClient.builder()
			.requestFactory(new HttpComponentsClientHttpRequestFactory(this.apache))
			.baseUrl(this.server.baseUrl())
			.defaultHeader("Authorization", "Bearer sk-benchmark")
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
		this.apache.close();
		this.server.close();
	}

	@Benchmark
	public CreateChatCompletionResponse chat() {
		byte[] json = Fixtures.MAPPER.writeValueAsBytes(Fixtures.CHAT);
		return this.client.post()
			.uri("/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(json.length)
			.body((out) -> out.write(json))
			.exchange((request, response) -> Fixtures.MAPPER.readValue(response.getBody(),
					CreateChatCompletionResponse.class));
	}

	@Benchmark
	public int stream(Blackhole blackhole) {
		long started = System.nanoTime();
		byte[] json = Fixtures.MAPPER.writeValueAsBytes(Fixtures.STREAM);
		int count = this.client.post()
			.uri("/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(json.length)
			.body((out) -> out.write(json))
			.exchange((request, response) -> PlainSse.read(response.getBody(),
					() -> this.firstChunk.record(started), blackhole::consume));
		return Checks.chunks(count);
	}

	@Benchmark
	public int responseStream(Blackhole blackhole) {
		long started = System.nanoTime();
		byte[] json = Fixtures.MAPPER.writeValueAsBytes(Fixtures.RESPONSE_STREAM);
		int count = this.client.post()
			.uri("/responses")
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(json.length)
			.body((out) -> out.write(json))
			.exchange((request, response) -> PlainSse.readResponse(response.getBody(),
					() -> this.firstChunk.record(started), blackhole::consume));
		return Checks.responseEvents(count);
	}

	@Benchmark
	public ListModelsResponse models() {
		return this.client.get()
			.uri("/models")
			.exchange((request, response) -> Fixtures.MAPPER.readValue(response.getBody(), ListModelsResponse.class));
	}

}
