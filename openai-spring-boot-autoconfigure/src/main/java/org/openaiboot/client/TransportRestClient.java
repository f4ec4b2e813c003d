package org.openaiboot.client;

import java.time.Duration;
import java.util.function.Supplier;

import org.openaiboot.client.transport.DefaultRequestFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The {@code RestClient} of a transport, with its engine, authentication and default
 * headers.
 */
final class TransportRestClient {

	/** The header Azure OpenAI takes the API key in. */
	static final String AZURE_API_KEY = "api-key";

	private TransportRestClient() {
	}

	/**
	 * The {@code RestClient} a builder describes, built on first use: the HTTP engine and
	 * {@code RestClient} (TLS trust store, connection pool, class loading) would otherwise
	 * add about 240 ms to a Boot application's start-up.
	 * @param builder the transport's settings, read now
	 * @return the client, once asked for
	 */
	static SingletonSupplier<RestClient> of(OpenAITransportBuilder builder) {
		HttpHeaders headers = defaultHeaders(builder);
		Supplier<RestClient.Builder> base = builder.restClientBuilder;
		ClientHttpRequestFactory requestFactory = builder.requestFactory;
		Duration connectTimeout = builder.connectTimeout;
		Duration readTimeout = builder.readTimeout;
		ConnectionPoolSettings connectionPool = (builder.connectionPool != null) ? builder.connectionPool
				: ConnectionPoolSettings.DEFAULTS;
		ResponseLimits limits = builder.limits;
		return SingletonSupplier.of(() -> {
			RestClient.Builder restClientBuilder = (base != null) ? base.get().clone() : RestClient.builder();
			if (requestFactory != null) {
				restClientBuilder.requestFactory(requestFactory);
			}
			else if (base == null) {
				restClientBuilder.requestFactory(
						DefaultRequestFactory.create(connectTimeout, readTimeout, connectionPool, limits));
			}
			return restClientBuilder.defaultHeaders((defaults) -> defaults.putAll(headers)).build();
		});
	}

	/**
	 * The pool size to name in the message of a
	 * {@link org.openaiboot.client.error.ConnectionPoolTimeoutException}.
	 * @param builder the transport's settings
	 * @return the size, or {@code -1} when the pool is the application's and its size
	 * unknown
	 */
	static int poolSize(OpenAITransportBuilder builder) {
		if (builder.connectionPool != null) {
			return builder.connectionPool.maxConnections();
		}
		boolean defaultEngine = builder.requestFactory == null && builder.restClientBuilder == null;
		return defaultEngine ? ConnectionPoolSettings.DEFAULTS.maxConnections() : -1;
	}

	private static HttpHeaders defaultHeaders(OpenAITransportBuilder builder) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.USER_AGENT, UserAgent.VALUE);
		if (StringUtils.hasText(builder.apiKey)) {
			String apiKey = OpenAIHeaders.checkValue(builder.apiKey, "The API key");
			if (builder.azure != null) {
				headers.set(AZURE_API_KEY, apiKey);
			}
			else {
				headers.setBearerAuth(apiKey);
			}
		}
		if (StringUtils.hasText(builder.organization)) {
			headers.set(OpenAIHeaders.ORGANIZATION, OpenAIHeaders.checkValue(builder.organization, "The organization"));
		}
		if (StringUtils.hasText(builder.project)) {
			headers.set(OpenAIHeaders.PROJECT, OpenAIHeaders.checkValue(builder.project, "The project"));
		}
		builder.headers.forEach((name, value) -> headers.set(OpenAIHeaders.checkValue(name, "A header name"),
				OpenAIHeaders.checkValue(value, "The value of header " + name)));
		return headers;
	}

}
