package org.openaiboot.test;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import org.openaiboot.client.OpenAIHeaders;

import org.springframework.http.HttpHeaders;

/**
 * Plays one {@link OpenAIMockAnswer} on an exchange of the JDK's HTTP server: waits its
 * delay, then sends it whole, as a stream flushed event by event, or broken by its fault.
 */
final class AnswerWriter {

	private AnswerWriter() {
	}

	/**
	 * Play an answer.
	 * @param exchange the exchange, closed when this returns
	 * @param answer the answer
	 * @param parts the parts of its body, written beforehand
	 * @param requestId the {@code x-request-id} to send unless the answer has its own
	 * @throws IOException if the client went away
	 * @throws InterruptedException if the server stopped during the delay
	 */
	static void write(HttpExchange exchange, OpenAIMockAnswer answer, List<byte[]> parts, String requestId)
			throws IOException, InterruptedException {
		try (exchange) {
			Thread.sleep(answer.getDelay().toMillis());
			if (answer.getFault() == OpenAIMockFault.EMPTY_REPLY) {
				// closing an exchange whose headers were not sent closes its connection
				return;
			}
			long length = parts.stream().mapToLong((part) -> part.length).sum();
			copyHeaders(answer.getHeaders(), exchange, requestId);
			if (answer.getFault() == OpenAIMockFault.CLOSED_MID_BODY) {
				writeHalf(exchange, answer.getStatus(), parts, length);
			}
			else if (answer.isStreamed()) {
				writeStreamed(exchange, answer.getStatus(), parts);
			}
			else {
				exchange.sendResponseHeaders(answer.getStatus(), (length > 0) ? length : -1);
				writeAll(exchange.getResponseBody(), parts);
			}
		}
	}

	private static void copyHeaders(HttpHeaders headers, HttpExchange exchange, String requestId) {
		headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
		if (!headers.containsHeader(OpenAIHeaders.REQUEST_ID)) {
			exchange.getResponseHeaders().set(OpenAIHeaders.REQUEST_ID, requestId);
		}
	}

	private static void writeStreamed(HttpExchange exchange, int status, List<byte[]> parts) throws IOException {
		exchange.sendResponseHeaders(status, 0);
		OutputStream body = exchange.getResponseBody();
		for (byte[] part : parts) {
			body.write(part);
			body.flush();
		}
		body.close();
	}

	private static void writeAll(OutputStream body, List<byte[]> parts) throws IOException {
		for (byte[] part : parts) {
			body.write(part);
		}
		body.close();
	}

	/**
	 * Announce the whole body, send half of it and close: closing a fixed-length body
	 * short throws, and the JDK server drops the connection of a handler that throws, so
	 * the client reads an early end instead of waiting for the rest.
	 */
	private static void writeHalf(HttpExchange exchange, int status, List<byte[]> parts, long length)
			throws IOException {
		exchange.sendResponseHeaders(status, length);
		OutputStream body = exchange.getResponseBody();
		long remaining = length / 2;
		for (byte[] part : parts) {
			int count = (int) Math.min(part.length, remaining);
			body.write(part, 0, count);
			remaining -= count;
			if (remaining == 0) {
				break;
			}
		}
		body.flush();
		body.close();
	}

}
