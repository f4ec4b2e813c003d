package org.openaiboot.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, for a machine shared with other work: wall time per call then
 * measures the queue for the CPU more than the client, while the CPU a call burns hardly
 * changes. {@code cpu.time.norm} is the benchmark JVM's CPU time per operation (the
 * client, the in-process loopback server, the collector and the compiler);
 * {@code cpu.caller.norm} is the part of it spent on JMH's worker threads, which call the
 * client: with a blocking engine (the Apache client of the starter and of the plain
 * floor) that is all the client's own work, from writing the request to decoding the
 * last event. Use with {@code -prof org.openaiboot.benchmarks.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {

	private static final String WORKER_THREAD = "-jmh-worker-";

	private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private long processStart;

	private long callerStart;

	@Override
	public String getDescription() {
		return "CPU time per operation: the whole JVM, and the calling threads' part of it";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.callerStart = callerCpuTime();
		this.processStart = this.os.getProcessCpuTime();
	}

	@Override
	public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
			IterationResult result) {
		long process = this.os.getProcessCpuTime() - this.processStart;
		long caller = callerCpuTime() - this.callerStart;
		double ops = result.getMetadata().getAllOps();
		return List.of(
				new ScalarResult("cpu.time.norm", process / 1000.0 / ops, "us/op", AggregationPolicy.AVG),
				new ScalarResult("cpu.caller.norm", caller / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
	}

	/** The CPU time of JMH's worker threads, which live as long as the benchmark's fork. */
	private long callerCpuTime() {
		long total = 0;
		for (ThreadInfo info : this.threads.getThreadInfo(this.threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().contains(WORKER_THREAD)) {
				long time = this.threads.getThreadCpuTime(info.getThreadId());
				total += Math.max(time, 0);
			}
		}
		return total;
	}

}
