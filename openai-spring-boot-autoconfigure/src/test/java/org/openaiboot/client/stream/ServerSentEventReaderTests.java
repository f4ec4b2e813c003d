package org.openaiboot.client.stream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openaiboot.client.ResponseLimits;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSentEventReaderTests {

	@Test
	void readsDataWithAndWithoutSpace() throws IOException {
		assertThat(read("data: one\n\ndata:two\n\n")).containsExactly("one", "two");
	}

	@Test
	void joinsMultiLineData() throws IOException {
		assertThat(read("data: {\"a\":\ndata: 1}\n\n")).containsExactly("{\"a\":\n1}");
	}

	@Test
	void skipsCommentsAndKeepsEventType() throws IOException {
		assertThat(read(": keep-alive\n\nevent: error\ndata: x\n\ndata: y\n\n"))
			.containsExactly("error: x", "y");
	}

	@Test
	void acceptsCrLfAndCrLineEndings() throws IOException {
		assertThat(read("data: a\r\n\r\ndata: b\r\rdata: c\n\n")).containsExactly("a", "b", "c");
	}

	@Test
	void removesOnlyOneLeadingSpace() throws IOException {
		assertThat(read("data:  two spaces\n\n")).containsExactly(" two spaces");
	}

	@Test
	void ignoresEventsWithoutDataAndUnknownFields() throws IOException {
		assertThat(read("event: ping\n\nid: 7\nretry: 10\ndata: z\n\n")).containsExactly("z");
	}

	@Test
	void fieldWithoutColonHasEmptyValue() throws IOException {
		assertThat(read("data\n\n")).containsExactly("");
	}

	@Test
	void dropsUnfinishedEventAtEnd() throws IOException {
		assertThat(read("data: complete\n\ndata: cut")).containsExactly("complete");
	}

	@Test
	void skipsALeadingByteOrderMark() throws IOException {
		assertThat(read("\uFEFFdata: a\n\n")).containsExactly("a");
		assertThat(read("data: \uFEFFb\n\n")).containsExactly("\uFEFFb");
	}

	@Test
	void keepsMultiByteCharactersWhole() throws IOException {
		assertThat(read("data: caf\u00e9 \u6771\u4eac \uD83D\uDE00\n\n")).containsExactly("caf\u00e9 \u6771\u4eac \uD83D\uDE00");
	}

	@Test
	void readsTheSameWhateverPiecesTheBodyArrivesIn() throws IOException {
		String body = "\uFEFF: hi\r\nevent: error\r\ndata: x\r\n\r\ndata: {\"a\":\rdata: 1}\r\rdata: caf\u00e9\n\ndata: end";
		List<String> whole = read(body);
		assertThat(whole).containsExactly("error: x", "{\"a\":\n1}", "caf\u00e9");
		for (int piece = 1; piece <= 7; piece++) {
			assertThat(read(new PieceInputStream(body.getBytes(StandardCharsets.UTF_8), piece))).isEqualTo(whole);
		}
	}

	@Test
	void linesLongerThanTheBufferAreKept() throws IOException {
		String long20k = "x".repeat(20_000);
		assertThat(read("data: " + long20k + "\n\ndata: after\n\n")).containsExactly(long20k, "after");
	}

	@Test
	void recognisesDoneWithSurroundingWhiteSpace() {
		assertThat(new ServerSentEvent(null, bytes("[DONE]")).isDone()).isTrue();
		assertThat(new ServerSentEvent(null, bytes(" [DONE] ")).isDone()).isTrue();
		assertThat(new ServerSentEvent(null, bytes("[DONE]x")).isDone()).isFalse();
		assertThat(new ServerSentEvent(null, bytes("")).isDone()).isFalse();
		assertThat(new ServerSentEvent(null, bytes("\u00e9[DONE]")).isDone()).isFalse();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> read(String body) throws IOException {
		return read(new ByteArrayInputStream(bytes(body)));
	}

	/**
	 * The events read, each as its data, behind {@code "type: "} when it has a type.
	 */
	private static List<String> read(InputStream body) throws IOException {
		ServerSentEventReader reader = new ServerSentEventReader(body, (int) ResponseLimits.DEFAULTS.maxEventSize().toBytes());
		List<String> events = new ArrayList<>();
		for (ServerSentEvent event = reader.next(); event != null; event = reader.next()) {
			events.add((event.event() != null) ? event.event() + ": " + event.text() : event.text());
		}
		return events;
	}

	/**
	 * Hands out at most a few bytes per read, as a slow network would.
	 */
	private static final class PieceInputStream extends ByteArrayInputStream {

		private final int piece;

		PieceInputStream(byte[] bytes, int piece) {
			super(bytes);
			this.piece = piece;
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) {
			return super.read(buffer, offset, Math.min(length, this.piece));
		}

	}

}
