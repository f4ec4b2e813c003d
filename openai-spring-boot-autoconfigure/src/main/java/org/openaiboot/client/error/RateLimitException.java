package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * The API answered 429 Too Many Requests: a rate or quota limit was reached; the headers tell the limits and when to retry.
 */
public class RateLimitException extends OpenAIApiException {

	public RateLimitException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(statusCode, error, fallbackMessage, headers);
	}

}
