package org.openaiboot.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A failure the offline demo answers as the API does: a status and an {@code error}
 * object of {@code message}, {@code type}, {@code param} and {@code code}.
 */
final class DemoError extends RuntimeException {

	/** A question holding this word makes the demo answer 429, to show a failure. */
	static final String RATE_LIMIT_WORD = "429";

	private final HttpStatus status;

	private final String type;

	private final @Nullable String param;

	private final @Nullable String code;

	private DemoError(HttpStatus status, String type, @Nullable String param, @Nullable String code,
			String message) {
		super(message);
		this.status = status;
		this.type = type;
		this.param = param;
		this.code = code;
	}

	static DemoError invalidRequest(@Nullable String param, String message) {
		return new DemoError(HttpStatus.BAD_REQUEST, "invalid_request_error", param, null, message);
	}

	static DemoError rateLimited() {
		return new DemoError(HttpStatus.TOO_MANY_REQUESTS, "requests", null, "rate_limit_exceeded",
				"Rate limit reached (the demo answers 429 to a question with \"" + RATE_LIMIT_WORD + "\" in it).");
	}

	/** Fail like a rate-limited API when what the user said holds the word. */
	static void rateLimitIfAsked(String said) {
		if (said.contains(RATE_LIMIT_WORD)) {
			throw rateLimited();
		}
	}

	HttpStatus status() {
		return this.status;
	}

	Map<String, Object> body() {
		Map<String, @Nullable Object> error = new LinkedHashMap<>();
		error.put("message", getMessage());
		error.put("type", this.type);
		error.put("param", this.param);
		error.put("code", this.code);
		return Map.of("error", error);
	}

}
