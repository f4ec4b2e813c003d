package org.openaiboot.client.transport;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.observation.Observation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.openaiboot.client.BinaryResponse;

import org.springframework.http.client.ClientHttpResponse;

/**
 * The connection of a response its caller reads as it arrives (a stream of events, or a
 * binary download): drops it when nothing arrives within the idle timeout while the caller
 * waits, and when the reader is garbage-collected without having been closed, which would
 * otherwise hold a pooled connection until the server ends the response. Closing it ends
 * the observation.
 * <p>
 * It holds no reference to the object that reads the stream, so that object can become
 * unreachable while this one is still watched.
 * <p>
 * Internal; not part of the API.
 */
public final class OpenStream implements TimeoutSweeper.Watched {

	private static final Log logger = LogFactory.getLog(OpenStream.class);

	/** Where the garbage collector puts the references of collected readers. */
	private static final ReferenceQueue<Object> collected = new ReferenceQueue<>();

	/** Keeps the references of the open responses' readers until they are closed. */
	private static final Set<ReaderReference> tracked = ConcurrentHashMap.newKeySet();

	private static final AtomicLong leaked = new AtomicLong();

	private final ClientHttpResponse response;

	private final Observation observation;

	private final long idleTimeout;

	private final ReaderReference readerReference;

	/** When the caller started waiting for the next event, or 0 while it is not waiting. */
	private volatile long waitingSince;

	private volatile boolean idleExpired;

	private final AtomicBoolean closed = new AtomicBoolean();

	private OpenStream(Object reader, ClientHttpResponse response, Observation observation, Duration idleTimeout) {
		this.response = response;
		this.observation = observation;
		this.idleTimeout = idleTimeout.toNanos();
		// a phantom reference in a concurrent set rather than a Cleaner, whose one list is a
		// monitor that thousands of streams opened at once would queue on
		this.readerReference = new ReaderReference(reader, this);
		tracked.add(this.readerReference);
	}

	/**
	 * Watch the connection of a stream.
	 * @param reader what reads the stream: when it becomes unreachable unclosed, the
	 * connection is dropped
	 * @param response the open response
	 * @param observation the call's observation, stopped on close
	 * @param idleTimeout the longest wait for an event
	 * @return the watched stream
	 */
	public static OpenStream watch(Object reader, ClientHttpResponse response, Observation observation,
			Duration idleTimeout) {
		OpenStream stream = new OpenStream(reader, response, observation, idleTimeout);
		TimeoutSweeper.watch(stream);
		return stream;
	}

	/** The caller starts waiting for the next event. */
	public void waiting() {
		this.waitingSince = System.nanoTime() | 1;
	}

	/** An event arrived, or the wait ended otherwise. */
	public void received() {
		this.waitingSince = 0;
	}

	/**
	 * Whether the connection was dropped because no event arrived in time.
	 * @return whether the idle timeout passed
	 */
	public boolean isIdleExpired() {
		return this.idleExpired;
	}

	/**
	 * Describe the idle timeout that passed.
	 * @param what what did not arrive, such as {@code stream event}
	 * @return the message for the exception
	 */
	public String idleTimeoutMessage(String what) {
		return "No " + what + " arrived within the idle timeout of " + Duration.ofNanos(this.idleTimeout)
				+ " (openai.stream-idle-timeout)";
	}

	@Override
	public boolean check(long now) {
		long since = this.waitingSince;
		if (this.closed.get()) {
			return false;
		}
		if (since != 0 && now - since >= this.idleTimeout) {
			this.idleExpired = true;
			ConnectionAborter.abort(this.response);
			return false;
		}
		return true;
	}

	/**
	 * Close the connection and stop the observation.
	 * @param complete whether the stream was read to its end: if not, the connection is
	 * dropped rather than drained
	 */
	public void close(boolean complete) {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		TimeoutSweeper.unwatch(this);
		tracked.remove(this.readerReference);
		this.readerReference.clear();
		try {
			if (!complete) {
				ConnectionAborter.abort(this.response);
			}
			this.response.close();
		}
		finally {
			this.observation.stop();
		}
	}

	/**
	 * Record the failure that ended the stream, and drop its connection.
	 * @param ex the failure
	 */
	public void fail(Throwable ex) {
		if (!this.closed.get()) {
			this.observation.error(ex);
		}
		close(false);
	}

	/**
	 * Drop the connections of the responses whose readers were garbage-collected
	 * unclosed. Called by the {@link TimeoutSweeper}, which runs while any response is
	 * open.
	 */
	static void reclaimCollected() {
		for (Reference<?> reference = collected.poll(); reference != null; reference = collected.poll()) {
			ReaderReference reader = (ReaderReference) reference;
			tracked.remove(reader);
			reader.stream.leaked();
		}
	}

	private void leaked() {
		if (this.closed.get()) {
			return;
		}
		long count = leaked.incrementAndGet();
		logger.warn("An OpenAI stream or BinaryResponse was garbage-collected without being closed (" + count
				+ " so far); its connection is dropped now. Close them, best with try-with-resources.");
		close(false);
	}

	/**
	 * Tells when the reader of a response has been garbage-collected.
	 */
	private static final class ReaderReference extends PhantomReference<Object> {

		private final OpenStream stream;

		ReaderReference(Object reader, OpenStream stream) {
			super(reader, collected);
			this.stream = stream;
		}

	}

}
