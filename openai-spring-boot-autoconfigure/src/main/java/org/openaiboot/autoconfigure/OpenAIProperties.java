package org.openaiboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAITransport;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
	 * Additional headers sent with every request.
	 */
	private Map<String, String> headers = new LinkedHashMap<>();

	private final Retry retry = new Retry();

	private final Metrics metrics = new Metrics();

	private final Resource chat = new Resource();

	private final Resource completions = new Resource();

	private final Resource embeddings = new Resource();

	private final Resource images = new Resource();

	private final Resource audio = new Resource();

	private final Resource files = new Resource();

	private final Resource fineTuning = new Resource();

	private final Resource models = new Resource();

	private final Resource moderations = new Resource();

	private final Assistants assistants = new Assistants();

	private final Resource threads = new Resource();

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

	public Map<String, String> getHeaders() {
		return this.headers;
	}

	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public Resource getChat() {
		return this.chat;
	}

	public Resource getCompletions() {
		return this.completions;
	}

	public Resource getEmbeddings() {
		return this.embeddings;
	}

	public Resource getImages() {
		return this.images;
	}

	public Resource getAudio() {
		return this.audio;
	}

	public Resource getFiles() {
		return this.files;
	}

	public Resource getFineTuning() {
		return this.fineTuning;
	}

	public Resource getModels() {
		return this.models;
	}

	public Resource getModerations() {
		return this.moderations;
	}

	public Assistants getAssistants() {
		return this.assistants;
	}

	public Resource getThreads() {
		return this.threads;
	}

	/**
	 * Retries of transient failures.
	 */
	public static class Retry {

		/**
		 * Whether to retry connection errors and the statuses 408, 409, 429 and 5xx.
		 */
		private boolean enabled = true;

		/**
		 * Maximum number of attempts per call, the first one included.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry when the server gives no retry-after.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest computed wait between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(8);

		/**
		 * Factor by which the computed wait grows after each retry.
		 */
		private double multiplier = 2.0;

		/**
		 * Longest wait accepted from a retry-after or retry-after-ms response header.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

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

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
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

	}

	/**
	 * Settings of the Assistants API (beta), which also apply to threads.
	 */
	public static class Assistants extends Resource {

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
