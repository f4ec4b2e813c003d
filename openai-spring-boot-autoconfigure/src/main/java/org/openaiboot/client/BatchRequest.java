package org.openaiboot.client;

import org.openaiboot.models.common.Validate;

/**
 * One request of a batch: the body sent to the batch's endpoint, and the
 * {@code custom_id} its result comes back with.
 *
 * @param <Q> the type of the request
 * @param customId the caller's id of the request, unique within the batch
 * @param body the request
 */
public record BatchRequest<Q>(String customId, Q body) {

	/**
	 * Check the request.
	 * @throws org.openaiboot.models.common.ValidationException if the id is empty or the
	 * body is absent
	 */
	public BatchRequest {
		Validate.requiredText(customId, "custom_id");
		Validate.required(body, "body");
	}

	/**
	 * A request and its id.
	 * @param <Q> the type of the request
	 * @param customId the caller's id of the request, unique within the batch
	 * @param body the request
	 * @return the batch request
	 */
	public static <Q> BatchRequest<Q> of(String customId, Q body) {
		return new BatchRequest<>(customId, body);
	}

}
