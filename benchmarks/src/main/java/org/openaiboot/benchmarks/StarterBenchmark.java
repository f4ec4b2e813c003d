package org.openaiboot.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.client.Page;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;
import org.openaiboot.models.models.Model;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A: this starter's clients, exactly as the auto-configuration builds them in a Boot
 * application (Boot's {@code RestClient.Builder} and HTTP engine, retries on,
 * {@code openai.client.requests} and {@code http.client.requests} recorded in a
 * {@code SimpleMeterRegistry}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class StarterBenchmark {

	/**
	 * What is switched off, to attribute the cost by layer: {@code full} is the starter as
	 * auto-configured; the others switch off Boot's {@code http.client.requests}
	 * observation ({@code noHttpObservation}), the starter's own observation and meters
	 * ({@code noOpenAIMetrics}), both ({@code noObservations}), retries
	 * ({@code noRetry}), or all of them ({@code bare}). Run them with
	 * {@code -p variant=full,noHttpObservation,noOpenAIMetrics,noObservations,noRetry,bare}.
	 */
	@Param({ "full" })
	public String variant;

	private LoopbackServer server;

	private ConfigurableApplicationContext context;

	private OpenAIChatClient chat;

	private OpenAIEmbeddingsClient embeddings;

	private OpenAIModelsClient models;

	private OpenAIResponsesClient responses;

	private final FirstChunkTimer firstChunk = new FirstChunkTimer("A starter");

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.server = LoopbackServer.start();
		this.context = BenchApplication.start(this.server.baseUrl(), true, properties(this.variant));
		this.chat = this.context.getBean(OpenAIChatClient.class);
		this.embeddings = this.context.getBean(OpenAIEmbeddingsClient.class);
		this.models = this.context.getBean(OpenAIModelsClient.class);
		this.responses = this.context.getBean(OpenAIResponsesClient.class);
	}

	static String[] properties(String variant) {
		String noHttp = "management.observations.enable.http.client.requests=false";
		String noOpenAI = "openai.metrics.enabled=false";
		String noRetry = "openai.retry.enabled=false";
		return switch (variant) {
			case "full" -> new String[0];
			case "noHttpObservation" -> new String[] { noHttp };
			case "noOpenAIMetrics" -> new String[] { noOpenAI };
			case "noObservations" -> new String[] { noHttp, noOpenAI };
			case "noRetry" -> new String[] { noRetry };
			case "bare" -> new String[] { noHttp, noOpenAI, noRetry };
			default -> throw new IllegalArgumentException("Unknown variant " + variant);
		};
	}

	@TearDown(Level.Iteration)
	public void endIteration() {
		this.firstChunk.endIteration();
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.firstChunk.print();
		MeterRegistry meters = this.context.getBean(MeterRegistry.class);
		System.out.println("SERVER " + this.server.counts());
		System.out.println("METERS openai.client.requests=" + meters.find("openai.client.requests").timers().stream()
			.mapToLong((timer) -> timer.count()).sum() + " http.client.requests="
				+ meters.find("http.client.requests").timers().stream().mapToLong((timer) -> timer.count()).sum());
		this.context.close();
		this.server.close();
	}

	@Benchmark
	public CreateChatCompletionResponse chat() {
		return this.chat.createChatCompletion(Fixtures.CHAT);
	}

	/** Without {@code encoding_format}: the client's default. */
	@Benchmark
	public CreateEmbeddingResponse embeddings() {
		return this.embeddings.createEmbedding(Fixtures.EMBEDDINGS);
	}

	@Benchmark
	public CreateEmbeddingResponse embeddingsFloat() {
		return this.embeddings.createEmbedding(Fixtures.EMBEDDINGS_FLOAT);
	}

	@Benchmark
	public CreateEmbeddingResponse embeddingsBase64() {
		return this.embeddings.createEmbedding(Fixtures.EMBEDDINGS_BASE64);
	}

	@Benchmark
	public int stream(Blackhole blackhole) {
		long started = System.nanoTime();
		int[] count = new int[1];
		try (Stream<CreateChatCompletionStreamResponse> chunks = this.chat.createChatCompletionStream(Fixtures.STREAM)) {
			chunks.forEach((chunk) -> {
				if (count[0]++ == 0) {
					this.firstChunk.record(started);
				}
				blackhole.consume(chunk);
			});
		}
		return Checks.chunks(count[0]);
	}

	@Benchmark
	public int responseStream(Blackhole blackhole) {
		long started = System.nanoTime();
		int[] count = new int[1];
		try (Stream<ResponseStreamEvent> events = this.responses.createResponseStream(Fixtures.RESPONSE_STREAM)) {
			events.forEach((event) -> {
				if (count[0]++ == 0) {
					this.firstChunk.record(started);
				}
				blackhole.consume(event);
			});
		}
		return Checks.responseEvents(count[0]);
	}

	@Benchmark
	public Page<Model> models() {
		return this.models.listModels();
	}

}
