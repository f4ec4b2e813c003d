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
import org.openaiboot.client.ConnectionPoolSettings;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.OpenAITransportBuilder;
import org.openaiboot.client.ResponseLimits;
import org.openaiboot.client.RetrySettings;
import org.openaiboot.client.observation.OpenAIClientObservationConvention;
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

	private final HttpClientSettings httpClientSettings;

	private final @Nullable ObservationRegistry observationRegistry;

	private final @Nullable MeterRegistry meterRegistry;

	private final @Nullable OpenAIClientObservationConvention observationConvention;

	private final List<OpenAIClientCustomizer> customizers;

	private final boolean sizePool;

	private final Map<List<Duration>, LazyClientHttpRequestFactory> requestFactories = new ConcurrentHashMap<>();

	private final Set<String> clearTextWarnings = ConcurrentHashMap.newKeySet();

	private @Nullable OpenAIRateLimits rateLimits;

	OpenAITransportFactory(OpenAIProperties properties, @Nullable String environmentApiKey,
			Supplier<RestClient.Builder> restClientBuilder, ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder,
			HttpClientSettings httpClientSettings, @Nullable ObservationRegistry observationRegistry,
			@Nullable MeterRegistry meterRegistry, @Nullable OpenAIClientObservationConvention observationConvention,
			List<OpenAIClientCustomizer> customizers, boolean sizePool) {
		this.properties = properties;
		this.environmentApiKey = environmentApiKey;
		this.restClientBuilder = SingletonSupplier.of(restClientBuilder);
		this.sizePool = sizePool;
		this.requestFactoryBuilder = tuned(requestFactoryBuilder, properties, sizePool);
		// a redirect would carry the API key to wherever it points
		this.httpClientSettings = httpClientSettings.withRedirects(HttpRedirects.DONT_FOLLOW);
		this.observationRegistry = observationRegistry;
		this.meterRegistry = meterRegistry;
		this.observationConvention = observationConvention;
		this.customizers = customizers;
	}

	/**
	 * Set the rate limits every transport reports to and, when they throttle, takes from.
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
		return builder(name, null).build();
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
		return builder(name, timeout).retry(RetrySettings.DISABLED).callTimeout(timeout).build();
	}

	private OpenAITransportBuilder builder(String name, @Nullable Duration probeTimeout) {
		OpenAIProperties.Resource resource = this.properties.getResource(name);
		String baseUrl = StringUtils.hasText(resource.getBaseUrl()) ? resource.getBaseUrl()
				: this.properties.getBaseUrl();
		String apiKey = firstText(resource.getApiKey(), this.properties.getApiKey(), this.environmentApiKey);
		if (apiKey == null && baseUrl.startsWith(OpenAITransport.DEFAULT_BASE_URL)) {
			String property = StringUtils.hasText(resource.getBaseUrl()) ? "openai.resources." + name + ".api-key"
					: "openai.api-key";
			throw new MissingApiKeyException(property, baseUrl);
		}
		if (apiKey != null) {
			OpenAIHeaders.checkValue(apiKey, apiKeySource(name, resource));
			warnIfKeyTravelsInClearText(baseUrl);
		}
		checkHeaderValues();
		Duration readTimeout = (resource.getReadTimeout() != null) ? resource.getReadTimeout()
				: this.properties.getReadTimeout();
		Duration callTimeout = (resource.getCallTimeout() != null) ? resource.getCallTimeout()
				: this.properties.getCallTimeout();
		Duration connectTimeout = this.properties.getConnectTimeout();
		if (probeTimeout != null) {
			readTimeout = probeTimeout;
			callTimeout = probeTimeout;
			connectTimeout = (connectTimeout.compareTo(probeTimeout) < 0) ? connectTimeout : probeTimeout;
		}
		OpenAITransportBuilder builder = OpenAITransport.builder()
			.baseUrl(baseUrl)
			.apiKey(apiKey)
			.organization(this.properties.getOrganization())
			.project(this.properties.getProject())
			.headers(this.properties.getHeaders())
			.restClientBuilder(this.restClientBuilder)
			.requestFactory(requestFactory(connectTimeout, readTimeout))
			.retry(this.properties.getRetry().toSettings())
			.callTimeout(callTimeout)
			.streamIdleTimeout(this.properties.getStreamIdleTimeout())
			.limits(this.properties.getLimits().toLimits())
			.logging(this.properties.getLogging().toSettings())
			.observationConvention(this.observationConvention);
		configuredApiKeys().forEach(builder::secret);
		if (this.rateLimits != null) {
			builder.rateLimiter(this.rateLimits.limiter(apiKey));
		}
		if (this.sizePool) {
			builder.connectionPool(this.properties.getPool().toSettings());
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

	private String apiKeySource(String name, OpenAIProperties.Resource resource) {
		if (StringUtils.hasText(resource.getApiKey())) {
			return "openai.resources." + name + ".api-key";
		}
		return StringUtils.hasText(this.properties.getApiKey()) ? "openai.api-key" : "OPENAI_API_KEY";
	}

	/**
	 * Fail at start-up, naming the property, rather than send a header split in two.
	 */
	private void checkHeaderValues() {
		if (this.properties.getOrganization() != null) {
			OpenAIHeaders.checkValue(this.properties.getOrganization(), "openai.organization");
		}
		if (this.properties.getProject() != null) {
			OpenAIHeaders.checkValue(this.properties.getProject(), "openai.project");
		}
		this.properties.getHeaders().forEach((header, value) -> {
			OpenAIHeaders.checkValue(header, "The name of an openai.headers entry");
			OpenAIHeaders.checkValue(value, "openai.headers." + header);
		});
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

	private ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
		// see JdkEngineTuning: no read timeout for that engine
		Duration perRead = (this.requestFactoryBuilder instanceof JdkClientHttpRequestFactoryBuilder) ? null
				: readTimeout;
		return this.requestFactories.computeIfAbsent(List.of(connectTimeout, readTimeout),
				(key) -> new LazyClientHttpRequestFactory(() -> this.requestFactoryBuilder
					.build(this.httpClientSettings.withTimeouts(connectTimeout, perRead))));
	}

	@Override
	public void destroy() throws Exception {
		for (LazyClientHttpRequestFactory factory : this.requestFactories.values()) {
			factory.destroy();
		}
		this.requestFactories.clear();
	}

	private static @Nullable String firstText(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (StringUtils.hasText(candidate)) {
				return candidate;
			}
		}
		return null;
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
			OpenAIProperties properties, boolean sizePool) {
		if (APACHE_PRESENT && builder instanceof HttpComponentsClientHttpRequestFactoryBuilder apache) {
			return Apache.tuned(apache, properties.getPool().toSettings(), properties.getLimits().toLimits(),
					sizePool);
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
