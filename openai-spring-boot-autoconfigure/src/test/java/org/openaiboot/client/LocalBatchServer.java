package org.openaiboot.client;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stand-in for the files and batches APIs: it stores uploaded files on disk,
 * keeps a batch {@code in_progress} for a number of fetches and then runs it, answering
 * each line of the input with the given function, and serves the output and error files
 * it wrote. A line whose answer has an {@code error} or a status other than 200 goes to
 * the error file; the output file lists its lines in reverse order, as the API does not
 * promise the input's order.
 */
final class LocalBatchServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PART_NAME = Pattern.compile("name=\"([^\"]+)\"");

	private final HttpServer server;

	private final Path directory;

	private final int fetchesInProgress;

	private final Function<JsonNode, Map<String, Object>> answer;

	private final Map<String, Path> files = new ConcurrentHashMap<>();

	private final Map<String, String> purposes = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> batches = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	LocalBatchServer(Path directory, int fetchesInProgress, Function<JsonNode, Map<String, Object>> answer)
			throws IOException {
		this.directory = directory;
		this.fetchesInProgress = fetchesInProgress;
		this.answer = answer;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/v1/files", this::files);
		this.server.createContext("/v1/batches", this::batches);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String purposeOf(String fileId) {
		return this.purposes.get(fileId);
	}

	Path file(String fileId) {
		return this.files.get(fileId);
	}

	private void files(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/files")) {
			Map<String, byte[]> parts = parts(exchange);
			String id = "file-" + this.ids.incrementAndGet();
			Path file = Files.write(this.directory.resolve(id + ".jsonl"), parts.get("file"));
			this.files.put(id, file);
			this.purposes.put(id, new String(parts.get("purpose"), StandardCharsets.UTF_8));
			json(exchange, Map.of("id", id, "object", "file", "bytes", Files.size(file), "created_at", 1700000000,
					"filename", "input.jsonl", "purpose", this.purposes.get(id), "status", "processed"));
			return;
		}
		Matcher content = Pattern.compile("/v1/files/([^/]+)/content").matcher(path);
		if (content.matches() && this.files.containsKey(content.group(1))) {
			Path file = this.files.get(content.group(1));
			exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
			exchange.sendResponseHeaders(200, Files.size(file));
			try (OutputStream out = exchange.getResponseBody()) {
				Files.copy(file, out);
			}
			return;
		}
		exchange.sendResponseHeaders(404, -1);
		exchange.close();
	}

	private void batches(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/batches")) {
			JsonNode request;
			try (InputStream in = exchange.getRequestBody()) {
				request = JSON.readTree(in);
			}
			String id = "batch_" + this.ids.incrementAndGet();
			Map<String, Object> batch = new LinkedHashMap<>();
			batch.put("id", id);
			batch.put("object", "batch");
			batch.put("endpoint", request.get("endpoint").asString());
			batch.put("input_file_id", request.get("input_file_id").asString());
			batch.put("completion_window", request.get("completion_window").asString());
			batch.put("status", "validating");
			batch.put("created_at", 1700000000);
			batch.put("metadata", JSON.treeToValue(request.path("metadata"), Map.class));
			this.batches.put(id, batch);
			this.fetches.put(id, new AtomicInteger());
			json(exchange, batch);
			return;
		}
		String id = path.substring("/v1/batches/".length());
		Map<String, Object> batch = this.batches.get(id);
		if (batch == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		synchronized (batch) {
			if (this.fetches.get(id).incrementAndGet() <= this.fetchesInProgress) {
				batch.put("status", "in_progress");
			}
			else if (!batch.get("status").equals("completed")) {
				run(batch);
			}
		}
		json(exchange, batch);
	}

	private void run(Map<String, Object> batch) throws IOException {
		List<String> output = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		int total = 0;
		try (BufferedReader input = Files.newBufferedReader(this.files.get((String) batch.get("input_file_id")))) {
			for (String line = input.readLine(); line != null; line = input.readLine()) {
				Map<String, Object> answer = this.answer.apply(JSON.readTree(line));
				Object response = answer.get("response");
				boolean ok = answer.get("error") == null && response instanceof Map<?, ?> map
						&& Integer.valueOf(200).equals(map.get("status_code"));
				(ok ? output : errors).add(JSON.writeValueAsString(answer));
				total++;
			}
		}
		Collections.reverse(output);
		batch.put("output_file_id", store(output));
		batch.put("error_file_id", store(errors));
		batch.put("request_counts", Map.of("total", total, "completed", output.size(), "failed", errors.size()));
		batch.put("status", "completed");
	}

	private String store(List<String> lines) throws IOException {
		String id = "file-" + this.ids.incrementAndGet();
		Path file = this.directory.resolve(id + ".jsonl");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			for (String line : lines) {
				out.write(line);
				out.write('\n');
			}
		}
		this.files.put(id, file);
		this.purposes.put(id, "batch_output");
		return id;
	}

	private static Map<String, byte[]> parts(HttpExchange exchange) throws IOException {
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		byte[] delimiter = ("\r\n--" + contentType.substring(contentType.indexOf("boundary=") + 9))
			.getBytes(StandardCharsets.US_ASCII);
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			// a leading line break lets the first delimiter be found like the others
			body = concat("\r\n".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
		}
		Map<String, byte[]> parts = new LinkedHashMap<>();
		byte[] headersEnd = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
		int start = indexOf(body, delimiter, 0);
		while (start >= 0) {
			int headers = start + delimiter.length;
			int next = indexOf(body, delimiter, headers);
			if (next < 0) {
				break;
			}
			int contentStart = indexOf(body, headersEnd, headers) + headersEnd.length;
			Matcher name = PART_NAME.matcher(new String(body, headers, contentStart - headers, StandardCharsets.UTF_8));
			if (name.find()) {
				parts.put(name.group(1), Arrays.copyOfRange(body, contentStart, next));
			}
			start = next;
		}
		return parts;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static void json(HttpExchange exchange, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
