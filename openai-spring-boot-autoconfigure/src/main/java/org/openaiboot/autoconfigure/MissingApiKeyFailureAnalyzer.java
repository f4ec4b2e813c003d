package org.openaiboot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MissingApiKeyException} and how to set the key.
 */
class MissingApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingApiKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingApiKeyException cause) {
		String property = cause.getProperty();
		if (property.startsWith("openai.connections.")) {
			String connection = property.substring(0, property.length() - ".api-key".length());
			return new FailureAnalysis(cause.getMessage() + ", so the clients of this connection cannot authenticate.",
					"Set the property '" + property + "', or, for an Azure connection, declare an AccessTokenProvider"
							+ " bean qualified with the connection's name. A named connection does not use"
							+ " openai.api-key or OPENAI_API_KEY. To use a server that needs no key, set '" + connection
							+ ".base-url' to it.",
					cause);
		}
		return new FailureAnalysis(cause.getMessage() + ", so the OpenAI clients cannot authenticate.",
				"Set the property '" + property
						+ "' (for example in application.yml) or the environment variable OPENAI_API_KEY."
						+ " To use an OpenAI-compatible server that needs no key, set 'openai.base-url' to it.",
				cause);
	}

}
