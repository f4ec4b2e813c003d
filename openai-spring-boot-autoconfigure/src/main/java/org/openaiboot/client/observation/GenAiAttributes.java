package org.openaiboot.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of the OpenTelemetry semantic conventions for generative AI clients that
 * a call has, and the {@code gen_ai.operation.name} of the operations they cover.
 * <p>
 * Internal; not part of the API.
 */
final class GenAiAttributes {

	static final String OPERATION_NAME = "gen_ai.operation.name";

	static final String PROVIDER_NAME = "gen_ai.provider.name";

	static final String REQUEST_MODEL = "gen_ai.request.model";

	static final String RESPONSE_MODEL = "gen_ai.response.model";

	static final String SERVER_ADDRESS = "server.address";

	static final String SERVER_PORT = "server.port";

	static final String ERROR_TYPE = "error.type";

	static final String TOKEN_TYPE = "gen_ai.token.type";

	static final String INPUT_TOKENS = "gen_ai.usage.input_tokens";

	static final String OUTPUT_TOKENS = "gen_ai.usage.output_tokens";

	private static final KeyValue PROVIDER = KeyValue.of(PROVIDER_NAME, "openai");

	private GenAiAttributes() {
	}

	/**
	 * The {@code gen_ai.operation.name} of an operation. The Responses API is OpenAI's
	 * successor of chat completions, and its requests are conversations as theirs are:
	 * {@code chat}, like them. Operations that ask no model for an answer (files, models,
	 * vector stores, ...) have none, and are left out of the {@code gen_ai.*} meters and
	 * span names.
	 * @param operation the operation id of the spec
	 * @return the name, or {@code null} for an operation the conventions do not cover
	 */
	static @Nullable String operationName(String operation) {
		return switch (operation) {
			case "createChatCompletion", "createResponse" -> "chat";
			case "createCompletion" -> "text_completion";
			case "createEmbedding" -> "embeddings";
			default -> null;
		};
	}

	/**
	 * The attributes the call's span and its meters share. {@code error.type} is there only
	 * when the call failed: the HTTP status of an error answer, or the class of the
	 * exception when none arrived.
	 * @param context the call
	 * @param operationName its {@code gen_ai.operation.name}
	 * @param withError whether to add {@code error.type}
	 * @return the attributes
	 */
	static KeyValues of(OpenAIClientObservationContext context, String operationName, boolean withError) {
		KeyValues values = KeyValues.of(KeyValue.of(OPERATION_NAME, operationName), PROVIDER,
				KeyValue.of(SERVER_ADDRESS, context.getServerAddress()),
				KeyValue.of(SERVER_PORT, String.valueOf(context.getServerPort())));
		if (context.getModel() != null) {
			values = values.and(REQUEST_MODEL, context.getModel());
		}
		if (context.getResponseModel() != null) {
			values = values.and(RESPONSE_MODEL, context.getResponseModel());
		}
		String errorType = withError ? errorType(context) : null;
		return (errorType != null) ? values.and(ERROR_TYPE, errorType) : values;
	}

	private static @Nullable String errorType(OpenAIClientObservationContext context) {
		Integer status = context.getStatusCode();
		if (status != null && status >= 400) {
			return String.valueOf(status);
		}
		Throwable error = context.getError();
		return (error != null) ? error.getClass().getName() : null;
	}

}
