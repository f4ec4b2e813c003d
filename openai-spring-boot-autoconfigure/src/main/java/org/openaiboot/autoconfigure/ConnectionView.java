package org.openaiboot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.AzureOpenAI;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.observation.OpenAIMetrics;

import org.springframework.util.StringUtils;

/**
 * The settings one resource client of one connection is built with: the connection's
 * own, with the default connection's {@code openai.resources.<name>.*} overrides and its
 * fallback to the {@code OPENAI_API_KEY} environment variable. A named connection takes
 * nothing from the default one, so that its key never reaches another server.
 */
final class ConnectionView {

	private static final OpenAIProperties.Resource NO_OVERRIDES = new OpenAIProperties.Resource();

	private final OpenAIConnectionProperties settings;

	private final OpenAIProperties.Resource resource;

	private final String prefix;

	private final String resourcePrefix;

	private final @Nullable String environmentApiKey;

	private ConnectionView(OpenAIConnectionProperties settings, OpenAIProperties.Resource resource, String prefix,
			String resourcePrefix, @Nullable String environmentApiKey) {
		this.settings = settings;
		this.resource = resource;
		this.prefix = prefix;
		this.resourcePrefix = resourcePrefix;
		this.environmentApiKey = environmentApiKey;
	}

	static ConnectionView of(OpenAIProperties properties, String connection, String resource,
			@Nullable String environmentApiKey) {
		if (OpenAIMetrics.DEFAULT_CONNECTION.equals(connection)) {
			return new ConnectionView(properties, properties.getResource(resource), "openai",
					"openai.resources." + resource, environmentApiKey);
		}
		String prefix = "openai.connections." + connection;
		OpenAIConnectionProperties settings = properties.getConnections().get(connection);
		if (settings == null) {
			throw new IllegalArgumentException("No connection named '" + connection + "' is configured (" + prefix + ")");
		}
		return new ConnectionView(settings, NO_OVERRIDES, prefix, prefix, null);
	}

	OpenAIConnectionProperties settings() {
		return this.settings;
	}

	String baseUrl() {
		return StringUtils.hasText(this.resource.getBaseUrl()) ? this.resource.getBaseUrl()
				: this.settings.getBaseUrl();
	}

	@Nullable String apiKey() {
		for (String candidate : new @Nullable String[] { this.resource.getApiKey(), this.settings.getApiKey(),
				this.environmentApiKey }) {
			if (StringUtils.hasText(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Where the key came from, to name when it cannot be sent.
	 */
	String apiKeySource() {
		if (StringUtils.hasText(this.resource.getApiKey())) {
			return this.resourcePrefix + ".api-key";
		}
		return StringUtils.hasText(this.settings.getApiKey()) ? this.prefix + ".api-key" : "OPENAI_API_KEY";
	}

	Duration readTimeout() {
		return (this.resource.getReadTimeout() != null) ? this.resource.getReadTimeout()
				: this.settings.getReadTimeout();
	}

	Duration callTimeout() {
		return (this.resource.getCallTimeout() != null) ? this.resource.getCallTimeout()
				: this.settings.getCallTimeout();
	}

	boolean azure() {
		return this.settings.getKind() == OpenAIConnectionProperties.Kind.AZURE;
	}

	AzureOpenAI toAzure() {
		if (baseUrl().startsWith(OpenAITransport.DEFAULT_BASE_URL)) {
			throw new IllegalStateException(this.prefix + ".base-url must be the endpoint of the Azure OpenAI resource,"
					+ " such as https://my-resource.openai.azure.com, when " + this.prefix + ".kind is azure");
		}
		return this.settings.getAzure().toAzure(baseUrl(), this.prefix);
	}

	/**
	 * Fail at start-up, naming the property, when OpenAI's own API or an Azure resource
	 * would be called without credentials.
	 * @param present whether a key or a token provider was found
	 */
	void checkCredentials(boolean present) {
		if (!present && (azure() || baseUrl().startsWith(OpenAITransport.DEFAULT_BASE_URL))) {
			String property = StringUtils.hasText(this.resource.getBaseUrl()) ? this.resourcePrefix + ".api-key"
					: this.prefix + ".api-key";
			throw new MissingApiKeyException(property, baseUrl());
		}
	}

	/**
	 * Fail at start-up, naming the property, rather than send a header split in two.
	 */
	void checkHeaderValues() {
		if (this.settings.getOrganization() != null) {
			OpenAIHeaders.checkValue(this.settings.getOrganization(), this.prefix + ".organization");
		}
		if (this.settings.getProject() != null) {
			OpenAIHeaders.checkValue(this.settings.getProject(), this.prefix + ".project");
		}
		this.settings.getHeaders().forEach((header, value) -> {
			OpenAIHeaders.checkValue(header, "The name of an " + this.prefix + ".headers entry");
			OpenAIHeaders.checkValue(value, this.prefix + ".headers." + header);
		});
	}

}
