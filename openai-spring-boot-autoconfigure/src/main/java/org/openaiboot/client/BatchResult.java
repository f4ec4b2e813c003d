package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.batches.BatchError;

/**
 * The result of one request of a batch, joined to the request by its {@code custom_id}:
 * either the endpoint's response or an error.
 *
 * @param <Q> the type of the request
 * @param <R> the type of the response
 * @param customId the request's id
 * @param request the request, as it was sent
 * @param statusCode the HTTP status the endpoint answered with, or {@code null} when the
 * request was never sent (when the batch expired before it, say)
 * @param requestId the id the API gave the request, or {@code null}
 * @param response the response, or {@code null} when the request failed
 * @param error why the request failed, or {@code null} when it succeeded
 */
public record BatchResult<Q, R>(String customId, Q request, @Nullable Integer statusCode, @Nullable String requestId,
		@Nullable R response, @Nullable BatchError error) {

	/**
	 * Whether the request succeeded.
	 * @return {@code true} when there is a response
	 */
	public boolean isSuccess() {
		return this.response != null;
	}

}
