package org.openaiboot.client;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default names and tags of the {@code openai.client.requests} observation. Every tag
 * is of low cardinality: {@code openai.operation}, {@code openai.model}, {@code outcome},
 * {@code status}, {@code exception} and {@code stream}.
 */
public class DefaultOpenAIClientObservationConvention implements OpenAIClientObservationConvention {

	/** The name of the observation, and so of its timer. */
	public static final String NAME = "openai.client.requests";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(OpenAIClientObservationContext context) {
		return "openai " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(OpenAIClientObservationContext context) {
		Integer status = context.getStatusCode();
		Throwable error = context.getError();
		return KeyValues.of(KeyValue.of("openai.operation", context.getOperation()),
				KeyValue.of("openai.model", OpenAIMetrics.tag(context.getModel())),
				KeyValue.of("outcome", outcome(status, error)),
				KeyValue.of("status", (status != null) ? String.valueOf(status) : "IO_ERROR"),
				KeyValue.of("exception", (error != null) ? error.getClass().getSimpleName() : "none"),
				KeyValue.of("stream", String.valueOf(context.isStream())));
	}

	private static String outcome(@Nullable Integer status, @Nullable Throwable error) {
		if (status == null) {
			return "UNKNOWN";
		}
		if (status >= 500) {
			return "SERVER_ERROR";
		}
		if (status >= 400) {
			return "CLIENT_ERROR";
		}
		return (error != null) ? "UNKNOWN" : "SUCCESS";
	}

}
