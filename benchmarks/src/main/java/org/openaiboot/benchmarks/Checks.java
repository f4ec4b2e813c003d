package org.openaiboot.benchmarks;

final class Checks {

	private Checks() {
	}

	static int chunks(int count) {
		if (count != Payloads.STREAM_CHUNKS) {
			throw new IllegalStateException("Expected " + Payloads.STREAM_CHUNKS + " chunks, got " + count);
		}
		return count;
	}

}
