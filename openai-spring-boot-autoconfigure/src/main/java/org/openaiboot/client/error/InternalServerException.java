package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * The API answered 5xx: the API failed on its side; retried by default.
 */
public class InternalServerException extends OpenAIApiException {

	public InternalServerException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(statusCode, error, fallbackMessage, headers);
	}

}
