package org.openaiboot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of {@code jdk.VirtualThreadPinned} alone (threshold 0, with stack
 * traces) around one measured round: a virtual thread that blocks while pinned to its
 * carrier holds one of the few carrier threads, which is what makes virtual threads stall
 * under load. {@link #stop()} dumps the recording to a temporary file and counts the
 * events in it.
 */
final class PinnedEvents {

	static final String EVENT = "jdk.VirtualThreadPinned";

	/** How many events, and the top stack frames of the first one ({@code null} without one). */
	record Result(int count, String firstStack) {
	}

	private final Recording recording;

	private PinnedEvents(Recording recording) {
		this.recording = recording;
	}

	static PinnedEvents start() {
		Recording recording = new Recording();
		recording.setName("pinned");
		recording.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
		recording.start();
		return new PinnedEvents(recording);
	}

	Result stop() throws IOException {
		this.recording.stop();
		Path file = Files.createTempFile("concurrent-streams-", ".jfr");
		try {
			this.recording.dump(file);
			int count = 0;
			String firstStack = null;
			try (RecordingFile events = new RecordingFile(file)) {
				while (events.hasMoreEvents()) {
					RecordedEvent event = events.readEvent();
					if (!event.getEventType().getName().equals(EVENT)) {
						continue;
					}
					if (count++ == 0) {
						firstStack = stack(event);
					}
				}
			}
			return new Result(count, firstStack);
		}
		finally {
			this.recording.close();
			Files.deleteIfExists(file);
		}
	}

	private static String stack(RecordedEvent event) {
		List<RecordedFrame> frames = (event.getStackTrace() != null) ? event.getStackTrace().getFrames() : List.of();
		StringBuilder text = new StringBuilder();
		// JDK 24 and later say why the thread was pinned and what it blocked in
		for (String field : List.of("pinnedReason", "blockingOperation")) {
			if (event.hasField(field) && event.getValue(field) != null) {
				text.append(field).append('=').append((Object) event.getValue(field)).append("; ");
			}
		}
		for (int i = 0; i < Math.min(6, frames.size()); i++) {
			RecordedFrame frame = frames.get(i);
			text.append((i == 0) ? "at " : " <- ").append(frame.getMethod().getType().getName()).append('.')
				.append(frame.getMethod().getName()).append(':').append(frame.getLineNumber());
		}
		return text.toString();
	}

}
