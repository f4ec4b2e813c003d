package org.openaiboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAITransport;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Where and how the clients of one connection call the API: {@code openai.*} for the
 * default connection, {@code openai.connections.<name>.*} for a named one.
 */
public class OpenAIConnectionProperties {

	/**
	 * Kind of server: 'openai' for OpenAI's API and OpenAI-compatible servers, 'azure' for
	 * an Azure OpenAI resource.
	 */
	private Kind kind = Kind.OPENAI;

	/**
	 * API key, sent as a bearer token (in the api-key header for kind azure). Required
	 * for OpenAI's own API, optional for other base URLs. The default connection falls
	 * back to the OPENAI_API_KEY environment variable; named connections have no
	 * fallback.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the API; point it at any OpenAI-compatible server. For kind azure, the
	 * endpoint of the Azure OpenAI resource, such as https://my-resource.openai.azure.com.
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
	private final OpenAIRetryProperties retry = new OpenAIRetryProperties();

	@NestedConfigurationProperty
	private final OpenAIAzureProperties azure = new OpenAIAzureProperties();

	public Kind getKind() {
		return this.kind;
	}

	public void setKind(Kind kind) {
		this.kind = kind;
	}

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

	public Map<String, String> getHeaders() {
		return this.headers;
	}

	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	public OpenAIRetryProperties getRetry() {
		return this.retry;
	}

	public OpenAIAzureProperties getAzure() {
		return this.azure;
	}

	/**
	 * The kinds of server a connection calls.
	 */
	public enum Kind {

		/**
		 * OpenAI's API, or a server that serves the same paths and takes a bearer token.
		 */
		OPENAI,

		/**
		 * An Azure OpenAI resource: its paths, api-version and api-key header.
		 */
		AZURE

	}

}
