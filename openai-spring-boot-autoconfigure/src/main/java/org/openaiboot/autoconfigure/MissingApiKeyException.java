package org.openaiboot.autoconfigure;

/**
 * Thrown at startup when a client would call OpenAI's own API without an API key.
 */
class MissingApiKeyException extends IllegalStateException {

	private final String property;

	MissingApiKeyException(String property, String baseUrl) {
		super("No OpenAI API key is configured for " + baseUrl);
		this.property = property;
	}

	/**
	 * The property that should hold the key, such as {@code openai.api-key}.
	 * @return the property name
	 */
	String getProperty() {
		return this.property;
	}

}
