package org.openaiboot.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.openaiboot.models.uploads.CompleteUploadRequest;
import org.openaiboot.models.uploads.CreateUploadRequest;

/**
 * The four operations of {@code /uploads} on a loopback server, kept in memory: parts are
 * stored and put together in order on completion, or, for uploads too large to keep, only
 * checked to be zeros and counted. It can fail a part a number of times, and hold parts
 * until a number of them are in flight at once.
 */
final class UploadsServer implements AutoCloseable {

	private static final String UPLOAD_ID = "upload_abc123";

	private static final int MAX_FRAMING_BYTES = 2048;

	private final JsonMapper jsonMapper = OpenAITransport.createJsonMapper();

	private final boolean keepParts;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	final List<String> requests = new CopyOnWriteArrayList<>();

	/** Attempts per part, by the MD5 of its bytes. */
	final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

	private final Map<String, byte[]> parts = new ConcurrentHashMap<>();

	private final Map<String, Long> zeroCounts = new ConcurrentHashMap<>();

	private final AtomicInteger partNumbers = new AtomicInteger();

	private final AtomicInteger inFlight = new AtomicInteger();

	final AtomicInteger mostInFlight = new AtomicInteger();

	private final AtomicLong partBytes = new AtomicLong();

	private volatile int holdUntilInFlight;

	volatile CreateUploadRequest created;

	volatile CompleteUploadRequest completed;

	volatile byte[] assembled;

	volatile String status = "none";

	/**
	 * Start a server.
	 * @param keepParts whether to store the parts' bytes, or only to check that they are
	 * zeros and count them
	 */
	UploadsServer(boolean keepParts) throws IOException {
		this.keepParts = keepParts;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/v1/uploads", this::handle);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void failPart(byte[] content, int times) {
		this.failuresLeft.put(md5(content), times);
	}

	int attemptsOf(byte[] content) {
		AtomicInteger count = this.attempts.get(md5(content));
		return (count != null) ? count.get() : 0;
	}

	/**
	 * Hold each part until the given number of parts are in flight at once, or five
	 * seconds have passed.
	 */
	void holdUntilInFlight(int parts) {
		this.holdUntilInFlight = parts;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requests.add(exchange.getRequestMethod() + " " + path);
		try (exchange) {
			if (path.equals("/v1/uploads")) {
				this.created = this.jsonMapper.readValue(exchange.getRequestBody(), CreateUploadRequest.class);
				this.status = "pending";
				respond(exchange, 200, upload(null));
			}
			else if (path.equals("/v1/uploads/" + UPLOAD_ID + "/parts")) {
				addPart(exchange);
			}
			else if (path.equals("/v1/uploads/" + UPLOAD_ID + "/complete")) {
				complete(exchange);
			}
			else if (path.equals("/v1/uploads/" + UPLOAD_ID + "/cancel")) {
				this.status = "cancelled";
				respond(exchange, 200, upload(null));
			}
			else {
				respond(exchange, 404, error("No such upload"));
			}
		}
	}

	private void addPart(HttpExchange exchange) throws IOException {
		int now = this.inFlight.incrementAndGet();
		this.mostInFlight.accumulateAndGet(now, Math::max);
		try {
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			if (!"pending".equals(this.status) || contentType == null || !contentType.contains("boundary=")) {
				respond(exchange, 400, error("Upload is not pending or the body is not multipart: " + this.status));
				return;
			}
			String id = "part_" + this.partNumbers.incrementAndGet();
			if (this.keepParts) {
				byte[] data = dataPart(exchange.getRequestBody().readAllBytes(), contentType);
				String key = md5(data);
				this.attempts.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
				hold();
				if (this.failuresLeft.merge(key, -1, Integer::sum) >= 0) {
					respond(exchange, 500, error("The server had an error while processing your request"));
					return;
				}
				this.parts.put(id, data);
			}
			else {
				this.zeroCounts.put(id, countZeros(exchange.getRequestBody()));
			}
			respond(exchange, 200, """
					{"id":"%s","object":"upload.part","created_at":1719185911,"upload_id":"%s"}
					""".formatted(id, UPLOAD_ID));
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	/**
	 * Wait until the given number of parts are in flight at once.
	 */
	boolean awaitInFlight(int parts) throws InterruptedException {
		long until = System.currentTimeMillis() + 10_000;
		synchronized (this.inFlight) {
			for (long left = 10_000; this.mostInFlight.get() < parts && left > 0; left = until - System.currentTimeMillis()) {
				this.inFlight.wait(left);
			}
		}
		return this.mostInFlight.get() >= parts;
	}

	private void hold() {
		long until = System.currentTimeMillis() + 5000;
		synchronized (this.inFlight) {
			this.inFlight.notifyAll();
			long left = until - System.currentTimeMillis();
			while (this.mostInFlight.get() < this.holdUntilInFlight && left > 0) {
				try {
					this.inFlight.wait(left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				left = until - System.currentTimeMillis();
			}
		}
	}

	/** The bytes of the part named {@code data}, found by its headers and the boundary. */
	private static byte[] dataPart(byte[] body, String contentType) {
		String boundary = contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
		String text = new String(body, StandardCharsets.ISO_8859_1);
		int disposition = text.indexOf("Content-Disposition: form-data; name=\"data\"");
		if (disposition < 0) {
			throw new IllegalStateException("No part named data");
		}
		int start = text.indexOf("\r\n\r\n", disposition) + 4;
		int end = text.indexOf("\r\n--" + boundary, start);
		byte[] data = new byte[end - start];
		System.arraycopy(body, start, data, 0, data.length);
		return data;
	}

	/** Reads a part without keeping it: its data are zeros, and all else is framing. */
	private long countZeros(InputStream body) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long zeros = 0;
		long others = 0;
		for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
			for (int i = 0; i < read; i++) {
				if (buffer[i] == 0) {
					zeros++;
				}
				else {
					others++;
				}
			}
		}
		if (others > MAX_FRAMING_BYTES) {
			throw new IllegalStateException("The part holds more than zeros: " + others + " other bytes");
		}
		this.partBytes.addAndGet(zeros);
		return zeros;
	}

	private void complete(HttpExchange exchange) throws IOException {
		CompleteUploadRequest request = this.jsonMapper.readValue(exchange.getRequestBody(),
				CompleteUploadRequest.class);
		this.completed = request;
		MessageDigest md5 = newMd5();
		long total = 0;
		ByteArrayOutputStream assembled = new ByteArrayOutputStream();
		for (String partId : request.partIds()) {
			if (this.keepParts) {
				byte[] data = this.parts.get(partId);
				if (data == null) {
					respond(exchange, 400, error("No such part: " + partId));
					return;
				}
				assembled.write(data);
				md5.update(data);
				total += data.length;
			}
			else {
				long zeros = this.zeroCounts.get(partId);
				total += zeros;
				updateWithZeros(md5, zeros);
			}
		}
		String digest = HexFormat.of().formatHex(md5.digest());
		if (total != this.created.bytes() || (request.md5() != null && !request.md5().equals(digest))) {
			respond(exchange, 400, error("Got " + total + " bytes with MD5 " + digest + " for " + this.created.bytes()
					+ " bytes with MD5 " + request.md5()));
			return;
		}
		this.assembled = assembled.toByteArray();
		this.status = "completed";
		respond(exchange, 200, upload("""
				{"id":"file-xyz321","object":"file","bytes":%d,"created_at":1719186911,"filename":"%s","purpose":"%s"}
				""".formatted(total, this.created.filename(), this.created.purpose())));
	}

	long partBytes() {
		return this.partBytes.get();
	}

	private static void updateWithZeros(MessageDigest md5, long count) {
		byte[] zeros = new byte[64 * 1024];
		for (long left = count; left > 0; left -= zeros.length) {
			md5.update(zeros, 0, (int) Math.min(zeros.length, left));
		}
	}

	private String upload(String file) {
		CreateUploadRequest request = this.created;
		return """
				{"id":"%s","object":"upload","bytes":%d,"created_at":1719184911,"filename":"%s",
				 "purpose":"%s","status":"%s","expires_at":1719127296%s}
				""".formatted(UPLOAD_ID, request.bytes(), request.filename(), request.purpose(), this.status,
				(file != null) ? ",\"file\":" + file : "");
	}

	private static String error(String message) {
		return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	static String md5(byte[] content) {
		return HexFormat.of().formatHex(newMd5().digest(content));
	}

	private static MessageDigest newMd5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
