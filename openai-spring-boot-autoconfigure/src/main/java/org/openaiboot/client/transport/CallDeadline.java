package org.openaiboot.client.transport;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The time limit of one whole call, its attempts and the waits between them included. A
 * read timeout applies to each read only, so a server that sends a byte now and then
 * would otherwise hold the caller forever.
 * <p>
 * When the limit passes, the attempt in flight is aborted: through the action the HTTP
 * engine or the transport registered with {@link #onExpiry(Runnable)} (dropping the
 * connection unblocks the caller's read), or, when there is none, by interrupting the
 * caller's thread, which the JDK's {@code HttpClient} answers while it waits for the
 * response. An interrupt the deadline caused is cleared when the call ends.
 * <p>
 * The deadline of the call on the current thread is available to the engine through
 * {@link #current()}.
 * <p>
 * Internal; not part of the API.
 */
public final class CallDeadline implements AutoCloseable, TimeoutSweeper.Watched {

	private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();

	private final Duration timeout;

	private final long deadline;

	private final Thread caller;

	private final @Nullable CallDeadline outer;

	private volatile boolean expired;

	// guarded by this
	private @Nullable Runnable abort;

	private boolean interrupted;

	private boolean closed;

	private CallDeadline(Duration timeout) {
		this.timeout = timeout;
		this.deadline = System.nanoTime() + timeout.toNanos();
		this.caller = Thread.currentThread();
		this.outer = CURRENT.get();
		CURRENT.set(this);
		TimeoutSweeper.watch(this);
	}

	/**
	 * Start the deadline of a call on the current thread.
	 * @param timeout the time the call may take
	 * @return the deadline, to close when the call ends
	 */
	public static CallDeadline start(Duration timeout) {
		return new CallDeadline(timeout);
	}

	/**
	 * The deadline of the call running on the current thread.
	 * @return the deadline, or {@code null} outside a call
	 */
	static @Nullable CallDeadline current() {
		return CURRENT.get();
	}

	/**
	 * Set how to abort the attempt in flight, replacing the previous action. Runs it at
	 * once if the deadline has already passed.
	 * @param abort drops the attempt's connection; {@code null} while there is none
	 */
	public void onExpiry(@Nullable Runnable abort) {
		synchronized (this) {
			if (!this.expired) {
				this.abort = abort;
				return;
			}
		}
		if (abort != null) {
			abort.run();
		}
	}

	/**
	 * Whether the deadline has passed, even if the sweeper has not yet acted on it: an
	 * engine's own timer may have ended the attempt a moment before.
	 * @return whether the call is out of time
	 */
	boolean isExpired() {
		return this.expired || this.deadline - System.nanoTime() <= 0;
	}

	Duration timeout() {
		return this.timeout;
	}

	/**
	 * The time left before the deadline.
	 * @return the time left, zero or negative once it has passed
	 */
	Duration remaining() {
		return Duration.ofNanos(this.deadline - System.nanoTime());
	}

	@Override
	public boolean check(long now) {
		if (now - this.deadline < 0) {
			return true;
		}
		expire();
		return false;
	}

	private void expire() {
		Runnable action;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.expired = true;
			action = this.abort;
			if (action == null) {
				this.interrupted = true;
				this.caller.interrupt();
			}
		}
		if (action != null) {
			action.run();
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			if (this.interrupted) {
				Thread.interrupted();
			}
		}
		TimeoutSweeper.unwatch(this);
		if (this.outer != null) {
			CURRENT.set(this.outer);
		}
		else {
			CURRENT.remove();
		}
	}

}
