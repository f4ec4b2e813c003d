package org.openaiboot.client;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that fires the deadlines of calls and the idle timeouts of streams, for
 * every transport of the JVM: a daemon, started when first needed. Its tasks only drop
 * connections, which does not block.
 */
final class TimeoutScheduler {

	private TimeoutScheduler() {
	}

	static ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
		return Holder.EXECUTOR.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
	}

	private static final class Holder {

		static final ScheduledThreadPoolExecutor EXECUTOR = create();

		private static ScheduledThreadPoolExecutor create() {
			ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
				Thread thread = new Thread(task, "openai-timeouts");
				thread.setDaemon(true);
				return thread;
			});
			// most deadlines are cancelled long before they are due: do not keep them queued
			executor.setRemoveOnCancelPolicy(true);
			return executor;
		}

	}

}
