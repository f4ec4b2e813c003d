package org.openaiboot.client;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.client.transport.Failures;

import org.springframework.util.Assert;

/**
 * Fetches a job the API runs in the background until it reaches a final status, waiting
 * longer between fetches as it goes on (from half a second up to five), never past the
 * deadline.
 */
final class StatusPoller {

	private static final Duration FIRST_WAIT = Duration.ofMillis(500);

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

	private StatusPoller() {
	}

	/**
	 * Fetch a job until it is done.
	 * @param <T> the type of the job
	 * @param what what is awaited, for the messages (such as {@code "response resp_1"})
	 * @param fetch fetches the job's current state
	 * @param done whether a state is final
	 * @param timeout how long to wait at most
	 * @return the final state
	 * @throws PollingTimeoutException when the job is not done in time
	 */
	static <T> T await(String what, Supplier<T> fetch, Predicate<T> done, Duration timeout) {
		Assert.notNull(timeout, "timeout must not be null");
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), () -> "timeout must be positive but was " + timeout);
		long deadline = System.nanoTime() + timeout.toNanos();
		Duration wait = FIRST_WAIT;
		while (true) {
			T state = fetch.get();
			if (done.test(state)) {
				return state;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new PollingTimeoutException(
						"The " + what + " was not done within " + timeout + "; it goes on in the background", state);
			}
			sleep(what, Math.min(wait.toNanos(), left));
			wait = min(wait.multipliedBy(2), LONGEST_WAIT);
		}
	}

	private static void sleep(String what, long nanos) {
		try {
			Thread.sleep(Duration.ofNanos(nanos).toMillis(), (int) (nanos % 1_000_000));
		}
		catch (InterruptedException ex) {
			throw Failures.interrupted("Interrupted while waiting for the " + what, ex);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
