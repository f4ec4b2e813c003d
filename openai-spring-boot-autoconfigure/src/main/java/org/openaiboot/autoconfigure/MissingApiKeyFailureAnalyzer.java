package org.openaiboot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MissingApiKeyException} and how to set the key.
 */
class MissingApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingApiKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingApiKeyException cause) {
		return new FailureAnalysis(cause.getMessage() + ", so the OpenAI clients cannot authenticate.",
				"Set the property '" + cause.getProperty()
						+ "' (for example in application.yml) or the environment variable OPENAI_API_KEY."
						+ " To use an OpenAI-compatible server that needs no key, set 'openai.base-url' to it.",
				cause);
	}

}
