package org.openaiboot.client.stream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One event of a {@code text/event-stream} body. Its data stays UTF-8 bytes, which the
 * JSON parser reads directly; the text is decoded only when asked for.
 */
final class ServerSentEvent {

	private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

	private final @Nullable String event;

	private final byte[] data;

	/**
	 * Create an event.
	 * @param event the {@code event:} field, or {@code null} for the default type
	 * @param data the {@code data:} lines joined by {@code \n}, as UTF-8
	 */
	ServerSentEvent(@Nullable String event, byte[] data) {
		this.event = event;
		this.data = data;
	}

	@Nullable String event() {
		return this.event;
	}

	byte[] data() {
		return this.data;
	}

	String text() {
		return new String(this.data, StandardCharsets.UTF_8);
	}

	/**
	 * Whether the data is {@code [DONE]}, the end of an OpenAI stream, give or take white
	 * space around it.
	 * @return whether this event ends the stream
	 */
	boolean isDone() {
		int from = 0;
		int to = this.data.length;
		while (from < to && isSpace(this.data[from])) {
			from++;
		}
		while (to > from && isSpace(this.data[to - 1])) {
			to--;
		}
		return to - from == DONE.length && Arrays.equals(this.data, from, to, DONE, 0, DONE.length);
	}

	private static boolean isSpace(byte b) {
		return b >= 0 && b <= ' ';
	}

	@Override
	public String toString() {
		return "ServerSentEvent[event=" + this.event + ", data=" + text() + "]";
	}

}
