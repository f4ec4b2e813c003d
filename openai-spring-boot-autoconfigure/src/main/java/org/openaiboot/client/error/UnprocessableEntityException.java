package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * The API answered 422 Unprocessable Entity: the request was well-formed but could not be processed.
 */
public class UnprocessableEntityException extends OpenAIApiException {

	public UnprocessableEntityException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(statusCode, error, fallbackMessage, headers);
	}

}
