package org.openaiboot.benchmarks;

import java.util.concurrent.TimeUnit;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.Embedding;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.ModelListPage;
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
 * C: the official OpenAI Java SDK on its default HTTP stack (OkHttp), pointed at the
 * loopback server with a dummy key. Its own retries (2) stay on. Its models are read
 * lazily, so each benchmark touches what a caller would use: the message and usage of a
 * completion, every vector of an embeddings response as floats, every chunk's delta.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class SdkBenchmark {

	static final ChatCompletionCreateParams CHAT = ChatCompletionCreateParams.builder()
		.model(Payloads.CHAT_MODEL)
		.addSystemMessage(Payloads.SYSTEM_PROMPT)
		.addUserMessage(Payloads.USER_PROMPT)
		.temperature(0.2)
		.build();

	/** The SDK's default {@code encoding_format} is {@code base64}. */
	static final EmbeddingCreateParams EMBEDDINGS = EmbeddingCreateParams.builder()
		.model(Payloads.EMBEDDING_MODEL)
		.inputOfArrayOfStrings(Payloads.embeddingInputs())
		.build();

	static final EmbeddingCreateParams EMBEDDINGS_FLOAT = EMBEDDINGS.toBuilder()
		.encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT)
		.build();

	private LoopbackServer server;

	private OpenAIClient client;

	private final FirstChunkTimer firstChunk = new FirstChunkTimer("C sdk");

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.server = LoopbackServer.start();
		this.client = OpenAIOkHttpClient.builder().apiKey("sk-benchmark").baseUrl(this.server.baseUrl()).build();
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

	@Benchmark
	public void chat(Blackhole blackhole) {
		ChatCompletion completion = this.client.chat().completions().create(CHAT);
		blackhole.consume(completion.choices().get(0).message().content());
		blackhole.consume(completion.usage());
	}

	/** The SDK's default: base64, decoded to floats by {@code Embedding.embedding()}. */
	@Benchmark
	public void embeddings(Blackhole blackhole) {
		consume(this.client.embeddings().create(EMBEDDINGS), blackhole);
	}

	@Benchmark
	public void embeddingsFloat(Blackhole blackhole) {
		consume(this.client.embeddings().create(EMBEDDINGS_FLOAT), blackhole);
	}

	private static void consume(CreateEmbeddingResponse response, Blackhole blackhole) {
		for (Embedding embedding : response.data()) {
			blackhole.consume(embedding.embedding());
		}
		blackhole.consume(response.usage());
	}

	@Benchmark
	public int stream(Blackhole blackhole) {
		long started = System.nanoTime();
		int[] count = new int[1];
		try (StreamResponse<ChatCompletionChunk> chunks = this.client.chat().completions().createStreaming(CHAT)) {
			chunks.stream().forEach((chunk) -> {
				if (count[0]++ == 0) {
					this.firstChunk.record(started);
				}
				blackhole.consume(chunk.choices().get(0).delta().content());
			});
		}
		return Checks.chunks(count[0]);
	}

	@Benchmark
	public void models(Blackhole blackhole) {
		ModelListPage page = this.client.models().list();
		blackhole.consume(page.data());
	}

}
