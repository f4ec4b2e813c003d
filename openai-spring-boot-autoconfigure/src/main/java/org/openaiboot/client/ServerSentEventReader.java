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
		StringBuilder data = null;
		String event = null;
		String line;
		while ((line = this.reader.readLine()) != null) {
			if (line.isEmpty()) {
				if (data != null) {
					return new ServerSentEvent(event, data.toString());
				}
				event = null;
				continue;
			}
			if (line.charAt(0) == ':') {
				continue;
			}
			int colon = line.indexOf(':');
			String field = (colon >= 0) ? line.substring(0, colon) : line;
			String value = (colon >= 0) ? valueAfter(line, colon) : "";
			if ("data".equals(field)) {
				data = (data == null) ? new StringBuilder(value) : data.append('\n').append(value);
			}
			else if ("event".equals(field)) {
				event = value;
			}
		}
		return null;
	}

	private static String valueAfter(String line, int colon) {
		int start = colon + 1;
		if (start < line.length() && line.charAt(start) == ' ') {
			start++;
		}
		return line.substring(start);
	}

}
