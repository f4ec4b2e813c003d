package org.openaiboot.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What the client JVM holds while one round's streams are open: a platform thread samples
 * the used heap every {@link #PERIOD_MILLIS} ms (the peak of which includes garbage not yet
 * collected), the JVM's own peak of live platform threads (virtual threads are not counted
 * by {@link ThreadMXBean}), and, from the collector's notifications, the most heap any
 * collection left behind during the round (closer to what the open streams retain) with
 * the number of stop-the-world collections and their total time.
 */
final class RoundSampler implements AutoCloseable {

	static final long PERIOD_MILLIS = 100;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final Thread thread;

	private final NotificationListener listener = this::collected;

	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

	private volatile boolean running = true;

	private volatile long peakHeapUsed;

	private volatile long maxHeapAfterGc = -1;

	private volatile int pauses;

	private volatile long pauseMillis;

	RoundSampler() {
		THREADS.resetPeakThreadCount();
		for (GarbageCollectorMXBean collector : this.collectors) {
			((NotificationEmitter) collector).addNotificationListener(this.listener, null, null);
		}
		this.thread = new Thread(this::sample, "round-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** The used heap after two full collections, to measure a round from. */
	static long baselineHeap() throws InterruptedException {
		System.gc();
		Thread.sleep(100);
		System.gc();
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	private void sample() {
		while (this.running) {
			this.peakHeapUsed = Math.max(this.peakHeapUsed, MEMORY.getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(PERIOD_MILLIS);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void collected(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		if (info.getGcName().contains("Concurrent")) {
			return; // a concurrent cycle's duration is not a pause, and its heap figures lag
		}
		long after = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (HEAP_POOLS.contains(pool.getKey())) {
				after += pool.getValue().getUsed();
			}
		}
		synchronized (this) {
			this.maxHeapAfterGc = Math.max(this.maxHeapAfterGc, after);
			this.pauses++;
			this.pauseMillis += info.getGcInfo().getDuration();
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.peakHeapUsed = Math.max(this.peakHeapUsed, MEMORY.getHeapMemoryUsage().getUsed());
		for (GarbageCollectorMXBean collector : this.collectors) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this.listener);
			}
			catch (ListenerNotFoundException ex) {
				// not added
			}
		}
	}

	long peakHeapUsed() {
		return this.peakHeapUsed;
	}

	/** The most heap a collection during the round left behind, or -1 when none ran. */
	synchronized long maxHeapAfterGc() {
		return this.maxHeapAfterGc;
	}

	synchronized int pauses() {
		return this.pauses;
	}

	synchronized long pauseMillis() {
		return this.pauseMillis;
	}

	/**
	 * CPU time the whole machine has spent busy (all processes, the kernel included) from
	 * {@code /proc/stat}, or -1 where there is none.
	 */
	static long machineBusyNanos() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < fields.length && i <= 8; i++) {
				if (i != 4 && i != 5) { // idle and iowait
					busy += Long.parseLong(fields[i]);
				}
			}
			return busy * 10_000_000L; // USER_HZ is 100 on Linux
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The most live platform threads at once since this sampler started. */
	int peakPlatformThreads() {
		return THREADS.getPeakThreadCount();
	}

}
