package org.openaiboot.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;

/**
 * The least a plain client must do with a chat stream: read {@code data:} lines, stop at
 * {@code [DONE]}, decode each chunk with one Jackson mapper.
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
			CreateChatCompletionStreamResponse chunk = Fixtures.MAPPER.readValue(data,
					CreateChatCompletionStreamResponse.class);
			if (count++ == 0) {
				onFirst.run();
			}
			action.accept(chunk);
		}
		throw new IOException("The stream ended without [DONE] after " + count + " chunks");
	}

}
