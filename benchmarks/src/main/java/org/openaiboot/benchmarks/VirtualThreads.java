package org.openaiboot.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads for code compiled with {@code --release 17}: {@code Thread.ofVirtual()}
 * and {@code Executors.newVirtualThreadPerTaskExecutor()} reached through method handles,
 * so that the benchmarks module still compiles (and says why it skips) on JDK 17.
 */
final class VirtualThreads {

	private static final MethodHandle OF_VIRTUAL;

	private static final MethodHandle NAME;

	private static final MethodHandle FACTORY;

	private static final MethodHandle PER_TASK_EXECUTOR;

	static {
		MethodHandle ofVirtual = null;
		MethodHandle name = null;
		MethodHandle factory = null;
		MethodHandle perTask = null;
		if (Runtime.version().feature() >= 21) {
			try {
				MethodHandles.Lookup lookup = MethodHandles.publicLookup();
				Class<?> builder = Class.forName("java.lang.Thread$Builder");
				Class<?> ofVirtualType = Class.forName("java.lang.Thread$Builder$OfVirtual");
				ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtualType));
				name = lookup.findVirtual(ofVirtualType, "name",
						MethodType.methodType(ofVirtualType, String.class, long.class));
				factory = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
				perTask = lookup.findStatic(java.util.concurrent.Executors.class, "newVirtualThreadPerTaskExecutor",
						MethodType.methodType(ExecutorService.class));
			}
			catch (ReflectiveOperationException ex) {
				ofVirtual = null;
			}
		}
		OF_VIRTUAL = ofVirtual;
		NAME = name;
		FACTORY = factory;
		PER_TASK_EXECUTOR = perTask;
	}

	private VirtualThreads() {
	}

	/** Whether this JDK has virtual threads as a final feature (21 or later). */
	static boolean available() {
		return OF_VIRTUAL != null;
	}

	/**
	 * A factory of virtual threads named {@code prefix0}, {@code prefix1}, ...
	 * @param prefix the start of each thread's name
	 * @return the factory
	 */
	static ThreadFactory factory(String prefix) {
		check();
		try {
			Object builder = OF_VIRTUAL.invoke();
			builder = NAME.invoke(builder, prefix, 0L);
			return (ThreadFactory) FACTORY.invoke(builder);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Cannot build a virtual thread factory", ex);
		}
	}

	/** {@code Executors.newVirtualThreadPerTaskExecutor()}. */
	static ExecutorService perTaskExecutor() {
		check();
		try {
			return (ExecutorService) PER_TASK_EXECUTOR.invoke();
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Cannot build a virtual thread executor", ex);
		}
	}

	private static void check() {
		if (!available()) {
			throw new IllegalStateException("Virtual threads need JDK 21 or later, this is "
					+ System.getProperty("java.version"));
		}
	}

}
