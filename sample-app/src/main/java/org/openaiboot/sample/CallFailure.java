package org.openaiboot.sample;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIException;
import org.openaiboot.client.error.OpenAIResponseException;

/**
 * What the page shows of a failed OpenAI call: the status the API answered (after the
 * client's retries), its message, and the request id to quote to support.
 *
 * @param status the HTTP status, or {@code null} when no answer came (connection, timeout)
 * @param message what went wrong
 * @param requestId the {@code x-request-id} of the failed answer, or {@code null}
 */
record CallFailure(@Nullable Integer status, String message, @Nullable String requestId) {

	static CallFailure of(OpenAIException ex) {
		if (ex instanceof OpenAIApiException api) {
			String message = (api.getErrorMessage() != null) ? api.getErrorMessage() : String.valueOf(ex.getMessage());
			return new CallFailure(api.getStatusCode(), message, api.getRequestId());
		}
		if (ex instanceof OpenAIResponseException response) {
			return new CallFailure(response.getStatusCode(), String.valueOf(ex.getMessage()), response.getRequestId());
		}
		return new CallFailure(null, String.valueOf(ex.getMessage()), null);
	}

}
