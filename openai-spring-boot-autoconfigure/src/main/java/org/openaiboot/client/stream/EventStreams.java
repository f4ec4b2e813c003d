package org.openaiboot.client.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.micrometer.observation.Observation;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.ResponseLimits;
import org.openaiboot.client.error.ApiExceptionMapper;
import org.openaiboot.client.logging.ExchangeLog;
import org.openaiboot.client.observation.OpenAIMetrics;
import org.openaiboot.client.transport.Failures;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns the open response of a streaming call into a lazy {@link Stream} of its chunks,
 * read by an {@link EventSpliterator}. One per transport, holding what every stream of
 * it shares.
 * <p>
 * Internal; not part of the API.
 *
 * @param idleTimeout the longest wait for an event
 * @param limits the limits, of which the event size applies
 * @param jsonMapper reads the chunks
 * @param failures turns failures into exceptions
 * @param errors turns error events into exceptions
 * @param metrics records the time to the first chunk and the tokens the chunks tell
 * @param log logs each event at {@code TRACE} when responses are logged
 */
public record EventStreams(Duration idleTimeout, ResponseLimits limits, JsonMapper jsonMapper, Failures failures,
		ApiExceptionMapper errors, OpenAIMetrics metrics, ExchangeLog log) {

	/**
	 * Read the chunks of an open response. Closing the stream closes the response and
	 * stops the observation.
	 * @param response the open response, its status not an error
	 * @param observation the call's observation
	 * @param call the call, for its metrics
	 * @param sentAt when the call was sent, in {@link System#nanoTime()}
	 * @param chunkType the type of a chunk
	 * @param otherMembers the members of a chunk that its type does not name; an error
	 * sent as a plain event is read as a chunk with an {@code error} member
	 * @param end how the stream ends
	 * @return the chunks
	 * @throws IOException if the body cannot be opened
	 */
	public <T> Stream<T> open(ClientHttpResponse response, Observation observation, ApiCall call, long sentAt,
			Class<T> chunkType, Function<T, Map<String, ?>> otherMembers, StreamEnd end) throws IOException {
		EventSpliterator<T> events = new EventSpliterator<>(this, response, observation, call, sentAt, chunkType,
				otherMembers, end);
		return StreamSupport.stream(events, false).onClose(events::close);
	}

}
