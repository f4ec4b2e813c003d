package org.openaiboot.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSentEventReaderTests {

	@Test
	void readsDataWithAndWithoutSpace() throws IOException {
		assertThat(read("data: one\n\ndata:two\n\n")).containsExactly(new ServerSentEvent(null, "one"),
				new ServerSentEvent(null, "two"));
	}

	@Test
	void joinsMultiLineData() throws IOException {
		assertThat(read("data: {\"a\":\ndata: 1}\n\n")).containsExactly(new ServerSentEvent(null, "{\"a\":\n1}"));
	}

	@Test
	void skipsCommentsAndKeepsEventType() throws IOException {
		assertThat(read(": keep-alive\n\nevent: error\ndata: x\n\ndata: y\n\n"))
			.containsExactly(new ServerSentEvent("error", "x"), new ServerSentEvent(null, "y"));
	}

	@Test
	void acceptsCrLfAndCrLineEndings() throws IOException {
		assertThat(read("data: a\r\n\r\ndata: b\r\rdata: c\n\n")).extracting(ServerSentEvent::data)
			.containsExactly("a", "b", "c");
	}

	@Test
	void removesOnlyOneLeadingSpace() throws IOException {
		assertThat(read("data:  two spaces\n\n")).extracting(ServerSentEvent::data).containsExactly(" two spaces");
	}

	@Test
	void ignoresEventsWithoutDataAndUnknownFields() throws IOException {
		assertThat(read("event: ping\n\nid: 7\nretry: 10\ndata: z\n\n")).containsExactly(new ServerSentEvent(null, "z"));
	}

	@Test
	void fieldWithoutColonHasEmptyValue() throws IOException {
		assertThat(read("data\n\n")).containsExactly(new ServerSentEvent(null, ""));
	}

	@Test
	void dropsUnfinishedEventAtEnd() throws IOException {
		assertThat(read("data: complete\n\ndata: cut")).extracting(ServerSentEvent::data).containsExactly("complete");
	}

	private static List<ServerSentEvent> read(String body) throws IOException {
		ServerSentEventReader reader = new ServerSentEventReader(
				new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		List<ServerSentEvent> events = new ArrayList<>();
		for (ServerSentEvent event = reader.next(); event != null; event = reader.next()) {
			events.add(event);
		}
		return events;
	}

}
