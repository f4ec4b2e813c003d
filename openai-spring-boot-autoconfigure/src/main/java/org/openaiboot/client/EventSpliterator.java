package org.openaiboot.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns the events of an open streaming response into chunks, one per {@code data}
 * event, until {@code [DONE]}. Closing it closes the response; closing it before the end
 * drops the connection rather than reading the rest of the stream.
 */
final class EventSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

	private final ClientHttpResponse response;

	private final ServerSentEventReader reader;

	private final OpenStream stream;

	private final JsonMapper jsonMapper;

	private final Failures failures;

	private final Class<T> chunkType;

	private final Function<T, Map<String, ?>> otherMembers;

	private final Consumer<T> onFirst;

	private final StreamEnd end;

	private boolean started;

	/** No more chunks will be read. */
	private boolean done;

	/** The stream was read to its {@code [DONE]}. */
	private boolean complete;

	/**
	 * Read the chunks of a stream.
	 * @param response the open response
	 * @param observation the call's observation, stopped when the stream is closed
	 * @param idleTimeout the longest wait for an event
	 * @param limits the limits, of which the event size applies
	 * @param jsonMapper reads the chunks
	 * @param failures turns failures into exceptions
	 * @param chunkType the type of a chunk
	 * @param otherMembers the members of a chunk that its type does not name; an error
	 * sent as a plain event is read as a chunk with an {@code error} member
	 * @param onFirst called with the first chunk
	 */
	EventSpliterator(ClientHttpResponse response, Observation observation, Duration idleTimeout, ResponseLimits limits,
			JsonMapper jsonMapper, Failures failures, Class<T> chunkType, Function<T, Map<String, ?>> otherMembers,
			Consumer<T> onFirst, StreamEnd end) throws IOException {
		super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
		this.response = response;
		this.reader = new ServerSentEventReader(response.getBody(), (int) limits.maxEventSize().toBytes());
		this.stream = OpenStream.watch(this, response, observation, idleTimeout);
		this.jsonMapper = jsonMapper;
		this.failures = failures;
		this.chunkType = chunkType;
		this.otherMembers = otherMembers;
		this.onFirst = onFirst;
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
				this.onFirst.accept(chunk);
			}
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
			return this.reader.next();
		}
		finally {
			this.stream.received();
		}
	}

	private RuntimeException ioException(IOException ex) {
		if (this.stream.isIdleExpired()) {
			return new OpenAITimeoutException(this.stream.idleTimeoutMessage("stream event"), ex);
		}
		return this.failures.io(ex, null);
	}

	// Parsed first and checked for an error member after, as the API's SDKs do: scanning
	// every event's text for "error" beforehand would cost more than the check.
	private T parse(ServerSentEvent event) throws IOException {
		if ("error".equals(event.event())) {
			throw this.failures.streamError(event, this.response);
		}
		T chunk;
		try {
			chunk = this.jsonMapper.readValue(event.data(), this.chunkType);
		}
		catch (StreamConstraintsException ex) {
			throw this.failures.tooLarge(ex);
		}
		catch (JacksonException ex) {
			if (this.failures.parseError(event.data()) != null) {
				throw this.failures.streamError(event, this.response);
			}
			throw unreadable(event, ex);
		}
		if (chunk == null) {
			throw unreadable(event, null);
		}
		if (this.otherMembers.apply(chunk).get("error") != null) {
			throw this.failures.streamError(event, this.response);
		}
		return chunk;
	}

	private OpenAIResponseException unreadable(ServerSentEvent event, @Nullable JacksonException cause)
			throws IOException {
		return this.failures.unreadable("A stream event could not be read as " + this.chunkType.getSimpleName(),
				this.response, event.text(), cause);
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
