package org.openaiboot.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads Server-Sent Events by the rules of the WHATWG HTML standard: lines end with CR, LF
 * or CRLF; a line starting with a colon is a comment; {@code field:value} drops one space
 * after the colon; several {@code data} lines join with a line feed; an empty line
 * dispatches the event; an event without data is not dispatched; an unfinished event at
 * the end of the body is dropped.
 */
final class ServerSentEventReader {

	private final BufferedReader reader;

	ServerSentEventReader(InputStream body) {
		this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
	}

	/**
	 * Read the next event.
	 * @return the event, or {@code null} at the end of the body
	 * @throws IOException if the body cannot be read
	 */
	@Nullable ServerSentEvent next() throws IOException {
		// One data line, the usual case, is kept as the line's own substring: joining in a
		// StringBuilder would copy every event twice more.
		String data = null;
		StringBuilder joined = null;
		String event = null;
		String line;
		while ((line = this.reader.readLine()) != null) {
			if (line.isEmpty()) {
				if (data != null) {
					return new ServerSentEvent(event, (joined != null) ? joined.toString() : data);
				}
				event = null;
				continue;
			}
			if (line.charAt(0) == ':') {
				continue;
			}
			int colon = line.indexOf(':');
			int nameEnd = (colon >= 0) ? colon : line.length();
			if (isField(line, nameEnd, "data")) {
				String value = valueAfter(line, colon);
				if (data == null) {
					data = value;
				}
				else {
					if (joined == null) {
						joined = new StringBuilder(data);
					}
					joined.append('\n').append(value);
				}
			}
			else if (isField(line, nameEnd, "event")) {
				event = valueAfter(line, colon);
			}
		}
		return null;
	}

	private static boolean isField(String line, int nameEnd, String name) {
		return nameEnd == name.length() && line.startsWith(name);
	}

	private static String valueAfter(String line, int colon) {
		if (colon < 0) {
			return "";
		}
		int start = colon + 1;
		if (start < line.length() && line.charAt(start) == ' ') {
			start++;
		}
		return line.substring(start);
	}

}
