package org.openaiboot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.AccessTokenProvider;
import org.openaiboot.client.ConnectionPoolSettings;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.OpenAITransportBuilder;
import org.openaiboot.client.ResponseLimits;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.observation.OpenAIClientObservationConvention;
import org.openaiboot.client.observation.OpenAIMetrics;
import org.openaiboot.client.ratelimit.OpenAIRateLimits;
import org.openaiboot.client.transport.ApacheEngineTuning;
import org.openaiboot.client.transport.JdkEngineTuning;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link OpenAITransport} of each resource client from the {@code openai.*}
 * properties, on Spring Boot's {@code RestClient.Builder} and HTTP engine, so that the
 * application's {@code RestClientCustomizer}s, {@code http.client.requests}
 * observations and choice of {@link ClientHttpRequestFactoryBuilder} apply.
 * <p>
 * Resources with the same timeouts share one request factory, and so one connection
 * pool, created on the first call rather than at start-up; the pools are closed with the
 * application context.
 */
public class OpenAITransportFactory implements DisposableBean {

	private static final Log logger = LogFactory.getLog(OpenAITransportFactory.class);

	private static final boolean APACHE_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", OpenAITransportFactory.class.getClassLoader());

	private final OpenAIProperties properties;

	private final @Nullable String environmentApiKey;

	private final Supplier<RestClient.Builder> restClientBuilder;

	private final ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

	private final Map<ConnectionPoolSettings, ClientHttpRequestFactoryBuilder<?>> tunedBuilders = new ConcurrentHashMap<>();

	private final HttpClientSettings httpClientSettings;

	private final @Nullable ObservationRegistry observationRegistry;

	private final @Nullable MeterRegistry meterRegistry;

	private final @Nullable OpenAIClientObservationConvention observationConvention;

	private final List<OpenAIClientCustomizer> customizers;

	private final AccessTokenProviders accessTokens;

	private final boolean sizePool;

	private final Map<List<Object>, LazyClientHttpRequestFactory> requestFactories = new ConcurrentHashMap<>();

	private final Set<String> clearTextWarnings = ConcurrentHashMap.newKeySet();

	private @Nullable OpenAIRateLimits rateLimits;

	private final Map<String, OpenAIRateLimits> connectionRateLimits = new ConcurrentHashMap<>();

	OpenAITransportFactory(OpenAIProperties properties, @Nullable String environmentApiKey,
			Supplier<RestClient.Builder> restClientBuilder, ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder,
			HttpClientSettings httpClientSettings, @Nullable ObservationRegistry observationRegistry,
			@Nullable MeterRegistry meterRegistry, @Nullable OpenAIClientObservationConvention observationConvention,
			List<OpenAIClientCustomizer> customizers, AccessTokenProviders accessTokens, boolean sizePool) {
		Assert.isTrue(!properties.getConnections().containsKey(OpenAIMetrics.DEFAULT_CONNECTION),
				"'openai.connections.default' is not allowed: the default connection is configured with openai.*");
		this.properties = properties;
		this.environmentApiKey = environmentApiKey;
		this.restClientBuilder = SingletonSupplier.of(restClientBuilder);
		this.accessTokens = accessTokens;
		this.sizePool = sizePool;
		this.requestFactoryBuilder = requestFactoryBuilder;
		// a redirect would carry the API key to wherever it points
		this.httpClientSettings = httpClientSettings.withRedirects(HttpRedirects.DONT_FOLLOW);
		this.observationRegistry = observationRegistry;
		this.meterRegistry = meterRegistry;
		this.observationConvention = observationConvention;
		this.customizers = customizers;
	}

	/**
	 * Set the rate limits every transport of the default connection reports to and, when
	 * they throttle, takes from; each named connection gets its own, with their settings.
	 * @param rateLimits the rate limits
	 */
	public void setRateLimits(OpenAIRateLimits rateLimits) {
		this.rateLimits = rateLimits;
	}

	/**
	 * Build the transport of one resource.
	 * @param name the resource's name, such as {@code chat}, whose
	 * {@code openai.resources.<name>.*} settings override the global ones
	 * @return the transport
	 * @throws MissingApiKeyException when OpenAI's own API would be called without a key
	 */
	public OpenAITransport create(String name) {
		return builder(OpenAIMetrics.DEFAULT_CONNECTION, name, null).build();
	}

	/**
	 * Build the transport of one resource of a named connection.
	 * @param connection the connection's name, as in {@code openai.connections.<name>.*}
	 * @param name the resource's name, such as {@code chat}
	 * @return the transport
	 * @throws MissingApiKeyException when OpenAI's own API or an Azure resource would be
	 * called without a key
	 */
	public OpenAITransport create(String connection, String name) {
		Assert.isTrue(this.properties.getConnections().containsKey(connection),
				() -> "No connection named '" + connection + "' is configured (openai.connections." + connection + ")");
		return builder(connection, name, null).build();
	}

	/**
	 * Build a transport of one resource for a quick look at the API, such as a health
	 * probe: one attempt, whose connection, reading and whole call each end after the
	 * given time.
	 * @param name the resource's name
	 * @param timeout the time limit of the call
	 * @return the transport
	 * @throws MissingApiKeyException when OpenAI's own API would be called without a key
	 */
	OpenAITransport createProbe(String name, Duration timeout) {
		// after the customizers, so that none brings back retries or a longer limit
		return builder(OpenAIMetrics.DEFAULT_CONNECTION, name, timeout).retry(RetrySettings.DISABLED)
			.callTimeout(timeout)
			.build();
	}

	private OpenAITransportBuilder builder(String connectionName, String name, @Nullable Duration probeTimeout) {
		ConnectionView connection = ConnectionView.of(this.properties, connectionName, name, this.environmentApiKey);
		OpenAIConnectionProperties settings = connection.settings();
		String apiKey = connection.apiKey();
		AccessTokenProvider accessToken = (apiKey != null) ? null
				: this.accessTokens.forConnection(connectionName, connection.azure());
		connection.checkCredentials(apiKey != null || accessToken != null);
		if (apiKey != null) {
			OpenAIHeaders.checkValue(apiKey, connection.apiKeySource());
			warnIfKeyTravelsInClearText(connection.baseUrl());
		}
		connection.checkHeaderValues();
		Duration readTimeout = connection.readTimeout();
		Duration callTimeout = connection.callTimeout();
		Duration connectTimeout = settings.getConnectTimeout();
		if (probeTimeout != null) {
			readTimeout = probeTimeout;
			callTimeout = probeTimeout;
			connectTimeout = (connectTimeout.compareTo(probeTimeout) < 0) ? connectTimeout : probeTimeout;
		}
		ConnectionPoolSettings pool = settings.getPool().toSettings();
		OpenAITransportBuilder builder = OpenAITransport.builder()
			.connectionName(connectionName)
			.baseUrl(connection.baseUrl())
			.apiKey(apiKey)
			.organization(settings.getOrganization())
			.project(settings.getProject())
			.headers(settings.getHeaders())
			.restClientBuilder(this.restClientBuilder)
			.requestFactory(requestFactory(pool, connectTimeout, readTimeout))
			.retry(settings.getRetry().toSettings())
			.callTimeout(callTimeout)
			.streamIdleTimeout(settings.getStreamIdleTimeout())
			.limits(this.properties.getLimits().toLimits())
			.logging(this.properties.getLogging().toSettings())
			.observationConvention(this.observationConvention);
		if (connection.azure()) {
			builder.azure(connection.toAzure());
		}
		if (accessToken != null) {
			builder.accessToken(accessToken);
		}
		configuredApiKeys().forEach(builder::secret);
		OpenAIRateLimits rateLimits = rateLimitsOf(connectionName);
		if (rateLimits != null) {
			builder.rateLimiter(rateLimits.limiter(apiKey));
		}
		if (this.sizePool) {
			builder.connectionPool(pool);
		}
		if (this.properties.getMetrics().isEnabled()) {
			if (this.observationRegistry != null) {
				builder.observationRegistry(this.observationRegistry);
			}
			builder.meterRegistry(this.meterRegistry);
		}
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	private @Nullable OpenAIRateLimits rateLimitsOf(String connection) {
		if (this.rateLimits == null || OpenAIMetrics.DEFAULT_CONNECTION.equals(connection)) {
			return this.rateLimits;
		}
		return this.connectionRateLimits.computeIfAbsent(connection, this.rateLimits::forConnection);
	}

	/**
	 * Every API key configured, for every client to hide: a proxy shared by clients with
	 * different keys could quote any of them.
	 */
	private List<String> configuredApiKeys() {
		List<@Nullable String> keys = new ArrayList<>();
		keys.add(this.properties.getApiKey());
		keys.add(this.environmentApiKey);
		this.properties.getResources().values().forEach((resource) -> keys.add(resource.getApiKey()));
		this.properties.getConnections().values().forEach((connection) -> keys.add(connection.getApiKey()));
		return keys.stream().filter(StringUtils::hasText).toList();
	}

	private void warnIfKeyTravelsInClearText(String baseUrl) {
		URI uri = URI.create(baseUrl);
		if ("http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost())
				&& this.clearTextWarnings.add(baseUrl)) {
			logger.warn("The OpenAI API key is sent unencrypted over plain http to " + uri.getHost()
					+ ": anyone on the network path can read it. Use an https base URL (openai.base-url).");
		}
	}

	private static boolean isLoopback(@Nullable String host) {
		return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]")
				|| host.equals("::1"));
	}

	/**
	 * The request factory, and so the connection pool, of the connections and resources
	 * with the same pool settings and timeouts.
	 */
	private ClientHttpRequestFactory requestFactory(ConnectionPoolSettings pool, Duration connectTimeout,
			Duration readTimeout) {
		// see JdkEngineTuning: no read timeout for that engine
		Duration perRead = (this.requestFactoryBuilder instanceof JdkClientHttpRequestFactoryBuilder) ? null
				: readTimeout;
		ClientHttpRequestFactoryBuilder<?> engine = this.tunedBuilders.computeIfAbsent(pool,
				(settings) -> tuned(this.requestFactoryBuilder, settings, this.properties.getLimits().toLimits(),
						this.sizePool));
		return this.requestFactories.computeIfAbsent(List.of(pool, connectTimeout, readTimeout),
				(key) -> new LazyClientHttpRequestFactory(
						() -> engine.build(this.httpClientSettings.withTimeouts(connectTimeout, perRead))));
	}

	@Override
	public void destroy() throws Exception {
		for (LazyClientHttpRequestFactory factory : this.requestFactories.values()) {
			factory.destroy();
		}
		this.requestFactories.clear();
	}

	/**
	 * Adjust the engines whose defaults do not suit the API: Apache's client retries 429 and
	 * 503 on its own (the clients' own retries do that, with the API's rules), pools five
	 * connections per host and has no limit on response headers (see
	 * {@link ApacheEngineTuning}); the JDK client attempts an h2c upgrade on plain http,
	 * which local OpenAI-compatible servers reject (see {@link JdkEngineTuning}).
	 * @param sizePool whether to set the pool size: not when the application sized the
	 * engine's pool itself and left {@code openai.pool.max-connections} unset
	 */
	private static ClientHttpRequestFactoryBuilder<?> tuned(ClientHttpRequestFactoryBuilder<?> builder,
			ConnectionPoolSettings pool, ResponseLimits limits, boolean sizePool) {
		if (APACHE_PRESENT && builder instanceof HttpComponentsClientHttpRequestFactoryBuilder apache) {
			return Apache.tuned(apache, pool, limits, sizePool);
		}
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			return jdk.withHttpClientCustomizer(JdkEngineTuning::client);
		}
		return builder;
	}

	private static final class Apache {

		static ClientHttpRequestFactoryBuilder<?> tuned(HttpComponentsClientHttpRequestFactoryBuilder builder,
				ConnectionPoolSettings pool, ResponseLimits limits, boolean sizePool) {
			ApacheEngineTuning tuning = ApacheEngineTuning.of(pool, sizePool, limits);
			return builder.withHttpClientCustomizer(tuning::client)
				.withConnectionManagerCustomizer(tuning::connectionManager)
				.withConnectionConfigCustomizer(tuning::connectionConfig)
				.withDefaultRequestConfigCustomizer(tuning::requestConfig);
		}

	}

}
