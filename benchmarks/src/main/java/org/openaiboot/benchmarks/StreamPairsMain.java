package org.openaiboot.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIResponsesClient;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The streams of {@code StarterBenchmark} and {@code ApacheClientBenchmark} (the starter
 * and its floor B), run in turns in one JVM on one loopback server: blocks of a few
 * streams each, the starter's and the floor's one after the other (which goes first
 * alternates), so that both meet the same load. On a machine shared with other work the
 * ratio of two neighbouring blocks holds still where JMH's separate runs, minutes apart,
 * do not. Prints, for the chat stream and the Responses stream, the median time per stream
 * of each side, the events per second it makes, and the median, 10th and 90th percentile
 * of the per-round ratio starter/floor of events per second.
 * <p>
 * Arguments: warm-up seconds (default 60), rounds (default 200), streams per block
 * (default 10).
 */
public final class StreamPairsMain {

	private StreamPairsMain() {
	}

	public static void main(String[] args) throws Exception {
		long warmupSeconds = (args.length > 0) ? Long.parseLong(args[0]) : 60;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		int block = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		try (LoopbackServer server = LoopbackServer.start();
				CloseableHttpClient apache = ApacheClientBenchmark.createClient();
				ConfigurableApplicationContext context = BenchApplication.start(server.baseUrl(), true)) {
			OpenAIChatClient chat = context.getBean(OpenAIChatClient.class);
			OpenAIResponsesClient responses = context.getBean(OpenAIResponsesClient.class);
			String baseUrl = server.baseUrl();
			List<Pair> pairs = List.of(
					new Pair("Chat stream", Payloads.STREAM_CHUNKS, (sink) -> {
						try (Stream<?> chunks = chat.createChatCompletionStream(Fixtures.STREAM)) {
							return Checks.chunks(count(chunks, sink));
						}
					}, (sink) -> Checks.chunks(apache.execute(post(baseUrl + "/chat/completions", Fixtures.STREAM),
							(response) -> PlainSse.read(response.getEntity().getContent(), () -> {
							}, sink::accept)))),
					new Pair("Responses stream", ResponseStreamPayload.EVENTS, (sink) -> {
						try (Stream<?> events = responses.createResponseStream(Fixtures.RESPONSE_STREAM)) {
							return Checks.responseEvents(count(events, sink));
						}
					}, (sink) -> Checks.responseEvents(apache.execute(post(baseUrl + "/responses",
							Fixtures.RESPONSE_STREAM), (response) -> PlainSse.readResponse(
									response.getEntity().getContent(), () -> {
									}, sink::accept)))));
			for (Pair pair : pairs) {
				pair.run(warmupSeconds, rounds, block);
			}
		}
	}

	private static int count(Stream<?> events, Consumer<Object> sink) {
		int[] count = new int[1];
		events.forEach((event) -> {
			count[0]++;
			sink.accept(event);
		});
		return count[0];
	}

	private static HttpPost post(String uri, Object body) {
		HttpPost post = new HttpPost(uri);
		post.setHeader("Authorization", "Bearer sk-benchmark");
		post.setEntity(new ByteArrayEntity(Fixtures.MAPPER.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
		return post;
	}

	/** One stream read whole by one side; every event goes to the sink. */
	@FunctionalInterface
	interface Side {

		int stream(Consumer<Object> sink) throws Exception;

	}

	/** The starter's side and the floor's side of one stream. */
	record Pair(String name, int events, Side starter, Side floor) {

		void run(long warmupSeconds, int rounds, int block) throws Exception {
			long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
			while (System.nanoTime() < warmupEnd) {
				time(this.starter, block);
				time(this.floor, block);
			}
			double[] starterMicros = new double[rounds];
			double[] floorMicros = new double[rounds];
			double[] ratios = new double[rounds];
			for (int i = 0; i < rounds; i++) {
				if (i % 2 == 0) {
					starterMicros[i] = time(this.starter, block);
					floorMicros[i] = time(this.floor, block);
				}
				else {
					floorMicros[i] = time(this.floor, block);
					starterMicros[i] = time(this.starter, block);
				}
				ratios[i] = floorMicros[i] / starterMicros[i];
			}
			double starter = percentile(starterMicros, 50);
			double floor = percentile(floorMicros, 50);
			System.out.printf("%s, %d events, %d rounds of %d streams per side:%n", this.name, this.events, rounds,
					block);
			System.out.printf("  starter  %8.1f us per stream (p10 %.1f, p90 %.1f), %,10.0f events/s%n", starter,
					percentile(starterMicros, 10), percentile(starterMicros, 90), this.events / starter * 1e6);
			System.out.printf("  floor B  %8.1f us per stream (p10 %.1f, p90 %.1f), %,10.0f events/s%n", floor,
					percentile(floorMicros, 10), percentile(floorMicros, 90), this.events / floor * 1e6);
			System.out.printf("  starter/floor events per second, per round: median %.3f (p10 %.3f, p90 %.3f)%n",
					percentile(ratios, 50), percentile(ratios, 10), percentile(ratios, 90));
		}

		/** Micros per stream over a block of streams. */
		private static double time(Side side, int block) throws Exception {
			Object[] last = new Object[1];
			long start = System.nanoTime();
			for (int i = 0; i < block; i++) {
				side.stream((event) -> last[0] = event);
			}
			return (System.nanoTime() - start) / 1000.0 / block;
		}

		private static double percentile(double[] values, int percent) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
		}

	}

}
