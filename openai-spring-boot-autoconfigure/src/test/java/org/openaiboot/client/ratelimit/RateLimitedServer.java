package org.openaiboot.client.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A chat completions endpoint on loopback that enforces rate limits as OpenAI does: a
 * bucket of requests and one of tokens, each filling up at its limit per window; a call
 * takes one request and its prompt tokens plus its {@code max_completion_tokens}, and
 * gets back what its answer did not use. Past a limit it answers 429 with
 * {@code retry-after}; every answer carries the {@code x-ratelimit-*} headers.
 */
final class RateLimitedServer implements AutoCloseable {

	private static final Pattern CONTENT = Pattern.compile("\"content\":\"([^\"]*)\"");

	private static final Pattern MAX_TOKENS = Pattern.compile("\"max_completion_tokens\":(\\d+)");

	static final int COMPLETION_TOKENS = 20;

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(64);

	private final long requestLimit;

	private final long tokenLimit;

	private final long windowNanos;

	private final Duration latency;

	private double requests;

	private double tokens;

	private long updatedAt = System.nanoTime();

	final AtomicLong received = new AtomicLong();

	final AtomicLong refused = new AtomicLong();

	final AtomicLong answered = new AtomicLong();

	RateLimitedServer(long requestLimit, long tokenLimit, Duration window, Duration latency) throws IOException {
		this.requestLimit = requestLimit;
		this.tokenLimit = tokenLimit;
		this.windowNanos = window.toNanos();
		this.latency = latency;
		this.requests = requestLimit;
		this.tokens = tokenLimit;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		this.server.setExecutor(this.threads);
		this.server.createContext("/v1/chat/completions", this::complete);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1";
	}

	/**
	 * The prompt tokens the server counts for a text: a token per four characters, at
	 * most what JTokkit counts for ordinary English.
	 */
	static long promptTokens(String text) {
		return text.length() / 4;
	}

	private void complete(HttpExchange exchange) throws IOException {
		this.received.incrementAndGet();
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		long prompt = 0;
		Matcher content = CONTENT.matcher(body);
		while (content.find()) {
			prompt += promptTokens(content.group(1));
		}
		Matcher max = MAX_TOKENS.matcher(body);
		long reserved = prompt + (max.find() ? Long.parseLong(max.group(1)) : COMPLETION_TOKENS);
		String[] headers;
		synchronized (this) {
			refill();
			if (this.requests < 1 || this.tokens < reserved) {
				double wait = Math.max((1 - this.requests) / this.requestLimit,
						(reserved - this.tokens) / this.tokenLimit) * this.windowNanos;
				headers = headers();
				this.refused.incrementAndGet();
				exchange.getResponseHeaders().set("retry-after", String.valueOf((long) Math.ceil(wait / 1e9)));
				respond(exchange, 429, headers, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
						+ "\"code\":\"rate_limit_exceeded\"}}");
				return;
			}
			this.requests -= 1;
			this.tokens -= reserved;
			headers = headers();
		}
		sleep(this.latency);
		synchronized (this) {
			refill();
			// what the answer did not write is given back
			this.tokens = Math.min(this.tokenLimit, this.tokens + reserved - prompt - COMPLETION_TOKENS);
		}
		this.answered.incrementAndGet();
		respond(exchange, 200, headers, "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,"
				+ "\"model\":\"gpt-4o\","
				+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},"
				+ "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + prompt
				+ ",\"completion_tokens\":" + COMPLETION_TOKENS + ",\"total_tokens\":" + (prompt + COMPLETION_TOKENS) + "}}");
	}

	private String[] headers() {
		return new String[] { String.valueOf(this.requestLimit), String.valueOf((long) this.requests),
				goDuration((this.requestLimit - this.requests) / this.requestLimit * this.windowNanos),
				String.valueOf(this.tokenLimit), String.valueOf((long) Math.max(0, this.tokens)),
				goDuration((this.tokenLimit - this.tokens) / this.tokenLimit * this.windowNanos) };
	}

	private static void respond(HttpExchange exchange, int status, String[] limits, String json) throws IOException {
		exchange.getResponseHeaders().set("x-ratelimit-limit-requests", limits[0]);
		exchange.getResponseHeaders().set("x-ratelimit-remaining-requests", limits[1]);
		exchange.getResponseHeaders().set("x-ratelimit-reset-requests", limits[2]);
		exchange.getResponseHeaders().set("x-ratelimit-limit-tokens", limits[3]);
		exchange.getResponseHeaders().set("x-ratelimit-remaining-tokens", limits[4]);
		exchange.getResponseHeaders().set("x-ratelimit-reset-tokens", limits[5]);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * A duration as OpenAI writes it, such as {@code 20ms}, {@code 1.5s} or {@code 6m0s}.
	 */
	static String goDuration(double nanos) {
		long millis = Math.max(0, Math.round(nanos / 1e6));
		if (millis < 1000) {
			return millis + "ms";
		}
		long minutes = millis / 60_000;
		String seconds = String.valueOf((millis % 60_000) / 1000.0).replaceAll("\\.0$", "");
		return (minutes > 0) ? minutes + "m" + seconds + "s" : seconds + "s";
	}

	private void refill() {
		long now = System.nanoTime();
		double elapsed = (now - this.updatedAt) / (double) this.windowNanos;
		this.updatedAt = now;
		this.requests = Math.min(this.requestLimit, this.requests + elapsed * this.requestLimit);
		this.tokens = Math.min(this.tokenLimit, this.tokens + elapsed * this.tokenLimit);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
