package org.openaiboot.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One measured round of {@link ConcurrentStreamsMain}: N virtual threads, all made
 * runnable at once once they wait, each reading one whole streamed chat through one side (the starter or
 * the JDK floor), while a {@link RoundSampler} watches the heap and platform threads, a
 * {@link PinnedEvents} recording counts pinned virtual threads and the
 * {@link StreamingServerProcess} counts connections.
 */
final class StreamRound {

	/** The longest a round may take before its unfinished streams count as failed. */
	private static final long TIMEOUT_SECONDS = Long.getLong("bench.round.timeout", 600);

	/** One streamed chat through one side, from the call to the last chunk. */
	@FunctionalInterface
	interface Streamer {

		/**
		 * Stream one chat completion and read every chunk.
		 * @param firstChunk to run once, when the first decoded chunk is in hand
		 * @return how many chunks were read
		 * @throws Exception on any failure of the stream
		 */
		int stream(Runnable firstChunk) throws Exception;

	}

	/**
	 * What one round measured: wall time from the release of the threads to the last stream done;
	 * time from each call to its first chunk; heap above the baseline (peak used, and most
	 * left by a collection, or -1); peak platform threads; connections open at once on the
	 * server and newly accepted; pinned events; failed streams; CPU time of the client and
	 * the server; the server's mean and worst lag behind its write schedule; the
	 * stop-the-world collections and their time.
	 */
	record Result(String side, int n, double wallSeconds, double p50Millis, double p99Millis, long heapAbove,
			long liveAbove, int platformThreads, int peakConnections, long newConnections, int pinned,
			String pinnedStack, int failed, Throwable firstFailure, double clientCpuSeconds, double serverCpuSeconds,
			double serverLagMeanMillis, double serverLagMaxMillis, int pauses, long pauseMillis,
			double machineCpuSeconds) {

		/** CPU time neither JVM spent: the kernel's network work and any other process. */
		double otherCpuSeconds() {
			return this.machineCpuSeconds - this.clientCpuSeconds - this.serverCpuSeconds;
		}

		double heapPerStreamKb() {
			return this.heapAbove / 1024.0 / this.n;
		}

	}

	private StreamRound() {
	}

	/**
	 * Run one round.
	 * @param side the name of the side, for the report
	 * @param n how many streams at once
	 * @param streamer one stream through that side
	 * @param server the server that side talks to
	 * @return what was measured
	 * @throws Exception if the harness itself failed
	 */
	static Result run(String side, int n, Streamer streamer, StreamingServerProcess server) throws Exception {
		long baseline = RoundSampler.baselineHeap();
		server.reset();
		StreamingServerProcess.Stats serverBefore = server.stats();
		long[] firstChunkNanos = new long[n];
		long[] endNanos = new long[n];
		AtomicInteger failed = new AtomicInteger();
		AtomicReference<Throwable> firstFailure = new AtomicReference<>();
		CountDownLatch ready = new CountDownLatch(n);
		AtomicBoolean go = new AtomicBoolean();
		Thread[] threads = new Thread[n];
		CountDownLatch done = new CountDownLatch(n);
		ThreadFactory factory = VirtualThreads.factory(side + "-" + n + "-");
		for (int i = 0; i < n; i++) {
			int index = i;
			threads[i] = factory.newThread(() -> {
				try {
					ready.countDown();
					while (!go.get()) {
						LockSupport.park();
					}
					long called = System.nanoTime();
					int chunks = streamer.stream(() -> firstChunkNanos[index] = System.nanoTime() - called);
					if (chunks != StreamingServer.CHUNKS) {
						throw new IllegalStateException("Expected " + StreamingServer.CHUNKS + " chunks, got " + chunks);
					}
				}
				catch (Throwable ex) {
					failed.incrementAndGet();
					firstFailure.compareAndSet(null, ex);
				}
				finally {
					endNanos[index] = System.nanoTime();
					done.countDown();
				}
			});
			threads[i].start();
		}
		ready.await();
		PinnedEvents pinned = PinnedEvents.start();
		RoundSampler sampler = new RoundSampler();
		long cpuBefore = processCpuNanos();
		long machineBefore = RoundSampler.machineBusyNanos();
		long released = System.nanoTime();
		// every thread made runnable at once: a latch would wake them one after another, each
		// woken thread waking the next, so that the last ones started long after the first
		go.set(true);
		for (Thread thread : threads) {
			LockSupport.unpark(thread);
		}
		boolean finished = done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		long cpu = processCpuNanos() - cpuBefore;
		long machineAfter = RoundSampler.machineBusyNanos();
		sampler.close();
		PinnedEvents.Result pins = pinned.stop();
		StreamingServerProcess.Stats serverAfter = server.stats();
		int failures = failed.get();
		long last = released;
		for (long end : endNanos) {
			last = Math.max(last, end);
		}
		if (!finished) {
			int unfinished = (int) done.getCount();
			failures += unfinished;
			firstFailure.compareAndSet(null,
					new IllegalStateException(unfinished + " streams still open after " + TIMEOUT_SECONDS + " s"));
			last = System.nanoTime();
		}
		long[] firsts = Arrays.stream(firstChunkNanos).filter((nanos) -> nanos > 0).sorted().toArray();
		long live = sampler.maxHeapAfterGc();
		return new Result(side, n, (last - released) / 1e9, percentile(firsts, 50) / 1e6, percentile(firsts, 99) / 1e6,
				Math.max(0, sampler.peakHeapUsed() - baseline), (live < 0) ? -1 : Math.max(0, live - baseline),
				sampler.peakPlatformThreads(), serverAfter.peak(), serverAfter.accepted() - serverBefore.accepted(),
				pins.count(), pins.firstStack(), failures, firstFailure.get(), cpu / 1e9,
				(serverAfter.cpuNanos() - serverBefore.cpuNanos()) / 1e9, serverAfter.lagMeanMillis(),
				serverAfter.lagMaxNanos() / 1e6, sampler.pauses(), sampler.pauseMillis(),
				(machineBefore < 0 || machineAfter < 0) ? Double.NaN : (machineAfter - machineBefore) / 1e9);
	}

	/** Nearest-rank percentile of sorted values, or NaN when there are none. */
	static double percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
