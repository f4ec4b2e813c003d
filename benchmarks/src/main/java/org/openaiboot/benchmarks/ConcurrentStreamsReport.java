package org.openaiboot.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The printed report of {@link ConcurrentStreamsMain}: one table row per round, a line
 * of ratios per N (the starter's median over the floor's) with the targets it meets or
 * misses, and a summary of the targets over every N.
 */
final class ConcurrentStreamsReport {

	/** The starter's wall time at most this times the floor's. */
	static final double WALL_TARGET = 1.2;

	/** The starter's p99 time to first chunk at most this times the floor's. */
	static final double P99_TARGET = 1.5;

	private static final String ROW = "%6s  %-7s %7s %8s %8s %8s %8s %8s %7s %11s %6s %6s %6s %7s %7s %11s %9s%n";

	private final List<String> misses = new ArrayList<>();

	void columns() {
		System.out.printf(Locale.ROOT, ROW, "N", "side", "wall s", "p50 ms", "p99 ms", "heap MB", "KB/strm",
				"live MB", "threads", "conns pk/new", "pinned", "failed", "cpu s", "srv cpu", "other", "srv lag ms", "GCs/ms");
	}

	void row(StreamRound.Result result) {
		System.out.printf(Locale.ROOT, ROW, String.format(Locale.ROOT, "%,d", result.n()), result.side(),
				fixed(result.wallSeconds(), 2), fixed(result.p50Millis(), 1), fixed(result.p99Millis(), 1),
				fixed(result.heapAbove() / 1048576.0, 1), fixed(result.heapPerStreamKb(), 1),
				(result.liveAbove() < 0) ? "-" : fixed(result.liveAbove() / 1048576.0, 1),
				String.valueOf(result.platformThreads()), result.peakConnections() + "/" + result.newConnections(),
				String.valueOf(result.pinned()), String.valueOf(result.failed()), fixed(result.clientCpuSeconds(), 2),
				fixed(result.serverCpuSeconds(), 2), fixed(result.otherCpuSeconds(), 2),
				fixed(result.serverLagMeanMillis(), 1) + "/" + fixed(result.serverLagMaxMillis(), 0),
				result.pauses() + "/" + result.pauseMillis());
		if (result.firstFailure() != null) {
			System.out.println("        first failure (" + result.side() + ", N=" + result.n() + "): "
					+ describe(result.firstFailure()));
		}
		if (result.pinnedStack() != null) {
			System.out.println("        first pinned event (" + result.side() + ", N=" + result.n() + "): "
					+ result.pinnedStack());
		}
	}

	/**
	 * Print the ratios of one N, of the medians over its rounds, and record the targets
	 * missed.
	 * @param floor the floor's rounds
	 * @param starter the starter's rounds
	 */
	void compare(List<StreamRound.Result> floor, List<StreamRound.Result> starter) {
		double wall = median(starter, StreamRound.Result::wallSeconds) / median(floor, StreamRound.Result::wallSeconds);
		double p99 = median(starter, StreamRound.Result::p99Millis) / median(floor, StreamRound.Result::p99Millis);
		double heap = median(starter, StreamRound.Result::heapPerStreamKb)
				/ median(floor, StreamRound.Result::heapPerStreamKb);
		double live = median(starter, (result) -> result.liveAbove())
				/ median(floor, (result) -> result.liveAbove());
		int failed = starter.stream().mapToInt(StreamRound.Result::failed).sum();
		int pinned = starter.stream().mapToInt(StreamRound.Result::pinned).sum();
		int n = starter.get(0).n();
		List<String> missed = new ArrayList<>();
		if (!(wall <= WALL_TARGET)) {
			missed.add(String.format(Locale.ROOT, "wall %.2fx > %.1fx", wall, WALL_TARGET));
		}
		if (!(p99 <= P99_TARGET)) {
			missed.add(String.format(Locale.ROOT, "p99 first chunk %.2fx > %.1fx", p99, P99_TARGET));
		}
		if (!(heap <= 1.0)) {
			missed.add(String.format(Locale.ROOT, "heap per stream %.2fx > 1.0x", heap));
		}
		if (failed > 0) {
			missed.add(failed + " failed streams");
		}
		if (pinned > 0) {
			missed.add(pinned + " pinned events");
		}
		System.out.printf(Locale.ROOT, "%6s  starter/floor, medians of %d: wall %.2fx, p99 first chunk %.2fx, heap per"
				+ " stream %.2fx (live after GC %s) -> %s%n%n", String.format(Locale.ROOT, "%,d", n), starter.size(),
				wall, p99, heap, (live > 0 && Double.isFinite(live)) ? String.format(Locale.ROOT, "%.2fx", live) : "n/a",
				missed.isEmpty() ? "targets met" : "MISSED: " + String.join(", ", missed));
		missed.forEach((miss) -> this.misses.add("N=" + n + ": " + miss));
		int floorFailed = floor.stream().mapToInt(StreamRound.Result::failed).sum();
		int floorPinned = floor.stream().mapToInt(StreamRound.Result::pinned).sum();
		if (floorFailed > 0 || floorPinned > 0) {
			System.out.println("        note: the floor itself had " + floorFailed + " failed streams and " + floorPinned
					+ " pinned events");
		}
	}

	/** The median of a measure over rounds; NaN when it is negative (not measured) in any. */
	private static double median(List<StreamRound.Result> results, ToDoubleFunction<StreamRound.Result> measure) {
		double[] values = results.stream().mapToDouble(measure).sorted().toArray();
		if (values.length == 0 || values[0] < 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	void summary() {
		if (this.misses.isEmpty()) {
			System.out.println("Targets: all met at every N.");
		}
		else {
			System.out.println("Targets missed:");
			this.misses.forEach((miss) -> System.out.println("  " + miss));
		}
	}

	void legend() {
		System.out.println("""
				Columns: wall s = release of the N threads to the last stream done; p50/p99 ms = call to first decoded chunk;
				heap MB = peak used heap above the baseline (sampled every 100 ms, garbage included), KB/strm = that / N;
				live MB = most heap a collection left during the round above the baseline (- when none ran);
				threads = peak live platform threads of the client JVM; conns pk/new = most connections open at once
				on this side's server, and connections it accepted in the round; pinned = jdk.VirtualThreadPinned events;
				cpu s / srv cpu = CPU time of the client / server JVM in the round; other = the machine's other CPU time
				(kernel network work not charged to either JVM, and any other process); srv lag ms = mean/max delay of the
				server's writes behind their 25 ms schedule (the server short of CPU); GCs/ms = stop-the-world
				collections during the round and their total time.""");
	}

	private static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder(failure.toString());
		Throwable cause = failure.getCause();
		while (cause != null && cause != failure) {
			text.append(" <- ").append(cause);
			failure = cause;
			cause = cause.getCause();
		}
		return text.toString();
	}

	private static String fixed(double value, int decimals) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

}
