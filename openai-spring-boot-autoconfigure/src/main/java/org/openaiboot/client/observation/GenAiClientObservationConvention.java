package org.openaiboot.client.observation;

import io.micrometer.common.KeyValues;

/**
 * The {@code openai.client.requests} observation named and described as the OpenTelemetry
 * semantic conventions for generative AI clients say, for the operations they cover: its
 * span is named {@code {gen_ai.operation.name} {gen_ai.request.model}} (for example
 * {@code chat gpt-4o}) and carries the {@code gen_ai.*}, {@code server.*} and
 * {@code error.type} attributes, with the tokens the answer told, as high-cardinality key
 * values; its timer keeps the tags of {@link DefaultOpenAIClientObservationConvention}.
 * Other operations keep the default names.
 */
public class GenAiClientObservationConvention extends DefaultOpenAIClientObservationConvention {

	@Override
	public String getContextualName(OpenAIClientObservationContext context) {
		String operationName = GenAiAttributes.operationName(context.getOperation());
		if (operationName == null) {
			return super.getContextualName(context);
		}
		return (context.getModel() != null) ? operationName + " " + context.getModel() : operationName;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(OpenAIClientObservationContext context) {
		String operationName = GenAiAttributes.operationName(context.getOperation());
		if (operationName == null) {
			return KeyValues.empty();
		}
		KeyValues values = GenAiAttributes.of(context, operationName, true);
		if (context.getInputTokens() != null) {
			values = values.and(GenAiAttributes.INPUT_TOKENS, String.valueOf(context.getInputTokens()));
		}
		if (context.getOutputTokens() != null) {
			values = values.and(GenAiAttributes.OUTPUT_TOKENS, String.valueOf(context.getOutputTokens()));
		}
		return values;
	}

}
