package org.openaiboot.client;

/**
 * A client of one resource of the API, such as {@link OpenAIChatClient}: what
 * {@link OpenAIClient} hands out. A client written outside this library joins it by
 * implementing this interface (and, with Spring Boot, by being a bean).
 */
public interface OpenAIResourceClient {

	/**
	 * The resource's name, which its settings are bound under
	 * ({@code openai.resources.<name>.*}), such as {@code chat}.
	 * @return the name
	 */
	String resourceName();

}
