package org.openaiboot.benchmarks;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StreamingServer} in a child JVM (the same {@code java} and class path), and the
 * line protocol on its standard input and output that resets and reads its counts.
 */
final class StreamingServerProcess implements Closeable {

	/**
	 * The server's counts: connections open now, the most open at once since the last
	 * {@link #reset()}, connections accepted and streams answered since it started, its
	 * process CPU time, and how late its writes ran behind their schedule since the last
	 * reset (most and total, over that many writes).
	 */
	record Stats(int open, int peak, long accepted, long streams, long cpuNanos, long lagMaxNanos, long lagSumNanos,
			long writes) {

		double lagMeanMillis() {
			return (this.writes > 0) ? this.lagSumNanos / 1e6 / this.writes : 0;
		}

	}

	private final Process process;

	private final PrintStream commands;

	private final BufferedReader answers;

	private final int port;

	private StreamingServerProcess(Process process) throws IOException {
		this.process = process;
		this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
		this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String first = this.answers.readLine();
		if (first == null || !first.startsWith("PORT ")) {
			process.destroyForcibly();
			throw new IOException("The streaming server did not start: " + first);
		}
		this.port = Integer.parseInt(first.substring(5).strip());
	}

	/**
	 * Start a server in a new JVM.
	 * @param jvmOptions options of the child JVM, such as {@code -Xmx1g}
	 * @return the running server
	 * @throws IOException if it did not start
	 */
	static StreamingServerProcess start(String... jvmOptions) throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), StreamingServer.class.getName()));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		return new StreamingServerProcess(process);
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port + "/v1";
	}

	/** Start a round: the peak of open connections restarts from those open now, the lag from zero. */
	synchronized void reset() throws IOException {
		String answer = ask("reset");
		if (!"OK".equals(answer)) {
			throw new IOException("Unexpected answer to reset: " + answer);
		}
	}

	synchronized Stats stats() throws IOException {
		String answer = ask("stats");
		String[] parts = (answer != null) ? answer.split(" ") : new String[0];
		if (parts.length != 9 || !parts[0].equals("STATS")) {
			throw new IOException("Unexpected answer to stats: " + answer);
		}
		return new Stats(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Long.parseLong(parts[3]),
				Long.parseLong(parts[4]), Long.parseLong(parts[5]), Long.parseLong(parts[6]), Long.parseLong(parts[7]),
				Long.parseLong(parts[8]));
	}

	private String ask(String command) throws IOException {
		this.commands.println(command);
		return this.answers.readLine();
	}

	@Override
	public void close() throws IOException {
		this.commands.close();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
