package org.openaiboot.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The server of {@link ConcurrentStreamsMain}, run in a JVM of its own (see
 * {@link StreamingServerProcess}) so that its heap, threads and virtual-thread events are
 * not counted with the client's: an HTTP/1.1 server on 127.0.0.1 (port 0, backlog 4096,
 * keep-alive) that answers {@code POST .../chat/completions} with {@code "stream":true} by
 * {@link #CHUNKS} chat-completion chunks of {@link Payloads} ({@code text/event-stream},
 * chunked framing, one pre-encoded write per event), {@link #INTERVAL_MILLIS} ms apart,
 * then {@code data: [DONE]} another interval later; anything else gets a 404.
 * <p>
 * One virtual thread per connection, so thousands of open streams cost a few KB each; the
 * writes of a stream keep to a fixed schedule from its first chunk, and how late they run
 * behind it (the server starved of CPU) is reported with the counts of connections. Its
 * standard input takes {@code reset} (start counting a new round) and {@code stats}
 * (answered by one line on standard output, see {@link StreamingServerProcess}); it exits
 * when its standard input closes.
 */
public final class StreamingServer {

	/** Chunks per stream, {@code [DONE]} not counted. */
	static final int CHUNKS = 40;

	/** Time between two events of a stream. */
	static final long INTERVAL_MILLIS = 25;

	private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);

	private static final byte[] NOT_FOUND = Payloads.utf8("HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n"
			+ "content-length: 2\r\n\r\n{}");

	/** The writes of a stream: the headers with chunk 0, chunks 1 to 39, then [DONE] with the last HTTP chunk. */
	private static final byte[][] WRITES = writes();

	private final ServerSocket serverSocket;

	private final ThreadFactory connections = VirtualThreads.factory("stream-conn-");

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger peak = new AtomicInteger();

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong streams = new AtomicLong();

	private final AtomicLong lagMaxNanos = new AtomicLong();

	private final AtomicLong lagSumNanos = new AtomicLong();

	private final AtomicLong writes = new AtomicLong();

	private StreamingServer() throws IOException {
		this.serverSocket = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress());
	}

	public static void main(String[] args) throws Exception {
		if (!VirtualThreads.available()) {
			System.err.println("StreamingServer needs JDK 21+ for virtual threads");
			System.exit(2);
		}
		StreamingServer server = new StreamingServer();
		Thread acceptor = new Thread(server::accept, "stream-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		System.out.println("PORT " + server.serverSocket.getLocalPort());
		System.out.flush();
		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String command;
		while ((command = commands.readLine()) != null) {
			System.out.println(server.command(command.strip()));
			System.out.flush();
		}
		server.serverSocket.close();
		System.exit(0);
	}

	private static byte[][] writes() {
		List<String> all = Payloads.streamEvents();
		List<String> events = new ArrayList<>(all.subList(0, CHUNKS - 1));
		events.add(all.get(all.size() - 2)); // the chunk with "finish_reason":"stop"
		events.add(all.get(all.size() - 1)); // data: [DONE]
		byte[][] writes = new byte[events.size()][];
		for (int i = 0; i < events.size(); i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
			if (i == 0) {
				out.writeBytes(Payloads.utf8("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
						+ "transfer-encoding: chunked\r\ncache-control: no-cache\r\n"
						+ "x-request-id: req_0123456789abcdef0123456789abcdef\r\nopenai-processing-ms: 98\r\n\r\n"));
			}
			byte[] event = Payloads.utf8(events.get(i));
			out.writeBytes(Payloads.utf8(Integer.toHexString(event.length) + "\r\n"));
			out.writeBytes(event);
			out.writeBytes(Payloads.utf8("\r\n"));
			if (i == CHUNKS) {
				out.writeBytes(Payloads.utf8("0\r\n\r\n"));
			}
			writes[i] = out.toByteArray();
		}
		return writes;
	}

	private String command(String command) {
		switch (command) {
			case "reset":
				this.peak.set(this.open.get());
				this.lagMaxNanos.set(0);
				this.lagSumNanos.set(0);
				this.writes.set(0);
				return "OK";
			case "stats":
				long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getProcessCpuTime();
				return "STATS " + this.open.get() + " " + this.peak.get() + " " + this.accepted.get() + " "
						+ this.streams.get() + " " + cpu + " " + this.lagMaxNanos.get() + " " + this.lagSumNanos.get()
						+ " " + this.writes.get();
			default:
				return "ERROR unknown command " + command;
		}
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				socket.setTcpNoDelay(true);
				this.accepted.incrementAndGet();
				int now = this.open.incrementAndGet();
				this.peak.accumulateAndGet(now, Math::max);
				this.connections.newThread(() -> serve(socket)).start();
			}
			catch (IOException ex) {
				// closed, or out of file descriptors: the client sees the failure
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			RequestReader reader = new RequestReader(in);
			while (true) {
				RequestReader.Request request = reader.next();
				if (request == null) {
					return;
				}
				if (request.path().endsWith("/chat/completions") && request.streamed()) {
					stream(out);
					this.streams.incrementAndGet();
				}
				else {
					out.write(NOT_FOUND);
				}
				if (request.close()) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
		finally {
			this.open.decrementAndGet();
		}
	}

	private void stream(OutputStream out) throws IOException {
		long start = System.nanoTime();
		out.write(WRITES[0]);
		for (int i = 1; i < WRITES.length; i++) {
			long due = start + i * INTERVAL_NANOS;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			long lag = -wait;
			this.lagSumNanos.addAndGet(lag);
			this.lagMaxNanos.accumulateAndGet(lag, Math::max);
			this.writes.incrementAndGet();
			out.write(WRITES[i]);
		}
	}

	/**
	 * Reads the HTTP/1.1 requests of one connection: request line, headers, and a body by
	 * {@code Content-Length} or chunked.
	 */
	static final class RequestReader {

		record Request(String path, boolean streamed, boolean close) {
		}

		private final InputStream in;

		private final byte[] buffer = new byte[8192];

		private int position;

		private int limit;

		private final StringBuilder line = new StringBuilder(128);

		RequestReader(InputStream in) {
			this.in = in;
		}

		/** The next request, or {@code null} when the client closed the connection. */
		Request next() throws IOException {
			String requestLine;
			do {
				requestLine = readLine();
				if (requestLine == null) {
					return null;
				}
			}
			while (requestLine.isEmpty());
			long length = 0;
			boolean chunked = false;
			boolean close = false;
			String header;
			while ((header = readLine()) != null && !header.isEmpty()) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = header.substring(0, colon).trim();
				String value = header.substring(colon + 1).trim();
				if (name.equalsIgnoreCase("content-length")) {
					length = Long.parseLong(value);
				}
				else if (name.equalsIgnoreCase("transfer-encoding")) {
					chunked = value.equalsIgnoreCase("chunked");
				}
				else if (name.equalsIgnoreCase("connection")) {
					close = value.equalsIgnoreCase("close");
				}
			}
			if (header == null) {
				return null;
			}
			String body = chunked ? readChunked() : readBody(length);
			String[] parts = requestLine.split(" ");
			String path = (parts.length > 1) ? parts[1] : "";
			int query = path.indexOf('?');
			path = (query >= 0) ? path.substring(0, query) : path;
			boolean streamed = "POST".equals(parts[0]) && body.replace(" ", "").contains("\"stream\":true");
			return new Request(path, streamed, close);
		}

		private String readChunked() throws IOException {
			StringBuilder body = new StringBuilder();
			while (true) {
				String size = readLine();
				if (size == null) {
					throw new IOException("Truncated chunked body");
				}
				int semicolon = size.indexOf(';');
				long length = Long.parseLong(((semicolon >= 0) ? size.substring(0, semicolon) : size).trim(), 16);
				if (length == 0) {
					String trailer;
					while ((trailer = readLine()) != null && !trailer.isEmpty()) {
						// trailers
					}
					return body.toString();
				}
				body.append(readBody(length));
				readLine();
			}
		}

		private String readBody(long length) throws IOException {
			byte[] body = new byte[Math.toIntExact(length)];
			int read = 0;
			while (read < body.length) {
				if (this.position == this.limit && !fill()) {
					throw new IOException("Truncated body");
				}
				int count = Math.min(body.length - read, this.limit - this.position);
				System.arraycopy(this.buffer, this.position, body, read, count);
				this.position += count;
				read += count;
			}
			return new String(body, StandardCharsets.UTF_8);
		}

		private String readLine() throws IOException {
			this.line.setLength(0);
			while (true) {
				if (this.position == this.limit && !fill()) {
					return (this.line.length() == 0) ? null : this.line.toString();
				}
				byte b = this.buffer[this.position++];
				if (b == '\n') {
					int end = this.line.length();
					if (end > 0 && this.line.charAt(end - 1) == '\r') {
						this.line.setLength(end - 1);
					}
					return this.line.toString();
				}
				this.line.append((char) (b & 0xff));
			}
		}

		private boolean fill() throws IOException {
			int count = this.in.read(this.buffer);
			if (count <= 0) {
				return false;
			}
			this.position = 0;
			this.limit = count;
			return true;
		}

	}

}
