package org.openaiboot.client.transport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * Hides the configured credentials in whatever text a server sends back: error messages,
 * body excerpts, headers and the messages of exceptions thrown while reading them.
 * Proxies and some OpenAI-compatible servers quote the key they were given.
 * <p>
 * A text cut short (the start of a body) may end with the first characters of a secret:
 * those are hidden too.
 * <p>
 * Internal; not part of the API.
 */
public final class SecretMasker {

	public static final String MASK = "******";

	/** Shorter values are not masked: hiding them would garble ordinary text. */
	private static final int MIN_SECRET_LENGTH = 8;

	/** The shortest start of a secret hidden at the end of a text that was cut. */
	private static final int MIN_CUT_LENGTH = 4;

	static final SecretMasker NONE = new SecretMasker(List.of(), () -> null);

	private final List<String> fixed;

	private final Supplier<@Nullable String> current;

	private SecretMasker(List<String> fixed, Supplier<@Nullable String> current) {
		this.fixed = fixed;
		this.current = current;
	}

	public static SecretMasker of(Collection<@Nullable String> candidates) {
		List<String> secrets = candidates.stream()
			.filter((secret) -> secret != null && secret.length() >= MIN_SECRET_LENGTH)
			.distinct()
			.toList();
		return secrets.isEmpty() ? NONE : new SecretMasker(secrets, () -> null);
	}

	/**
	 * The same masker, that also hides a secret which changes over time, such as the
	 * access token last sent.
	 * @param current supplies the secret's value now, {@code null} while there is none
	 * @return the masker
	 */
	public SecretMasker withCurrent(Supplier<@Nullable String> current) {
		return new SecretMasker(this.fixed, current);
	}

	private List<String> secrets() {
		String now = this.current.get();
		if (now == null || now.length() < MIN_SECRET_LENGTH || this.fixed.contains(now)) {
			return this.fixed;
		}
		List<String> all = new ArrayList<>(this.fixed);
		all.add(now);
		return all;
	}

	public String mask(String text) {
		String masked = text;
		for (String secret : secrets()) {
			masked = masked.replace(secret, MASK);
		}
		return masked;
	}

	@Nullable String maskNullable(@Nullable String text) {
		return (text != null) ? mask(text) : null;
	}

	/**
	 * Mask a text that may have been cut in the middle of a secret.
	 * @param text the start of a longer text
	 * @return the text with each secret, and a start of one at its end, masked
	 */
	public String maskCut(String text) {
		String masked = mask(text);
		for (String secret : secrets()) {
			for (int length = Math.min(secret.length() - 1, masked.length()); length >= MIN_CUT_LENGTH; length--) {
				if (masked.regionMatches(masked.length() - length, secret, 0, length)) {
					return masked.substring(0, masked.length() - length) + MASK;
				}
			}
		}
		return masked;
	}

	public @Nullable OpenAIError mask(@Nullable OpenAIError error) {
		if (error == null || secrets().isEmpty()) {
			return error;
		}
		Map<String, @Nullable Object> others = new LinkedHashMap<>();
		error.additionalProperties()
			.forEach((name, value) -> others.put(name, (value instanceof String text) ? mask(text) : value));
		return new OpenAIError(maskNullable(error.code()), maskNullable(error.message()), maskNullable(error.param()),
				maskNullable(error.type()), others);
	}

	public HttpHeaders mask(HttpHeaders headers) {
		if (secrets().isEmpty()) {
			return headers;
		}
		HttpHeaders masked = new HttpHeaders();
		headers.forEach((name, values) -> masked.put(name, values.stream().map(this::mask).toList()));
		return masked;
	}

	/**
	 * A copy of an exception whose message, or the message of one of its causes, holds a
	 * secret: the same messages masked and the same stack traces, each as a plain
	 * exception that names the original class.
	 * @param ex the exception
	 * @return the exception itself when no message holds a secret, otherwise the copy
	 */
	@Nullable Throwable scrub(@Nullable Throwable ex) {
		if (ex == null || !holdsSecret(ex)) {
			return ex;
		}
		Throwable copy = new MaskedException(ex.getClass().getName() + ": " + mask(String.valueOf(ex.getMessage())),
				scrub(ex.getCause()));
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	private boolean holdsSecret(Throwable ex) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			String message = current.getMessage();
			if (message != null && !message.equals(mask(message))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Stands for an exception whose message held a secret.
	 */
	private static final class MaskedException extends Exception {

		MaskedException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
