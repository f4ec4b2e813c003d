package org.openaiboot.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.util.StringUtils;

/**
 * The base URL of a resource as the actuator endpoints show it: without the user
 * information or query of the URL, which a proxy's credentials may hide in.
 */
final class ShownBaseUrl {

	private ShownBaseUrl() {
	}

	/**
	 * The base URL one resource calls, to show.
	 * @param properties the properties
	 * @param name the resource's name
	 * @return its {@code openai.resources.<name>.base-url}, or else {@code openai.base-url}
	 */
	static String of(OpenAIProperties properties, String name) {
		String own = properties.getResource(name).getBaseUrl();
		return of(StringUtils.hasText(own) ? own : properties.getBaseUrl());
	}

	/**
	 * A base URL without its user information and query.
	 * @param baseUrl the base URL
	 * @return the URL to show
	 */
	static String of(String baseUrl) {
		try {
			URI uri = new URI(baseUrl);
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
		}
		catch (URISyntaxException ex) {
			return "(not a valid URL)";
		}
	}

}
