package org.openaiboot.benchmarks;

/**
 * That a streaming benchmark read every event of its stream, so that a client that stops
 * early cannot look fast.
 */
final class Checks {

	private Checks() {
	}

	static int chunks(int count) {
		return expect(Payloads.STREAM_CHUNKS, count, "chunks");
	}

	static int responseEvents(int count) {
		return expect(ResponseStreamPayload.EVENTS, count, "Responses stream events");
	}

	private static int expect(int expected, int count, String what) {
		if (count != expected) {
			throw new IllegalStateException("Expected " + expected + " " + what + ", got " + count);
		}
		return count;
	}

}
