package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * Thrown when the server answers with a redirect. Redirects are never followed: the
 * request carries the API key, which must not travel to another origin. Point the base
 * URL at the address the redirect names instead.
 */
public class RedirectException extends OpenAIApiException {

	public RedirectException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(statusCode, error, describe(headers.getFirst(HttpHeaders.LOCATION), fallbackMessage), headers);
	}

	private static String describe(@Nullable String location, @Nullable String fallbackMessage) {
		return "redirect to " + ((location != null) ? location : "no Location") + ", which is not followed so that"
				+ " the API key never leaves the configured base URL; set the base URL to the final address"
				+ ((fallbackMessage != null) ? " (" + fallbackMessage + ")" : "");
	}

	/**
	 * Where the server redirected to.
	 * @return the {@code Location} header, or {@code null} when the server sent none
	 */
	public @Nullable String getLocation() {
		return getHeaders().getFirst(HttpHeaders.LOCATION);
	}

}
