package org.openaiboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAITransport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration of the OpenAI clients, bound from {@code openai.*}.
 */
@ConfigurationProperties("openai")
public class OpenAIProperties {

	/**
	 * API key sent as a bearer token. Falls back to the OPENAI_API_KEY environment
	 * variable. Required for OpenAI's own API, optional for other base URLs.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the API; point it at any OpenAI-compatible server.
	 */
	private String baseUrl = OpenAITransport.DEFAULT_BASE_URL;

	/**
	 * Organization the requests are billed to, sent as the OpenAI-Organization header.
	 */
	private @Nullable String organization;

	/**
	 * Project the requests belong to, sent as the OpenAI-Project header.
	 */
	private @Nullable String project;

	/**
	 * Timeout for establishing a connection.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Timeout for reading a response; long answers from large models can take minutes.
	 */
	private Duration readTimeout = Duration.ofMinutes(10);

	/**
	 * Time limit of a whole call: its attempts, the waits between them and the reading of
	 * the answer. For a stream, the time until its response arrives.
	 */
	private Duration callTimeout = Duration.ofMinutes(10);

	/**
	 * Longest wait for the next event of a stream, while the caller waits for one.
	 */
	private Duration streamIdleTimeout = Duration.ofMinutes(5);

	/**
	 * Additional headers sent with every request.
	 */
	private Map<String, String> headers = new LinkedHashMap<>();

	@NestedConfigurationProperty
	private final OpenAIPoolProperties pool = new OpenAIPoolProperties();

	@NestedConfigurationProperty
	private final OpenAILimitsProperties limits = new OpenAILimitsProperties();

	@NestedConfigurationProperty
	private final OpenAIRetryProperties retry = new OpenAIRetryProperties();

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

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	public void setOrganization(@Nullable String organization) {
		this.organization = organization;
	}

	public @Nullable String getProject() {
		return this.project;
	}

	public void setProject(@Nullable String project) {
		this.project = project;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public Duration getStreamIdleTimeout() {
		return this.streamIdleTimeout;
	}

	public void setStreamIdleTimeout(Duration streamIdleTimeout) {
		this.streamIdleTimeout = streamIdleTimeout;
	}

	public OpenAIPoolProperties getPool() {
		return this.pool;
	}

	public OpenAILimitsProperties getLimits() {
		return this.limits;
	}

	public Map<String, String> getHeaders() {
		return this.headers;
	}

	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	public OpenAIRetryProperties getRetry() {
		return this.retry;
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
