package org.openaiboot.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code openai.client.requests} observation knows of one API call: the
 * operation, the model, whether it streams, and how it ended.
 */
public class OpenAIClientObservationContext extends Observation.Context {

	private final String operation;

	private final @Nullable String model;

	private final boolean stream;

	private @Nullable Integer statusCode;

	public OpenAIClientObservationContext(String operation, @Nullable String model, boolean stream) {
		this.operation = operation;
		this.model = model;
		this.stream = stream;
	}

	/**
	 * The operation id of the OpenAPI spec, such as {@code createChatCompletion}.
	 * @return the operation
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * The model the request named.
	 * @return the model, or {@code null} for operations without one
	 */
	public @Nullable String getModel() {
		return this.model;
	}

	public boolean isStream() {
		return this.stream;
	}

	/**
	 * The final HTTP status, once known.
	 * @return the status, or {@code null} when no response arrived
	 */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	public void setStatusCode(@Nullable Integer statusCode) {
		this.statusCode = statusCode;
	}

}
