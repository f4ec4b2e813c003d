package org.openaiboot.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Time to first chunk of the streaming benchmarks: from the call to the first decoded chunk
 * in the caller's hands, averaged per JMH iteration and printed at the end of the fork
 * (the last five iterations are the measured ones).
 */
public final class FirstChunkTimer {

	private final String name;

	private final List<Double> iterationMeansMicros = new ArrayList<>();

	private long sumNanos;

	private long count;

	public FirstChunkTimer(String name) {
		this.name = name;
	}

	public void record(long startNanos) {
		this.sumNanos += System.nanoTime() - startNanos;
		this.count++;
	}

	public void endIteration() {
		if (this.count > 0) {
			this.iterationMeansMicros.add(this.sumNanos / 1000.0 / this.count);
		}
		this.sumNanos = 0;
		this.count = 0;
	}

	public void print() {
		int n = this.iterationMeansMicros.size();
		List<Double> measured = this.iterationMeansMicros.subList(Math.max(0, n - 5), n);
		double mean = measured.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
		double min = measured.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
		double max = measured.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		System.out.printf("%nFIRST-CHUNK %s: mean %.1f us (iterations min %.1f, max %.1f) over the last %d iterations%n",
				this.name, mean, min, max, measured.size());
	}

}
