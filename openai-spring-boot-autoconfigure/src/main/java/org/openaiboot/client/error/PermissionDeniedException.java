package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.OpenAIError;

import org.springframework.http.HttpHeaders;

/**
 * The API answered 403 Forbidden: the key may not use this resource, model or region.
 */
public class PermissionDeniedException extends OpenAIApiException {

	public PermissionDeniedException(int statusCode, @Nullable OpenAIError error, @Nullable String fallbackMessage,
			HttpHeaders headers) {
		super(statusCode, error, fallbackMessage, headers);
	}

}
