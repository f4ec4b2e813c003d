package org.openaiboot.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: each request is handed,
 * with its head read, to a behaviour that writes whatever bytes it likes to the socket.
 * Records the heads it received. Closing it closes every connection.
 */
final class HostileServer implements Closeable {

	private final ServerSocket serverSocket;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final Behaviour behaviour;

	HostileServer(Behaviour behaviour) throws IOException {
		this.behaviour = behaviour;
		this.serverSocket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
		this.threads.execute(this::accept);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort() + "/v1";
	}

	/** The request heads received, request line and headers, in order. */
	List<String> requests() {
		return this.requests;
	}

	int connections() {
		return this.connections.get();
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.sockets.add(socket);
				this.connections.incrementAndGet();
				this.threads.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			for (int number = 1;; number++) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				this.requests.add(head);
				in.readNBytes(contentLength(head));
				if (!this.behaviour.answer(head, number, out)) {
					return;
				}
				out.flush();
			}
		}
		catch (IOException | InterruptedException ex) {
			// the client went away, or the server was closed
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		for (int b = in.read(); b >= 0; b = in.read()) {
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
			if (matched == 4) {
				return head.toString(StandardCharsets.ISO_8859_1);
			}
		}
		return null;
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				return Integer.parseInt(line.substring(15).trim());
			}
		}
		return 0;
	}

	static void write(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/** The head of a streamed answer, its body sent in chunks. */
	static final String EVENT_STREAM_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
			+ "Transfer-Encoding: chunked\r\n\r\n";

	/** The data of one chat completion chunk. */
	static final String CHAT_CHUNK = """
			{"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4",\
			"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}""";

	/**
	 * Write one chat completion chunk as an event, in one chunk of the body.
	 * @param out the connection's output
	 */
	static void writeChatChunk(OutputStream out) throws IOException {
		String event = "data: " + CHAT_CHUNK + "\n\n";
		write(out, Integer.toHexString(event.length()) + "\r\n" + event + "\r\n");
	}

	/**
	 * The chat request the tests against this server send; what it asks does not matter.
	 * @return a minimal chat completion request
	 */
	static CreateChatCompletionRequest chatRequest() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4")
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

	static String response(int status, String headers, String body) {
		return "HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.threads.shutdownNow();
		try {
			this.threads.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What the server does with one request.
	 */
	@FunctionalInterface
	interface Behaviour {

		/**
		 * Answer a request.
		 * @param head the request line and headers
		 * @param number the number of the request on its connection, from 1
		 * @param out the connection's output
		 * @return whether to read another request from the connection
		 */
		boolean answer(String head, int number, OutputStream out) throws IOException, InterruptedException;

	}

}
