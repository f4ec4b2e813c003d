package org.openaiboot.client.ratelimit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import org.junit.jupiter.api.Assumptions;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real {@code redis-server} on a free loopback port, without persistence, in a
 * directory of its own; the test that needs it is skipped where Redis is not installed.
 */
public final class RedisServer implements AutoCloseable {

	private final Path directory;

	private final int port;

	private Process process;

	private RedisServer(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	public static RedisServer start() throws IOException, InterruptedException {
		Assumptions.assumeTrue(installed(),
				"redis-server is not installed (apt-get install redis-server): the shared budget is not tested");
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		RedisServer server = new RedisServer(Files.createTempDirectory("redis"), port);
		server.startProcess();
		return server;
	}

	private static boolean installed() {
		try {
			Process version = new ProcessBuilder("redis-server", "--version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	public int port() {
		return this.port;
	}

	public void startProcess() throws IOException, InterruptedException {
		this.process = new ProcessBuilder("redis-server", "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--dir", this.directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("redis.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!accepts()) {
			if (System.nanoTime() > deadline || !this.process.isAlive()) {
				throw new IllegalStateException(
						"redis-server did not start: " + Files.readString(this.directory.resolve("redis.log")));
			}
			Thread.sleep(20);
		}
	}

	public void stopProcess() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A connection factory to this server whose commands fail fast while it is down,
	 * rather than wait in Lettuce's queue for its reconnection.
	 */
	public LettuceConnectionFactory connectionFactory() {
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofMillis(500))
			.clientOptions(ClientOptions.builder()
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", this.port), client);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	@Override
	public void close() throws Exception {
		if (this.process != null && this.process.isAlive()) {
			stopProcess();
		}
		FileSystemUtils.deleteRecursively(this.directory);
	}

}
