package org.openaiboot.autoconfigure;

import org.openaiboot.client.OpenAITransportBuilder;

/**
 * Callback to customize the {@link OpenAITransportBuilder} of every auto-configured
 * OpenAI client, after the {@code openai.*} properties were applied: for example to add
 * a header or to use another JSON mapper.
 */
@FunctionalInterface
public interface OpenAIClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder of one resource client's transport
	 */
	void customize(OpenAITransportBuilder builder);

}
