package org.openaiboot.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An in-process HTTP/1.1 server on 127.0.0.1 that answers with canned OpenAI payloads:
 * {@code POST .../chat/completions} (streamed when the body has {@code "stream":true}),
 * {@code POST .../responses} with {@code "stream":true} (the events of {@link ResponseStreamPayload}),
 * {@code POST .../embeddings} (base64 when the body asks {@code "encoding_format":"base64"},
 * JSON numbers otherwise) and {@code GET .../models}.
 * <p>
 * Two implementations: {@link Kind#SOCKET}, a blocking thread-per-connection server on a
 * {@link ServerSocket} with keep-alive that writes each response as one pre-encoded byte
 * array (the default: it measured faster), and {@link Kind#JDK}, the JDK's
 * {@code com.sun.net.httpserver} on a fixed thread pool.
 */
public abstract class LoopbackServer implements Closeable {

	public enum Kind {

		SOCKET, JDK

	}

	/** What the server answered, by route. */
	public enum Route {

		CHAT, STREAM, RESPONSE_STREAM, EMBEDDINGS_FLOAT, EMBEDDINGS_BASE64, MODELS

	}

	static final byte[] CHAT_BODY = Payloads.utf8(Payloads.chatCompletion());

	static final byte[] EMBEDDINGS_FLOAT_BODY = Payloads.utf8(Payloads.embeddingsFloat());

	static final byte[] EMBEDDINGS_BASE64_BODY = Payloads.utf8(Payloads.embeddingsBase64());

	static final byte[] MODELS_BODY = Payloads.utf8(Payloads.models());

	static final List<byte[]> STREAM_EVENTS = Payloads.streamEvents().stream().map(Payloads::utf8).toList();

	static final List<byte[]> RESPONSE_STREAM_EVENTS = ResponseStreamPayload.events().stream()
		.map(Payloads::utf8)
		.toList();

	private final AtomicLong[] counts = new AtomicLong[Route.values().length];

	protected LoopbackServer() {
		for (int i = 0; i < this.counts.length; i++) {
			this.counts[i] = new AtomicLong();
		}
	}

	public static LoopbackServer start(Kind kind) throws IOException {
		return (kind == Kind.JDK) ? new Jdk() : new Blocking();
	}

	/** Starts the server named by the system property {@code bench.server} ({@code socket} by default). */
	public static LoopbackServer start() throws IOException {
		return start(Kind.valueOf(System.getProperty("bench.server", "socket").toUpperCase(Locale.ROOT)));
	}

	public abstract int port();

	public String baseUrl() {
		return "http://127.0.0.1:" + port() + "/v1";
	}

	/** How many requests were answered on a route, to check which encoding a client asked for. */
	public long count(Route route) {
		return this.counts[route.ordinal()].get();
	}

	public String counts() {
		StringBuilder text = new StringBuilder();
		for (Route route : Route.values()) {
			text.append(route).append('=').append(count(route)).append(' ');
		}
		return text.toString().strip();
	}

	protected Route route(String method, String path, byte[] body) {
		Route route;
		if (path.endsWith("/chat/completions")) {
			route = contains(body, "\"stream\":true") ? Route.STREAM : Route.CHAT;
		}
		else if (path.endsWith("/responses") && contains(body, "\"stream\":true")) {
			route = Route.RESPONSE_STREAM;
		}
		else if (path.endsWith("/embeddings")) {
			route = contains(body, "\"base64\"") ? Route.EMBEDDINGS_BASE64 : Route.EMBEDDINGS_FLOAT;
		}
		else if (path.endsWith("/models") && "GET".equals(method)) {
			route = Route.MODELS;
		}
		else {
			return null;
		}
		this.counts[route.ordinal()].incrementAndGet();
		return route;
	}

	static boolean contains(byte[] body, String text) {
		return new String(body, StandardCharsets.ISO_8859_1).replace(" ", "").contains(text);
	}

	/** The full response bytes (status line, headers, body) the blocking server sends for a route. */
	public static byte[] fullResponse(Route route) {
		return Blocking.RESPONSES[route.ordinal()];
	}

	/**
	 * The blocking server: one thread per connection, keep-alive, one write per response.
	 */
	static final class Blocking extends LoopbackServer {

		static final byte[][] RESPONSES = new byte[Route.values().length][];

		static {
			RESPONSES[Route.CHAT.ordinal()] = json(CHAT_BODY);
			RESPONSES[Route.EMBEDDINGS_FLOAT.ordinal()] = json(EMBEDDINGS_FLOAT_BODY);
			RESPONSES[Route.EMBEDDINGS_BASE64.ordinal()] = json(EMBEDDINGS_BASE64_BODY);
			RESPONSES[Route.MODELS.ordinal()] = json(MODELS_BODY);
			RESPONSES[Route.STREAM.ordinal()] = stream(STREAM_EVENTS);
			RESPONSES[Route.RESPONSE_STREAM.ordinal()] = stream(RESPONSE_STREAM_EVENTS);
		}

		private static final byte[] NOT_FOUND = Payloads.utf8("HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n"
				+ "content-length: 2\r\n\r\n{}");

		private final ServerSocket serverSocket;

		Blocking() throws IOException {
			this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
			Thread acceptor = new Thread(this::accept, "loopback-accept");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		private static byte[] json(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
			out.writeBytes(Payloads.utf8("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
					+ body.length + "\r\nx-request-id: req_0123456789abcdef0123456789abcdef\r\n"
					+ "openai-processing-ms: 312\r\n\r\n"));
			out.writeBytes(body);
			return out.toByteArray();
		}

		private static byte[] stream(List<byte[]> events) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(200_000);
			out.writeBytes(Payloads.utf8("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
					+ "transfer-encoding: chunked\r\nx-request-id: req_0123456789abcdef0123456789abcdef\r\n"
					+ "openai-processing-ms: 98\r\n\r\n"));
			for (byte[] event : events) {
				out.writeBytes(Payloads.utf8(Integer.toHexString(event.length) + "\r\n"));
				out.writeBytes(event);
				out.writeBytes(Payloads.utf8("\r\n"));
			}
			out.writeBytes(Payloads.utf8("0\r\n\r\n"));
			return out.toByteArray();
		}

		@Override
		public int port() {
			return this.serverSocket.getLocalPort();
		}

		private void accept() {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					socket.setTcpNoDelay(true);
					Thread connection = new Thread(() -> serve(socket), "loopback-conn");
					connection.setDaemon(true);
					connection.start();
				}
				catch (IOException ex) {
					// closed
				}
			}
		}

		private void serve(Socket socket) {
			try (socket) {
				InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
				OutputStream out = socket.getOutputStream();
				StringBuilder line = new StringBuilder(128);
				while (true) {
					String requestLine = readLine(in, line);
					if (requestLine == null) {
						return;
					}
					if (requestLine.isEmpty()) {
						continue;
					}
					int length = 0;
					boolean chunked = false;
					boolean close = false;
					String header;
					while ((header = readLine(in, line)) != null && !header.isEmpty()) {
						int colon = header.indexOf(':');
						if (colon < 0) {
							continue;
						}
						String name = header.substring(0, colon).trim();
						String value = header.substring(colon + 1).trim();
						if (name.equalsIgnoreCase("content-length")) {
							length = Integer.parseInt(value);
						}
						else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
							chunked = true;
						}
						else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
							close = true;
						}
					}
					if (header == null) {
						return;
					}
					byte[] body = chunked ? readChunked(in, line) : in.readNBytes(length);
					String[] parts = requestLine.split(" ");
					String path = parts[1];
					int query = path.indexOf('?');
					if (query >= 0) {
						path = path.substring(0, query);
					}
					Route route = route(parts[0], path, body);
					out.write((route != null) ? RESPONSES[route.ordinal()] : NOT_FOUND);
					out.flush();
					if (close) {
						return;
					}
				}
			}
			catch (IOException ex) {
				// the client went away
			}
		}

		private static byte[] readChunked(InputStream in, StringBuilder line) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			while (true) {
				String size = readLine(in, line);
				int semicolon = size.indexOf(';');
				int length = Integer.parseInt((semicolon >= 0) ? size.substring(0, semicolon) : size, 16);
				if (length == 0) {
					while (!readLine(in, line).isEmpty()) {
						// trailers
					}
					return body.toByteArray();
				}
				body.writeBytes(in.readNBytes(length));
				readLine(in, line);
			}
		}

		private static String readLine(InputStream in, StringBuilder line) throws IOException {
			line.setLength(0);
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					int end = line.length();
					if (end > 0 && line.charAt(end - 1) == '\r') {
						line.setLength(end - 1);
					}
					return line.toString();
				}
				line.append((char) b);
			}
			return (line.length() == 0) ? null : line.toString();
		}

		@Override
		public void close() throws IOException {
			this.serverSocket.close();
		}

	}

	/**
	 * The JDK's {@code com.sun.net.httpserver} on a fixed pool of threads.
	 */
	static final class Jdk extends LoopbackServer {

		private final HttpServer server;

		private final ExecutorService executor;

		Jdk() throws IOException {
			// without it the server's small writes wait for delayed ACKs (about 40 ms on Linux)
			System.setProperty("sun.net.httpserver.nodelay", "true");
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
			this.executor = Executors.newFixedThreadPool(4, (task) -> {
				Thread thread = new Thread(task, "loopback-jdk");
				thread.setDaemon(true);
				return thread;
			});
			this.server.setExecutor(this.executor);
			this.server.createContext("/", this::handle);
			this.server.start();
		}

		private void handle(HttpExchange exchange) throws IOException {
			byte[] request;
			try (InputStream in = exchange.getRequestBody()) {
				request = in.readAllBytes();
			}
			Route route = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), request);
			var headers = exchange.getResponseHeaders();
			headers.set("x-request-id", "req_0123456789abcdef0123456789abcdef");
			if (route == null) {
				headers.set("content-type", "application/json");
				exchange.sendResponseHeaders(404, 2);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(new byte[] { '{', '}' });
				}
				return;
			}
			if (route == Route.STREAM || route == Route.RESPONSE_STREAM) {
				headers.set("content-type", "text/event-stream; charset=utf-8");
				exchange.sendResponseHeaders(200, 0);
				try (OutputStream out = exchange.getResponseBody()) {
					for (byte[] event : (route == Route.STREAM) ? STREAM_EVENTS : RESPONSE_STREAM_EVENTS) {
						out.write(event);
					}
				}
				return;
			}
			byte[] body = switch (route) {
				case CHAT -> CHAT_BODY;
				case EMBEDDINGS_FLOAT -> EMBEDDINGS_FLOAT_BODY;
				case EMBEDDINGS_BASE64 -> EMBEDDINGS_BASE64_BODY;
				default -> MODELS_BODY;
			};
			headers.set("content-type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}

		@Override
		public int port() {
			return this.server.getAddress().getPort();
		}

		@Override
		public void close() {
			this.server.stop(0);
			this.executor.shutdownNow();
		}

	}

}
