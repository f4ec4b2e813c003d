package org.openaiboot.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code openai.client.requests} observation. Implement it, or extend
 * {@link DefaultOpenAIClientObservationConvention}, to change them.
 */
public interface OpenAIClientObservationConvention extends ObservationConvention<OpenAIClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof OpenAIClientObservationContext;
	}

}
