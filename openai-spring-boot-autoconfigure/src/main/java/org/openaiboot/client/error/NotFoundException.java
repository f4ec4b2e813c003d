package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * The API answered 404 Not Found: the resource or model does not exist, or the key cannot see it.
 */
public class NotFoundException extends OpenAIApiException {

	public NotFoundException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(statusCode, error, fallbackMessage, headers);
	}

}
