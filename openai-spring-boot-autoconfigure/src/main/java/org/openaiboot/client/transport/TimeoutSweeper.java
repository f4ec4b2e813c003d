package org.openaiboot.client.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one thread that fires the deadlines of calls and the idle timeouts of streams, for
 * every transport of the JVM, and gives back the connections of responses collected
 * unclosed: a daemon, started when first needed, that checks what it watches every
 * {@value #TICK_MILLIS} ms and sleeps while it watches nothing (an open response is
 * watched until it is closed).
 * <p>
 * Watching costs a call an entry in a concurrent set, not a task in a scheduled
 * executor: with thousands of calls starting at once, the executor's one lock had
 * hundreds of threads queued on it. A timeout fires up to one tick late.
 */
final class TimeoutSweeper {

	static final long TICK_MILLIS = 50;

	private static final Log logger = LogFactory.getLog(TimeoutSweeper.class);

	private static final Set<Watched> watched = ConcurrentHashMap.newKeySet();

	private static final Thread thread = start();

	private static volatile boolean idle;

	private TimeoutSweeper() {
	}

	static void watch(Watched item) {
		watched.add(item);
		if (idle) {
			LockSupport.unpark(thread);
		}
	}

	static void unwatch(Watched item) {
		watched.remove(item);
	}

	private static Thread start() {
		Thread sweeper = new Thread(TimeoutSweeper::sweep, "openai-timeouts");
		sweeper.setDaemon(true);
		sweeper.start();
		return sweeper;
	}

	private static void sweep() {
		while (true) {
			if (watched.isEmpty()) {
				idle = true;
				// checked again: an item added before idle was set did not unpark this thread
				if (watched.isEmpty()) {
					LockSupport.park();
				}
				idle = false;
				continue;
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
			OpenStream.reclaimCollected();
			long now = System.nanoTime();
			for (Watched item : watched) {
				try {
					if (!item.check(now)) {
						watched.remove(item);
					}
				}
				catch (RuntimeException ex) {
					watched.remove(item);
					logger.warn("Failed to end a timed-out OpenAI call or stream", ex);
				}
			}
		}
	}

	/**
	 * Something with a time limit.
	 */
	interface Watched {

		/**
		 * Act if the time limit has passed.
		 * @param now the current {@link System#nanoTime()}
		 * @return whether to go on watching
		 */
		boolean check(long now);

	}

}
