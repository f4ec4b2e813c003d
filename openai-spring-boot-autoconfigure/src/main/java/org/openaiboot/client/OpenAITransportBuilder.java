package org.openaiboot.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.ConnectionPoolTimeoutException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.client.error.ResponseTooLargeException;
import org.openaiboot.client.observation.OpenAIClientObservationConvention;
import org.openaiboot.client.observation.OpenAIMetrics;
import org.openaiboot.client.ratelimit.OpenAIRateLimiter;
import org.openaiboot.client.ratelimit.OpenAIRateLimits;
import org.openaiboot.client.transport.SecretMasker;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Configures an {@link OpenAITransport}: where it sends, how it authenticates, its HTTP
 * engine, time limits, retries and meters. Create it with {@link OpenAITransport#builder()}.
 */
public final class OpenAITransportBuilder {

	// the fields without a modifier are read by OpenAITransport as they are

	String baseUrl = OpenAITransport.DEFAULT_BASE_URL;

	@Nullable String apiKey;

	@Nullable String organization;

	@Nullable String project;

	final Map<String, String> headers = new LinkedHashMap<>();

	Duration connectTimeout = Duration.ofSeconds(10);

	Duration readTimeout = Duration.ofMinutes(10);

	Duration callTimeout = Duration.ofMinutes(10);

	Duration streamIdleTimeout = Duration.ofMinutes(5);

	ResponseLimits limits = ResponseLimits.DEFAULTS;

	@Nullable ConnectionPoolSettings connectionPool;

	private final List<String> secrets = new ArrayList<>();

	RetrySettings retry = RetrySettings.DEFAULTS;

	LoggingSettings logging = LoggingSettings.OFF;

	@Nullable Supplier<RestClient.Builder> restClientBuilder;

	@Nullable ClientHttpRequestFactory requestFactory;

	private @Nullable JsonMapper jsonMapper;

	ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	@Nullable OpenAIClientObservationConvention observationConvention;

	@Nullable MeterRegistry meterRegistry;

	String connectionName = OpenAIMetrics.DEFAULT_CONNECTION;

	@Nullable AzureOpenAI azure;

	@Nullable AccessTokenProvider accessToken;

	OpenAIRateLimiter rateLimiter = OpenAIRateLimiter.NONE;

	OpenAITransportBuilder() {
	}

	/**
	 * The base URL, {@value OpenAITransport#DEFAULT_BASE_URL} by default; point it at any
	 * OpenAI-compatible server.
	 * @param baseUrl the base URL
	 * @return this builder
	 */
	public OpenAITransportBuilder baseUrl(String baseUrl) {
		Assert.hasText(baseUrl, "baseUrl must not be empty");
		String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		try {
			Assert.isTrue(URI.create(trimmed).isAbsolute(), () -> "baseUrl must be absolute, was '" + trimmed + "'");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("baseUrl must be an absolute URL, was '" + trimmed + "'", ex);
		}
		this.baseUrl = trimmed;
		return this;
	}

	/**
	 * Call an Azure OpenAI resource: its base URL and paths, and the API key sent in the
	 * {@code api-key} header rather than as a bearer token.
	 * @param azure the resource's endpoint and the shape of its paths
	 * @return this builder
	 */
	public OpenAITransportBuilder azure(AzureOpenAI azure) {
		this.azure = azure;
		this.baseUrl = azure.baseUrl();
		return this;
	}

	/**
	 * Send a bearer token asked of the provider before each attempt, instead of a fixed
	 * API key.
	 * @param accessToken supplies the token
	 * @return this builder
	 */
	public OpenAITransportBuilder accessToken(AccessTokenProvider accessToken) {
		this.accessToken = accessToken;
		return this;
	}

	/**
	 * The API key, sent as a bearer token. Without one no {@code Authorization} header
	 * is sent, which suits local servers that need none.
	 * @param apiKey the key, or {@code null}
	 * @return this builder
	 */
	public OpenAITransportBuilder apiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
		return this;
	}

	public OpenAITransportBuilder organization(@Nullable String organization) {
		this.organization = organization;
		return this;
	}

	public OpenAITransportBuilder project(@Nullable String project) {
		this.project = project;
		return this;
	}

	/**
	 * A header to send with every request.
	 * @param name the header name
	 * @param value the value
	 * @return this builder
	 */
	public OpenAITransportBuilder header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public OpenAITransportBuilder headers(Map<String, String> headers) {
		this.headers.putAll(headers);
		return this;
	}

	/**
	 * The connect timeout of the default HTTP engine; ignored when a request factory or
	 * a {@code RestClient.Builder} is given.
	 * @param connectTimeout the timeout
	 * @return this builder
	 */
	public OpenAITransportBuilder connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		return this;
	}

	/**
	 * The read timeout of the default HTTP engine when it is Apache HttpClient; ignored
	 * when a request factory or a {@code RestClient.Builder} is given. The JDK's
	 * {@code HttpClient}, to which Spring would apply it as a limit on the whole exchange,
	 * relies on the call and stream idle timeouts instead.
	 * @param readTimeout the timeout
	 * @return this builder
	 */
	public OpenAITransportBuilder readTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
		return this;
	}

	/**
	 * The time limit of a whole call, 10 minutes by default: its attempts, the waits
	 * between them and the reading of the answer. For a stream, the time until its
	 * response arrives. A call still running then fails with an
	 * {@link OpenAITimeoutException}.
	 * @param callTimeout the time limit
	 * @return this builder
	 */
	public OpenAITransportBuilder callTimeout(Duration callTimeout) {
		Assert.isTrue(!callTimeout.isNegative() && !callTimeout.isZero(), "callTimeout must be positive");
		this.callTimeout = callTimeout;
		return this;
	}

	/**
	 * The longest wait for the next event of a stream, 5 minutes by default; a stream
	 * that sends nothing for that long (or only bytes that never complete an event)
	 * fails with an {@link OpenAITimeoutException}. Time the caller spends between
	 * events does not count.
	 * @param streamIdleTimeout the timeout
	 * @return this builder
	 */
	public OpenAITransportBuilder streamIdleTimeout(Duration streamIdleTimeout) {
		Assert.isTrue(!streamIdleTimeout.isNegative() && !streamIdleTimeout.isZero(), "streamIdleTimeout must be positive");
		this.streamIdleTimeout = streamIdleTimeout;
		return this;
	}

	/**
	 * How much of a response is read before a {@link ResponseTooLargeException}; the
	 * header limits apply to the default engine only.
	 * @param limits the limits
	 * @return this builder
	 */
	public OpenAITransportBuilder limits(ResponseLimits limits) {
		this.limits = limits;
		return this;
	}

	/**
	 * The connection pool of the default engine, {@link ConnectionPoolSettings#DEFAULTS}
	 * unless set. With an engine of your own, tells the size of its pool for the
	 * message of a {@link ConnectionPoolTimeoutException}.
	 * @param connectionPool the pool settings
	 * @return this builder
	 */
	public OpenAITransportBuilder connectionPool(ConnectionPoolSettings connectionPool) {
		this.connectionPool = connectionPool;
		return this;
	}

	/**
	 * Another value to hide wherever a server's answer reaches an exception, besides
	 * the API key, organization, project and header values, which are always hidden:
	 * for example the keys of other clients that share a proxy.
	 * @param secret the value
	 * @return this builder
	 */
	public OpenAITransportBuilder secret(String secret) {
		this.secrets.add(secret);
		return this;
	}

	public OpenAITransportBuilder retry(RetrySettings retry) {
		this.retry = retry;
		return this;
	}

	/**
	 * Which requests and responses to log, and how much of their bodies; none by default.
	 * @param logging the settings
	 * @return this builder
	 */
	public OpenAITransportBuilder logging(LoggingSettings logging) {
		this.logging = logging;
		return this;
	}

	/**
	 * The builder to start from, for example Spring Boot's, so that its customizers and
	 * {@code http.client.requests} observations apply. It is cloned, not changed. A
	 * builder without a request factory of its own gets Spring's default Apache engine,
	 * which repeats 429 and 503 answers on its own below these retries; the
	 * auto-configuration switches that off in the engine it builds.
	 * @param restClientBuilder the builder
	 * @return this builder
	 */
	public OpenAITransportBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "restClientBuilder must not be null");
		return restClientBuilder(() -> restClientBuilder);
	}

	/**
	 * Where to get the builder to start from, asked on the first call rather than when
	 * the transport is built; the builder it gives is cloned, not changed.
	 * @param restClientBuilder supplies the builder
	 * @return this builder
	 */
	public OpenAITransportBuilder restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
		this.restClientBuilder = restClientBuilder;
		return this;
	}

	/**
	 * The HTTP engine. By default, Apache HttpClient 5 when it is on the class path,
	 * otherwise the JDK's {@code HttpClient}.
	 * @param requestFactory the request factory
	 * @return this builder
	 */
	public OpenAITransportBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
		this.requestFactory = requestFactory;
		return this;
	}

	public OpenAITransportBuilder jsonMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		return this;
	}

	public OpenAITransportBuilder observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
		return this;
	}

	public OpenAITransportBuilder observationConvention(@Nullable OpenAIClientObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
		return this;
	}

	/**
	 * The registry for the token, retry and first-chunk meters; without one they are
	 * not recorded.
	 * @param meterRegistry the registry, or {@code null}
	 * @return this builder
	 */
	public OpenAITransportBuilder meterRegistry(@Nullable MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
		return this;
	}

	/**
	 * The name of the connection this transport belongs to, the {@code openai.connection}
	 * tag of its meters; {@code default} by default.
	 * @param connectionName the name
	 * @return this builder
	 */
	public OpenAITransportBuilder connectionName(String connectionName) {
		Assert.hasText(connectionName, "connectionName must not be empty");
		this.connectionName = connectionName;
		return this;
	}

	/**
	 * The rate-limit budget the calls take from and report to, such as
	 * {@link OpenAIRateLimits#limiter(String)} gives; by default none.
	 * @param rateLimiter the limiter
	 * @return this builder
	 */
	public OpenAITransportBuilder rateLimiter(OpenAIRateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
		return this;
	}

	public OpenAITransport build() {
		Assert.state(this.accessToken == null || !StringUtils.hasText(this.apiKey),
				"Set either an API key or an access token provider, not both");
		return new OpenAITransport(this);
	}

	/**
	 * Build the transport and a client on it, for example
	 * {@code OpenAITransport.builder().apiKey(key).build(OpenAIChatClient::new)}.
	 * @param <C> the client type
	 * @param client creates the client from the transport
	 * @return the client
	 */
	public <C> C build(Function<OpenAITransport, C> client) {
		return client.apply(build());
	}

	JsonMapper jsonMapperOrDefault() {
		return (this.jsonMapper != null) ? this.jsonMapper : OpenAITransport.createJsonMapper(this.limits);
	}

	/**
	 * Hides the API key, organization, project, header values and other secrets
	 * wherever a server's answer reaches an exception.
	 */
	SecretMasker masker() {
		List<@Nullable String> secrets = new ArrayList<>(this.secrets);
		Collections.addAll(secrets, this.apiKey, this.organization, this.project);
		secrets.addAll(this.headers.values());
		return SecretMasker.of(secrets);
	}

	SingletonSupplier<RestClient> restClient() {
		return TransportRestClient.of(this);
	}

	@Override
	public String toString() {
		return "OpenAITransportBuilder[baseUrl=" + this.baseUrl + ", apiKey="
				+ (StringUtils.hasText(this.apiKey) ? "******" : "none") + "]";
	}

}
