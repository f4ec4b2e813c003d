package org.openaiboot.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * N streamed chats at once, each on its own virtual thread, through the starter and
 * through a plain JDK {@code HttpClient} floor ({@link FloorStreams}) in the same JVM:
 * wall time, time to first chunk (p50, p99), heap above the baseline and per open stream,
 * platform threads, connections and pinned virtual threads ({@link PinnedEvents}), for
 * N = 64, 256, 1,024 and 4,096 by default, each side three times at each N.
 * <p>
 * The starter side is {@link BenchApplication} (non-web, the auto-configured
 * {@link OpenAIChatClient}) with {@code openai.base-url} on the loopback server,
 * {@code openai.api-key=bench-key} and otherwise the starter's defaults; any other
 * {@code openai.*} property can be given as a system property, such as
 * {@code -Dopenai.pool.max-connections=64}. Each side talks to its own
 * {@link StreamingServer} in a child JVM, 40 chunks 25 ms apart per stream, so that the
 * server's heap, threads and pinned events are not counted with the client's and each
 * side's connections are counted apart. Needs JDK 21 or later (on 17 it says so and exits).
 * <p>
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar org.openaiboot.benchmarks.ConcurrentStreamsMain [N...]}
 * <p>
 * More system properties: {@code bench.warmup} (N of the warm-up rounds, 256),
 * {@code bench.warmup.rounds} (per side, 2), {@code bench.repeats} (rounds per side at
 * each N, 3, floor first and starter first in turn; the ratios compare medians),
 * {@code bench.floor.executor} ({@code virtual} or {@code default}, see
 * {@link FloorStreams}), {@code bench.sides} ({@code floor,starter}; one side alone prints
 * no ratios) and {@code bench.round.timeout} (seconds, 600). For thread dumps that list
 * every stream's virtual thread ({@code jcmd PID Thread.dump_to_file -format=text FILE}),
 * add {@code -Djdk.trackAllThreads=true}.
 */
public final class ConcurrentStreamsMain {

	private static final int[] DEFAULT_N = { 64, 256, 1024, 4096 };

	private ConcurrentStreamsMain() {
	}

	public static void main(String[] args) throws Exception {
		if (!VirtualThreads.available()) {
			System.out.println("ConcurrentStreamsMain skipped: needs JDK 21+ for virtual threads (this is JDK "
					+ System.getProperty("java.version") + ")");
			return;
		}
		int[] counts = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : DEFAULT_N;
		int warmup = Integer.getInteger("bench.warmup", 256);
		int warmupRounds = Integer.getInteger("bench.warmup.rounds", 2);
		boolean virtualExecutor = !"default".equals(System.getProperty("bench.floor.executor", "virtual"));
		int repeats = Integer.getInteger("bench.repeats", 3);
		List<String> sides = List.of(System.getProperty("bench.sides", "floor,starter").split(","));
		boolean floorToo = sides.contains("floor");
		boolean starterToo = sides.contains("starter");
		long started = System.nanoTime();
		try (StreamingServerProcess floorServer = StreamingServerProcess.start("-Xms256m", "-Xmx1g");
				StreamingServerProcess starterServer = StreamingServerProcess.start("-Xms256m", "-Xmx1g");
				FloorStreams floor = new FloorStreams(floorServer.baseUrl(), virtualExecutor);
				ConfigurableApplicationContext context = BenchApplication.start(starterServer.baseUrl(), true,
						"openai.api-key=bench-key")) {
			StreamRound.Streamer starter = starter(context.getBean(OpenAIChatClient.class));
			header(floor, floorServer, starterServer, counts);
			ConcurrentStreamsReport report = new ConcurrentStreamsReport();
			report.columns();
			Rounds rounds = new Rounds(report, floorToo ? floor : null, floorServer, starterToo ? starter : null,
					starterServer);
			for (int i = 0; i < warmupRounds; i++) {
				rounds.run(warmup, true, "warm-up ");
			}
			System.out.println();
			for (int n : counts) {
				List<StreamRound.Result> floorResults = new ArrayList<>();
				List<StreamRound.Result> starterResults = new ArrayList<>();
				for (int i = 0; i < repeats; i++) {
					// floor first, then starter first, and so on
					List<StreamRound.Result> results = rounds.run(n, i % 2 == 0, "");
					results.stream().filter((result) -> result.side().equals("floor")).forEach(floorResults::add);
					results.stream().filter((result) -> result.side().equals("starter")).forEach(starterResults::add);
				}
				if (floorToo && starterToo) {
					report.compare(floorResults, starterResults);
				}
			}
			if (floorToo && starterToo) {
				report.summary();
			}
			report.legend();
			System.out.printf("Total run time %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
		// the Boot context's and the HTTP clients' non-daemon threads must not keep the JVM alive
		System.exit(0);
	}

	/** One stream through the starter's auto-configured chat client, every chunk consumed. */
	static StreamRound.Streamer starter(OpenAIChatClient chat) {
		return (firstChunk) -> {
			int[] count = new int[1];
			try (Stream<CreateChatCompletionStreamResponse> chunks = chat.createChatCompletionStream(Fixtures.STREAM)) {
				chunks.forEach((chunk) -> {
					if (chunk.choices() == null) {
						throw new IllegalStateException("A chunk without choices");
					}
					if (count[0]++ == 0) {
						firstChunk.run();
					}
				});
			}
			return count[0];
		};
	}

	private static void header(FloorStreams floor, StreamingServerProcess floorServer,
			StreamingServerProcess starterServer, int[] counts) {
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("Concurrent streams: JDK %s (%s), %d cores, max heap %d MB, N = %s%n",
				System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.availableProcessors(),
				runtime.maxMemory() / 1048576, Arrays.toString(counts));
		System.out.printf("Each stream: %d chunks %d ms apart, then [DONE]; servers in child JVMs (floor pid %d port %d,"
				+ " starter pid %d port %d)%n", StreamingServer.CHUNKS, StreamingServer.INTERVAL_MILLIS,
				floorServer.pid(), floorServer.port(), starterServer.pid(), starterServer.port());
		System.out.println("Floor: JDK HttpClient, HTTP/1.1, " + floor.executorName());
		Map<String, String> openai = new TreeMap<>();
		System.getProperties().forEach((key, value) -> {
			if (key.toString().startsWith("openai.")) {
				openai.put(key.toString(), value.toString());
			}
		});
		System.out.println("Starter: auto-configured OpenAIChatClient, openai.* system properties: "
				+ (openai.isEmpty() ? "none (the starter's defaults)" : openai));
		System.out.println();
	}

	/** Runs one round per side at one N, in the order asked, and prints each row. */
	private record Rounds(ConcurrentStreamsReport report, StreamRound.Streamer floor,
			StreamingServerProcess floorServer, StreamRound.Streamer starter, StreamingServerProcess starterServer) {

		List<StreamRound.Result> run(int n, boolean floorFirst, String label) throws Exception {
			List<StreamRound.Result> results = new ArrayList<>();
			for (String side : floorFirst ? List.of("floor", "starter") : List.of("starter", "floor")) {
				boolean isFloor = side.equals("floor");
				StreamRound.Streamer streamer = isFloor ? this.floor : this.starter;
				if (streamer != null) {
					StreamRound.Result result = StreamRound.run(side, n, streamer,
							isFloor ? this.floorServer : this.starterServer);
					System.out.print(label);
					this.report.row(result);
					results.add(result);
				}
			}
			return results;
		}

	}

}
