package org.openaiboot.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.responses.ResponseStreamEvent;

/**
 * The least a plain client must do with an event stream: read {@code data:} lines, stop at
 * {@code [DONE]} (chat) or at the end of the body (Responses, which sends no
 * {@code [DONE]}), decode each event with one Jackson mapper. Other lines, such as a
 * Responses stream's {@code event:} lines, are skipped: the type is in the data too.
 */
final class PlainSse {

	private PlainSse() {
	}

	/**
	 * Read a chat stream.
	 * @param body the body
	 * @param onFirst called when the first chunk is decoded
	 * @param action takes each chunk
	 * @return the number of chunks
	 * @throws IOException if the body cannot be read, or ends before {@code [DONE]}
	 */
	static int read(InputStream body, Runnable onFirst, Consumer<CreateChatCompletionStreamResponse> action)
			throws IOException {
		return read(body, CreateChatCompletionStreamResponse.class, true, onFirst, action);
	}

	/**
	 * Read a Responses stream to the end of the body.
	 * @param body the body
	 * @param onFirst called when the first event is decoded
	 * @param action takes each event
	 * @return the number of events
	 * @throws IOException if the body cannot be read
	 */
	static int readResponse(InputStream body, Runnable onFirst, Consumer<ResponseStreamEvent> action)
			throws IOException {
		return read(body, ResponseStreamEvent.class, false, onFirst, action);
	}

	private static <T> int read(InputStream body, Class<T> type, boolean endsWithDone, Runnable onFirst,
			Consumer<T> action) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 8192);
		int count = 0;
		String line;
		while ((line = reader.readLine()) != null) {
			if (!line.startsWith("data:")) {
				continue;
			}
			String data = line.substring(line.startsWith("data: ") ? 6 : 5);
			if (data.equals("[DONE]")) {
				return count;
			}
			T event = Fixtures.MAPPER.readValue(data, type);
			if (count++ == 0) {
				onFirst.run();
			}
			action.accept(event);
		}
		if (endsWithDone) {
			throw new IOException("The stream ended without [DONE] after " + count + " chunks");
		}
		return count;
	}

}
