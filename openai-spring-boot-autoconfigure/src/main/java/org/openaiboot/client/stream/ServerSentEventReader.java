package org.openaiboot.client.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.transport.LimitExceededException;

/**
 * Reads Server-Sent Events by the rules of the WHATWG HTML standard: a leading byte order
 * mark is skipped; lines end with CR, LF or CRLF; a line starting with a colon is a
 * comment; {@code field:value} drops one space after the colon; several {@code data}
 * lines join with a line feed; an empty line dispatches the event; an event without data
 * is not dispatched; an unfinished event at the end of the body is dropped.
 * <p>
 * It works on the body's bytes rather than on decoded lines: CR and LF never occur inside
 * a multi-byte UTF-8 sequence, and the data, copied once, goes to the JSON parser as it
 * is, with no character decoding and no line strings.
 * <p>
 * An event may not be larger than a limit (its lines together, line ends included), so
 * that memory stays bounded whatever the server sends.
 */
final class ServerSentEventReader {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	static final String MAX_EVENT_SIZE = "openai.limits.max-event-size";

	private final InputStream body;

	private final int maxEventSize;

	private byte[] buffer = new byte[8192];

	/** The first byte not yet read. */
	private int position;

	/** The end of the bytes read from the body. */
	private int limit;

	/** The last line ended with CR: a LF right after it belongs to that line end. */
	private boolean pendingLineFeed;

	private boolean started;

	ServerSentEventReader(InputStream body, int maxEventSize) {
		this.body = body;
		this.maxEventSize = maxEventSize;
	}

	/**
	 * Read the next event.
	 * @return the event, or {@code null} at the end of the body
	 * @throws IOException if the body cannot be read
	 */
	@Nullable ServerSentEvent next() throws IOException {
		if (!this.started) {
			this.started = true;
			skipByteOrderMark();
		}
		byte[] data = null;
		ByteArrayOutputStream joined = null;
		String event = null;
		long eventSize = 0;
		for (int end = nextLineEnd(); end >= 0; end = nextLineEnd()) {
			int start = this.position;
			this.pendingLineFeed = this.buffer[end] == '\r';
			this.position = end + 1;
			if (start == end) {
				if (data != null) {
					return new ServerSentEvent(event, (joined != null) ? joined.toByteArray() : data);
				}
				event = null;
				eventSize = 0;
				continue;
			}
			eventSize += end - start + 1;
			if (eventSize > this.maxEventSize) {
				throw tooLarge();
			}
			if (this.buffer[start] == ':') {
				continue;
			}
			int colon = indexOf(':', start, end);
			int nameEnd = (colon >= 0) ? colon : end;
			int valueStart = (colon >= 0) ? colon + 1 : end;
			if (valueStart < end && this.buffer[valueStart] == ' ') {
				valueStart++;
			}
			if (isField(start, nameEnd, "data")) {
				if (data == null) {
					data = Arrays.copyOfRange(this.buffer, valueStart, end);
				}
				else {
					if (joined == null) {
						joined = new ByteArrayOutputStream(data.length * 2);
						joined.writeBytes(data);
					}
					joined.write('\n');
					joined.write(this.buffer, valueStart, end - valueStart);
				}
			}
			else if (isField(start, nameEnd, "event")) {
				event = new String(this.buffer, valueStart, end - valueStart, StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	/**
	 * Find the end of the next line, reading more of the body as needed.
	 * @return the index of the CR or LF that ends the line starting at {@code position},
	 * or {@code -1} when the body ends first
	 */
	private int nextLineEnd() throws IOException {
		if (this.pendingLineFeed) {
			if (this.position == this.limit && !fill()) {
				return -1;
			}
			if (this.buffer[this.position] == '\n') {
				this.position++;
			}
			this.pendingLineFeed = false;
		}
		int scanned = this.position;
		while (true) {
			for (int i = scanned; i < this.limit; i++) {
				byte b = this.buffer[i];
				if (b == '\n' || b == '\r') {
					return i;
				}
			}
			int unread = this.limit - this.position;
			if (!fill()) {
				return -1;
			}
			scanned = this.position + unread;
		}
	}

	/**
	 * Read more of the body behind the unread bytes, which move to the start of the buffer
	 * (and the buffer grows when they fill it).
	 * @return {@code false} at the end of the body
	 */
	private boolean fill() throws IOException {
		int unread = this.limit - this.position;
		if (this.position > 0) {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, unread);
			this.position = 0;
			this.limit = unread;
		}
		if (this.limit == this.buffer.length) {
			if (unread >= this.maxEventSize) {
				throw tooLarge();
			}
			this.buffer = Arrays.copyOf(this.buffer, (int) Math.min(this.buffer.length * 2L, this.maxEventSize + 1L));
		}
		int read = this.body.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			return false;
		}
		this.limit += read;
		return true;
	}

	private LimitExceededException tooLarge() {
		return new LimitExceededException("A stream event is larger than " + this.maxEventSize + " bytes",
				MAX_EVENT_SIZE);
	}

	private void skipByteOrderMark() throws IOException {
		while (this.limit < BYTE_ORDER_MARK.length) {
			if (!fill()) {
				return;
			}
		}
		if (Arrays.equals(this.buffer, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length)) {
			this.position = BYTE_ORDER_MARK.length;
		}
	}

	private int indexOf(char c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (this.buffer[i] == c) {
				return i;
			}
		}
		return -1;
	}

	private boolean isField(int start, int nameEnd, String name) {
		if (nameEnd - start != name.length()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (this.buffer[start + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
