package org.openaiboot.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor, and the server's own cost: pre-built request bytes written to one kept-alive
 * socket, the response skipped by reading its headers and then Content-Length bytes (or
 * the chunks of a stream), nothing decoded. Run against both server implementations to
 * choose the faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class SocketFloorBenchmark {

	@Param({ "SOCKET", "JDK" })
	public LoopbackServer.Kind server;

	private LoopbackServer loopback;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	private byte[] chat;

	private byte[] stream;

	private byte[] responseStream;

	private byte[] embeddings;

	private byte[] models;

	private final byte[] skip = new byte[64 * 1024];

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.loopback = LoopbackServer.start(this.server);
		this.socket = new Socket(InetAddress.getLoopbackAddress(), this.loopback.port());
		this.socket.setTcpNoDelay(true);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
		this.out = this.socket.getOutputStream();
		this.chat = post("/v1/chat/completions", Fixtures.MAPPER.writeValueAsBytes(Fixtures.CHAT));
		this.stream = post("/v1/chat/completions", Fixtures.MAPPER.writeValueAsBytes(Fixtures.STREAM));
		this.responseStream = post("/v1/responses", Fixtures.MAPPER.writeValueAsBytes(Fixtures.RESPONSE_STREAM));
		this.embeddings = post("/v1/embeddings", Fixtures.MAPPER.writeValueAsBytes(Fixtures.EMBEDDINGS_FLOAT));
		this.models = Payloads.utf8("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1:" + this.loopback.port()
				+ "\r\nAuthorization: Bearer sk-benchmark\r\nAccept: application/json\r\n\r\n");
	}

	private byte[] post(String path, byte[] json) {
		byte[] head = Payloads.utf8("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.loopback.port()
				+ "\r\nAuthorization: Bearer sk-benchmark\r\nContent-Type: application/json\r\nAccept: application/json"
				+ "\r\nContent-Length: " + json.length + "\r\n\r\n");
		byte[] request = new byte[head.length + json.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(json, 0, request, head.length, json.length);
		return request;
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		System.out.println("SERVER " + this.loopback.counts());
		this.socket.close();
		this.loopback.close();
	}

	@Benchmark
	public long chat() throws IOException {
		return exchange(this.chat);
	}

	@Benchmark
	public long embeddingsFloat() throws IOException {
		return exchange(this.embeddings);
	}

	@Benchmark
	public long stream() throws IOException {
		return exchange(this.stream);
	}

	@Benchmark
	public long responseStream() throws IOException {
		return exchange(this.responseStream);
	}

	@Benchmark
	public long models() throws IOException {
		return exchange(this.models);
	}

	private long exchange(byte[] request) throws IOException {
		this.out.write(request);
		this.out.flush();
		long length = -1;
		boolean chunked = false;
		String line;
		while (!(line = readLine()).isEmpty()) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				String name = line.substring(0, colon);
				if (name.equalsIgnoreCase("content-length")) {
					length = Long.parseLong(line.substring(colon + 1).trim());
				}
				else if (name.equalsIgnoreCase("transfer-encoding")) {
					chunked = true;
				}
			}
		}
		if (!chunked) {
			skipFully(length);
			return length;
		}
		long total = 0;
		while (true) {
			long size = Long.parseLong(readLine().trim(), 16);
			if (size == 0) {
				readLine();
				return total;
			}
			skipFully(size + 2);
			total += size;
		}
	}

	private void skipFully(long length) throws IOException {
		long left = length;
		while (left > 0) {
			int read = this.in.read(this.skip, 0, (int) Math.min(left, this.skip.length));
			if (read < 0) {
				throw new IOException("closed");
			}
			left -= read;
		}
	}

	private final StringBuilder line = new StringBuilder(128);

	private String readLine() throws IOException {
		this.line.setLength(0);
		int b;
		while ((b = this.in.read()) != '\n') {
			if (b < 0) {
				throw new IOException("closed");
			}
			if (b != '\r') {
				this.line.append((char) b);
			}
		}
		return this.line.toString();
	}

}
