package org.openaiboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAITransport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration of the OpenAI clients, bound from {@code openai.*}: the default
 * connection, the settings all connections share, and the named connections.
 */
@ConfigurationProperties("openai")
public class OpenAIProperties extends OpenAIConnectionProperties {

	@NestedConfigurationProperty
	private final OpenAILimitsProperties limits = new OpenAILimitsProperties();

	@NestedConfigurationProperty
	private final OpenAILoggingProperties logging = new OpenAILoggingProperties();

	private final Metrics metrics = new Metrics();

	/**
	 * Settings of single API resources, by the resource's name (chat, completions,
	 * embeddings, images, audio, files, fine-tuning, models, moderations, assistants,
	 * threads, ...), that override the global ones.
	 */
	private final Map<String, Resource> resources = new LinkedHashMap<>();

	private final Assistants assistants = new Assistants();

	/**
	 * Further connections by name, each with its own base URL, credentials, timeouts,
	 * retries and pool, and its own client beans qualified with the name.
	 */
	private final Map<String, OpenAIConnectionProperties> connections = new LinkedHashMap<>();

	public OpenAILimitsProperties getLimits() {
		return this.limits;
	}

	public OpenAILoggingProperties getLogging() {
		return this.logging;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public Map<String, Resource> getResources() {
		return this.resources;
	}

	/**
	 * The settings of one resource, the defaults if none are configured.
	 * @param name the resource's name, as in {@code openai.resources.<name>.*}
	 * @return its settings
	 */
	public Resource getResource(String name) {
		Resource resource = this.resources.get(name);
		return (resource != null) ? resource : new Resource();
	}

	public Assistants getAssistants() {
		return this.assistants;
	}

	public Map<String, OpenAIConnectionProperties> getConnections() {
		return this.connections;
	}

	/**
	 * Micrometer metrics of the clients.
	 */
	public static class Metrics {

		/**
		 * Whether to record the openai.client.requests observation and the token, retry and
		 * first-chunk meters.
		 */
		private boolean enabled = true;

		/**
		 * Which names the metrics and spans of the calls follow: 'openai' (the
		 * openai.client.* meters, spans named 'openai <operation>'), 'gen-ai' (the
		 * OpenTelemetry semantic conventions for generative AI: gen_ai.client.* meters,
		 * spans named '<operation> <model>' with gen_ai.* attributes), or 'both'.
		 */
		private Conventions conventions = Conventions.BOTH;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Conventions getConventions() {
			return this.conventions;
		}

		public void setConventions(Conventions conventions) {
			this.conventions = conventions;
		}

	}

	/**
	 * The naming conventions of the metrics and spans.
	 */
	public enum Conventions {

		/**
		 * The starter's own openai.client.* meters.
		 */
		OPENAI,

		/**
		 * The OpenTelemetry semantic conventions for generative AI clients.
		 */
		GEN_AI,

		/**
		 * Both: the openai.client.* meters, and the gen_ai.client.* meters and span names.
		 */
		BOTH;

		boolean genAi() {
			return this != OPENAI;
		}

	}

	/**
	 * Settings of one API resource that override the global ones.
	 */
	public static class Resource {

		/**
		 * Whether to create the client bean of this resource.
		 */
		private boolean enabled = true;

		/**
		 * Base URL for this resource, overriding openai.base-url.
		 */
		private @Nullable String baseUrl;

		/**
		 * API key for this resource, overriding openai.api-key.
		 */
		private @Nullable String apiKey;

		/**
		 * Read timeout for this resource, overriding openai.read-timeout.
		 */
		private @Nullable Duration readTimeout;

		/**
		 * Time limit of a whole call of this resource, overriding openai.call-timeout.
		 */
		private @Nullable Duration callTimeout;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(@Nullable String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public @Nullable String getApiKey() {
			return this.apiKey;
		}

		public void setApiKey(@Nullable String apiKey) {
			this.apiKey = apiKey;
		}

		public @Nullable Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(@Nullable Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public @Nullable Duration getCallTimeout() {
			return this.callTimeout;
		}

		public void setCallTimeout(@Nullable Duration callTimeout) {
			this.callTimeout = callTimeout;
		}

	}

	/**
	 * Settings of the Assistants API (beta) and its threads.
	 */
	public static class Assistants {

		/**
		 * Value of the OpenAI-Beta header sent by the assistants and threads clients.
		 */
		private String betaVersion = "assistants=v1";

		public String getBetaVersion() {
			return this.betaVersion;
		}

		public void setBetaVersion(String betaVersion) {
			this.betaVersion = betaVersion;
		}

	}

}
