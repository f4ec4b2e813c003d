package org.openaiboot.client.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.OpenAIResponseException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.transport.OpenStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns the events of an open streaming response into chunks, one per {@code data}
 * event, until the stream ends as its {@link StreamEnd} says. It records the time to the
 * first chunk and the tokens each chunk tells. Closing it closes the response; closing it before the end
 * drops the connection rather than reading the rest of the stream.
 */
final class EventSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

	private final ClientHttpResponse response;

	private final ServerSentEventReader reader;

	private final OpenStream stream;

	private final EventStreams streams;

	private final Observation observation;

	private final ApiCall call;

	private final long sentAt;

	private final Class<T> chunkType;

	private final Function<T, Map<String, ?>> otherMembers;

	private final StreamEnd end;

	private boolean started;

	/** No more chunks will be read. */
	private boolean done;

	/** The stream was read to its end. */
	private boolean complete;

	/**
	 * Read the chunks of a stream.
	 * @param streams what the streams of the transport share
	 * @param response the open response
	 * @param observation the call's observation, stopped when the stream is closed
	 * @param call the call, for the first-chunk and token metrics
	 * @param sentAt when the call was sent, in {@link System#nanoTime()}
	 * @param chunkType the type of a chunk
	 * @param otherMembers the members of a chunk that its type does not name; an error
	 * sent as a plain event is read as a chunk with an {@code error} member
	 * @param end how the stream ends
	 */
	EventSpliterator(EventStreams streams, ClientHttpResponse response, Observation observation, ApiCall call,
			long sentAt, Class<T> chunkType, Function<T, Map<String, ?>> otherMembers, StreamEnd end)
			throws IOException {
		super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
		this.response = response;
		this.reader = new ServerSentEventReader(response.getBody(), (int) streams.limits().maxEventSize().toBytes());
		this.stream = OpenStream.watch(this, response, observation, streams.idleTimeout());
		this.streams = streams;
		this.observation = observation;
		this.call = call;
		this.sentAt = sentAt;
		this.chunkType = chunkType;
		this.otherMembers = otherMembers;
		this.end = end;
	}

	@Override
	public boolean tryAdvance(Consumer<? super T> action) {
		if (this.done) {
			return false;
		}
		try {
			ServerSentEvent event = next();
			if (event == null && !this.end.bodyMayEnd()) {
				throw new OpenAIConnectionException("The event stream ended before [DONE]",
						new IOException("Premature end of the event stream"));
			}
			if (event == null || event.isDone()) {
				finish();
				return false;
			}
			T chunk = parse(event);
			if (!this.started) {
				this.started = true;
				Duration elapsed = Duration.ofNanos(System.nanoTime() - this.sentAt);
				this.streams.metrics().firstChunk(this.call, this.observation, elapsed);
			}
			this.streams.metrics().usage(this.call, chunk, this.observation);
			if (this.end.isLast(event)) {
				// nothing follows a terminal event: the stream is complete without reading on
				finish();
			}
			action.accept(chunk);
			return true;
		}
		catch (IOException ex) {
			throw fail(ioException(ex));
		}
		catch (RuntimeException ex) {
			throw fail(ex);
		}
	}

	// A loop of its own: the inherited one calls tryAdvance from code that every
	// spliterator of the application shares, a call the JIT cannot inline.
	@Override
	public void forEachRemaining(Consumer<? super T> action) {
		while (tryAdvance(action)) {
			// each call hands one chunk to the action
		}
	}

	private @Nullable ServerSentEvent next() throws IOException {
		this.stream.waiting();
		try {
			ServerSentEvent event = this.reader.next();
			if (event != null) {
				this.streams.log().event(event.event(), event.data());
			}
			return event;
		}
		finally {
			this.stream.received();
		}
	}

	private RuntimeException ioException(IOException ex) {
		if (this.stream.isIdleExpired()) {
			return new OpenAITimeoutException(this.stream.idleTimeoutMessage("stream event"), ex);
		}
		return this.streams.failures().io(ex, null);
	}

	// Parsed first and checked for an error member after, as the API's SDKs do: scanning
	// every event's text for "error" beforehand would cost more than the check.
	private T parse(ServerSentEvent event) throws IOException {
		if ("error".equals(event.event())) {
			throw this.streams.errors().streamError(event.data(), this.response);
		}
		T chunk;
		try {
			chunk = this.streams.jsonMapper().readValue(event.data(), this.chunkType);
		}
		catch (StreamConstraintsException ex) {
			throw this.streams.failures().tooLarge(ex);
		}
		catch (JacksonException ex) {
			if (this.streams.errors().parseError(event.data()) != null) {
				throw this.streams.errors().streamError(event.data(), this.response);
			}
			throw unreadable(event, ex);
		}
		if (chunk == null) {
			throw unreadable(event, null);
		}
		if (this.otherMembers.apply(chunk).get("error") != null) {
			throw this.streams.errors().streamError(event.data(), this.response);
		}
		return chunk;
	}

	private OpenAIResponseException unreadable(ServerSentEvent event, @Nullable JacksonException cause)
			throws IOException {
		String problem = "A stream event could not be read as " + this.chunkType.getSimpleName();
		return this.streams.failures().unreadable(problem, this.response, event.text(), cause);
	}

	private void finish() {
		this.done = true;
		this.complete = true;
		this.stream.close(true);
	}

	private RuntimeException fail(RuntimeException ex) {
		this.done = true;
		this.stream.fail(ex);
		return ex;
	}

	void close() {
		this.stream.close(this.complete);
	}

}
