package org.openaiboot.client.observation;

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

	// the tag values that do not depend on the call, made once

	private static final KeyValue OUTCOME_SUCCESS = KeyValue.of("outcome", "SUCCESS");

	private static final KeyValue OUTCOME_CLIENT_ERROR = KeyValue.of("outcome", "CLIENT_ERROR");

	private static final KeyValue OUTCOME_SERVER_ERROR = KeyValue.of("outcome", "SERVER_ERROR");

	private static final KeyValue OUTCOME_UNKNOWN = KeyValue.of("outcome", "UNKNOWN");

	private static final KeyValue STATUS_IO_ERROR = KeyValue.of("status", "IO_ERROR");

	private static final KeyValue EXCEPTION_NONE = KeyValue.of("exception", "none");

	private static final KeyValue STREAM = KeyValue.of("stream", "true");

	private static final KeyValue NOT_STREAM = KeyValue.of("stream", "false");

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
				KeyValue.of("openai.model", OpenAIMetrics.tag(context.getModel())), outcome(status, error),
				(status != null) ? KeyValue.of("status", String.valueOf(status)) : STATUS_IO_ERROR,
				(error != null) ? KeyValue.of("exception", error.getClass().getSimpleName()) : EXCEPTION_NONE,
				context.isStream() ? STREAM : NOT_STREAM, KeyValue.of(OpenAIMetrics.CONNECTION, context.getConnection()));
	}

	private static KeyValue outcome(@Nullable Integer status, @Nullable Throwable error) {
		if (status == null) {
			return OUTCOME_UNKNOWN;
		}
		if (status >= 500) {
			return OUTCOME_SERVER_ERROR;
		}
		if (status >= 400) {
			return OUTCOME_CLIENT_ERROR;
		}
		return (error != null) ? OUTCOME_UNKNOWN : OUTCOME_SUCCESS;
	}

}
