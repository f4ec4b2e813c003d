package org.openaiboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

/**
 * The one HTTP transport every resource client shares: base URL and authentication
 * headers, its own JSON mapper, retries, typed errors, Server-Sent Events and the
 * {@code openai.client.requests} observation.
 * <p>
 * Create it with {@link #builder()}. Thread-safe; create one per configuration and share
 * it.
 */
public final class OpenAITransport {

	/** The base URL of OpenAI's own API. */
	public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

	private static final OpenAIClientObservationConvention DEFAULT_CONVENTION = new DefaultOpenAIClientObservationConvention();

	private final SingletonSupplier<RestClient> restClient;

	private final JsonMapper jsonMapper;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OpenAIClientObservationConvention observationConvention;

	private final OpenAIMetrics metrics;

	private final RetryLoop retry;

	private final String baseUrl;

	private final Failures failures;

	private final Duration callTimeout;

	private final Duration streamIdleTimeout;

	private final ResponseLimits limits;

	private final Map<String, URI> fixedUris = new ConcurrentHashMap<>();

	private OpenAITransport(Builder builder) {
		this.baseUrl = builder.baseUrl;
		this.jsonMapper = (builder.jsonMapper != null) ? builder.jsonMapper : createJsonMapper(builder.limits);
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
		this.metrics = OpenAIMetrics.of(builder.meterRegistry);
		this.callTimeout = builder.callTimeout;
		this.streamIdleTimeout = builder.streamIdleTimeout;
		this.limits = builder.limits;
		List<@Nullable String> secrets = new ArrayList<>(builder.secrets);
		Collections.addAll(secrets, builder.apiKey, builder.organization, builder.project);
		secrets.addAll(builder.headers.values());
		this.failures = new Failures(this.jsonMapper, SecretMasker.of(secrets), URI.create(this.baseUrl).getHost(),
				poolSize(builder));
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.USER_AGENT, UserAgent.VALUE);
		if (StringUtils.hasText(builder.apiKey)) {
			headers.setBearerAuth(OpenAIHeaders.checkValue(builder.apiKey, "The API key"));
		}
		if (StringUtils.hasText(builder.organization)) {
			headers.set(OpenAIHeaders.ORGANIZATION, OpenAIHeaders.checkValue(builder.organization, "The organization"));
		}
		if (StringUtils.hasText(builder.project)) {
			headers.set(OpenAIHeaders.PROJECT, OpenAIHeaders.checkValue(builder.project, "The project"));
		}
		builder.headers.forEach((name, value) -> headers.set(OpenAIHeaders.checkValue(name, "A header name"),
				OpenAIHeaders.checkValue(value, "The value of header " + name)));
		Supplier<RestClient.Builder> base = builder.restClientBuilder;
		ClientHttpRequestFactory requestFactory = builder.requestFactory;
		Duration connectTimeout = builder.connectTimeout;
		Duration readTimeout = builder.readTimeout;
		ConnectionPoolSettings connectionPool = (builder.connectionPool != null) ? builder.connectionPool
				: ConnectionPoolSettings.DEFAULTS;
		ResponseLimits limits = builder.limits;
		this.retry = new RetryLoop(builder.retry, this.metrics);
		// Built on first use: the HTTP engine and RestClient (TLS trust store, connection
		// pool, class loading) would otherwise add about 240 ms to a Boot application's
		// start-up.
		this.restClient = SingletonSupplier.of(() -> {
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
	 * The pool size to name in the message of a {@link ConnectionPoolTimeoutException}.
	 * @return the size, or {@code -1} when the pool is the application's and its size
	 * unknown
	 */
	private static int poolSize(Builder builder) {
		if (builder.connectionPool != null) {
			return builder.connectionPool.maxConnections();
		}
		boolean defaultEngine = builder.requestFactory == null && builder.restClientBuilder == null;
		return defaultEngine ? ConnectionPoolSettings.DEFAULTS.maxConnections() : -1;
	}

	/**
	 * The JSON mapper for the wire format, with the default limits.
	 * @return a new mapper
	 * @see #createJsonMapper(ResponseLimits)
	 */
	public static JsonMapper createJsonMapper() {
		return createJsonMapper(ResponseLimits.DEFAULTS);
	}

	/**
	 * The JSON mapper for the wire format: Jackson 3 defaults, except that unknown members
	 * and {@code null} for primitives never fail a read, and that one document may have no
	 * more tokens than the limits allow. Built here so that an application's own Jackson
	 * settings do not change what is sent to or read from the API.
	 * @param limits the limits, of which the JSON token count applies
	 * @return a new mapper
	 */
	public static JsonMapper createJsonMapper(ResponseLimits limits) {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(limits.maxJsonTokens()).build())
			.build();
		return JsonMapper.builder(factory)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The base URL the transport sends to.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * The transport's JSON mapper.
	 * @return the mapper
	 */
	public JsonMapper getJsonMapper() {
		return this.jsonMapper;
	}

	<T> T execute(ApiCall call, Class<T> responseType) {
		byte[] json = json(call);
		return exchange(call, true, () -> request(call, json), (response) -> read(response, responseType));
	}

	/**
	 * Send a {@code multipart/form-data} request and read the JSON answer. A request with a
	 * part read from a stream is sent once only, never retried.
	 * @param call the call, without a body
	 * @param parts the parts, as {@link MultipartForm} builds them
	 * @param responseType the type of the answer
	 * @return the answer
	 */
	<T> T executeMultipart(ApiCall call, MultiValueMap<String, ?> parts, Class<T> responseType) {
		return exchange(call, MultipartForm.isReplayable(parts), () -> multipart(call, parts),
				(response) -> read(response, responseType));
	}

	/**
	 * Send a {@code multipart/form-data} request whose answer is plain text, such as a
	 * transcript as SubRip subtitles.
	 * @param call the call, without a body
	 * @param parts the parts
	 * @return the text of the answer
	 */
	String executeMultipartForText(ApiCall call, MultiValueMap<String, ?> parts) {
		return exchange(call, MultipartForm.isReplayable(parts), () -> multipart(call, parts), this::readText);
	}

	/**
	 * Send a request whose answer is binary and return it unread. The HTTP status is
	 * checked first; the observation ends when the result is closed.
	 * @param call the call
	 * @return the open response
	 */
	BinaryResponse executeForBinary(ApiCall call) {
		byte[] json = json(call);
		return exchangeOpen(call, () -> request(call, json),
				(response, observation) -> new BinaryResponse(response, observation, this.streamIdleTimeout));
	}

	private <T> T exchange(ApiCall call, boolean replayable, Supplier<RestClient.RequestBodySpec> request,
			ResponseReader<T> reader) {
		OpenAIClientObservationContext context = new OpenAIClientObservationContext(call.operation(), call.model(),
				false);
		Observation observation = startObservation(context);
		CallDeadline deadline = CallDeadline.start(this.callTimeout);
		try (Observation.Scope scope = observation.openScope(); deadline) {
			return this.retry.run(call.operation(), replayable, (mayRetry) -> {
				deadline.onExpiry(null);
				return request.get().exchange((sent, response) -> {
					deadline.onExpiry(() -> ConnectionAborter.abort(response));
					context.setStatusCode(response.getStatusCode().value());
					RetryLoop.Outcome<T> again = mayRetry ? this.retry.retryFor(response) : null;
					if (again != null) {
						return again;
					}
					try {
						return new RetryLoop.Done<>(reader.read(response));
					}
					catch (IOException ex) {
						// the answer arrived and broke while it was read: not a call to repeat
						throw this.failures.io(ex, deadline);
					}
				});
			});
		}
		catch (RuntimeException ex) {
			RuntimeException translated = this.failures.translate(ex, deadline);
			observation.error(translated);
			throw translated;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Send a request whose answer is a stream of Server-Sent Events, one chunk each, until
	 * {@code [DONE]}.
	 * @param call the call
	 * @param chunkType the type of a chunk
	 * @param otherMembers the members of a chunk that its type does not name; an error sent
	 * as a plain event is read as a chunk with an {@code error} member
	 * @return the chunks, read lazily
	 */
	<T> Stream<T> stream(ApiCall call, Class<T> chunkType, Function<T, Map<String, ?>> otherMembers) {
		return stream(call, chunkType, otherMembers, StreamEnd.DONE);
	}

	/**
	 * Send a request whose answer is a stream of Server-Sent Events, one chunk each, until
	 * the stream ends as its operation's streams do.
	 * @param call the call
	 * @param chunkType the type of a chunk
	 * @param otherMembers the members of a chunk that its type does not name; an error sent
	 * as a plain event is read as a chunk with an {@code error} member
	 * @param end how the stream ends
	 * @return the chunks, read lazily
	 */
	<T> Stream<T> stream(ApiCall call, Class<T> chunkType, Function<T, Map<String, ?>> otherMembers,
			StreamEnd end) {
		long started = System.nanoTime();
		Consumer<T> onFirst = (first) -> this.metrics.firstChunk(call.operation(), call.model(),
				Duration.ofNanos(System.nanoTime() - started));
		byte[] json = json(call);
		return exchangeOpen(call, () -> request(call, json).accept(MediaType.TEXT_EVENT_STREAM),
				(response, observation) -> {
			EventSpliterator<T> events = new EventSpliterator<>(response, observation, this.streamIdleTimeout,
					this.limits, this.jsonMapper, this.failures, chunkType, otherMembers, onFirst, end);
			return StreamSupport.stream(events, false).onClose(events::close);
		});
	}

	/**
	 * Send a request and hand its response out unread, once its status was found not to be
	 * an error. Whatever {@code opener} returns must close the response and stop the
	 * observation when it is closed. The call's time limit applies until the response
	 * arrives; a stream's idle timeout after that.
	 */
	private <R> R exchangeOpen(ApiCall call, Supplier<RestClient.RequestBodySpec> request, ResponseOpener<R> opener) {
		OpenAIClientObservationContext context = new OpenAIClientObservationContext(call.operation(), call.model(),
				true);
		Observation observation = startObservation(context);
		CallDeadline deadline = CallDeadline.start(this.callTimeout);
		try (Observation.Scope scope = observation.openScope()) {
			ClientHttpResponse response;
			try (deadline) {
				response = this.retry.run(call.operation(), true, (mayRetry) -> {
					deadline.onExpiry(null);
					return request.get().exchange((sent, exchanged) -> {
						deadline.onExpiry(() -> ConnectionAborter.abort(exchanged));
						context.setStatusCode(exchanged.getStatusCode().value());
						RetryLoop.Outcome<ClientHttpResponse> again = mayRetry ? this.retry.retryFor(exchanged)
								: null;
						if (again != null) {
							return again;
						}
						if (isFailure(exchanged)) {
							try (exchanged) {
								throw this.failures.apiException(exchanged);
							}
							catch (IOException ex) {
								throw this.failures.io(ex, deadline);
							}
						}
						return new RetryLoop.Done<>(exchanged);
					}, false);
				});
			}
			try {
				return opener.open(response, observation);
			}
			catch (IOException | RuntimeException ex) {
				ConnectionAborter.abort(response);
				response.close();
				throw (ex instanceof IOException io) ? this.failures.io(io, null) : (RuntimeException) ex;
			}
		}
		catch (RuntimeException ex) {
			RuntimeException translated = this.failures.translate(ex, deadline);
			observation.error(translated);
			observation.stop();
			throw translated;
		}
	}

	void recordTokens(String operation, @Nullable String model, int promptTokens, int completionTokens) {
		this.metrics.tokens(operation, model, promptTokens, completionTokens);
	}

	private Observation startObservation(OpenAIClientObservationContext context) {
		return Observation
			.createNotStarted(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.start();
	}

	/**
	 * The call's body as JSON, written once for all its attempts. Bytes go past the message
	 * converters, which the application may have configured differently (a JSON converter
	 * would even encode a byte[] as base64).
	 */
	private byte @Nullable [] json(ApiCall call) {
		return (call.body() != null) ? this.jsonMapper.writeValueAsBytes(call.body()) : null;
	}

	private RestClient.RequestBodySpec request(ApiCall call, byte @Nullable [] json) {
		RestClient.RequestBodySpec spec = this.restClient.obtain().method(call.method()).uri(uri(call));
		if (json != null) {
			spec.body((out) -> out.write(json));
		}
		// Set on the request itself rather than on the spec: a spec with headers of its own
		// makes RestClient merge them into one more copy of the default headers.
		return spec.httpRequest((request) -> {
			HttpHeaders headers = request.getHeaders();
			if (json != null) {
				headers.setContentType(MediaType.APPLICATION_JSON);
				headers.setContentLength(json.length);
			}
			if (!call.headers().isEmpty()) {
				call.headers().forEach(headers::put);
			}
		});
	}

	private RestClient.RequestBodySpec multipart(ApiCall call, MultiValueMap<String, ?> parts) {
		Assert.state(call.body() == null, "A multipart call carries its parts, not a body");
		return request(call, null).contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
	}

	/**
	 * The absolute URI of a call, so that {@code RestClient} need not expand a template.
	 * Path variables and query values are encoded strictly: only unreserved characters stay
	 * as they are.
	 */
	private URI uri(ApiCall call) {
		if (call.pathVariables().isEmpty() && call.query().isEmpty()) {
			return this.fixedUris.computeIfAbsent(call.path(), (path) -> URI.create(this.baseUrl + path));
		}
		StringBuilder uri = new StringBuilder(this.baseUrl);
		String path = call.path();
		int from = 0;
		for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', from)) {
			int close = path.indexOf('}', open);
			String value = call.pathVariables().get(path.substring(open + 1, close));
			Assert.state(value != null, () -> "No value for the path variable of " + path);
			uri.append(path, from, open).append(UriUtils.encode(value, StandardCharsets.UTF_8));
			from = close + 1;
		}
		uri.append(path, from, path.length());
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : call.query().entrySet()) {
			for (String value : parameter.getValue()) {
				uri.append(separator)
					.append(UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(UriUtils.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return URI.create(uri.toString());
	}

	/**
	 * Whether a response is an error, or a redirect, which is never followed.
	 */
	private static boolean isFailure(ClientHttpResponse response) throws IOException {
		return response.getStatusCode().isError() || response.getStatusCode().is3xxRedirection();
	}

	private String readText(ClientHttpResponse response) throws IOException {
		if (isFailure(response)) {
			throw this.failures.apiException(response);
		}
		MediaType contentType = response.getHeaders().getContentType();
		Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
				: StandardCharsets.UTF_8;
		return new String(limitedBody(response).readAllBytes(), charset);
	}

	private <T> T read(ClientHttpResponse response, Class<T> type) throws IOException {
		if (isFailure(response)) {
			throw this.failures.apiException(response);
		}
		BodyHeadInputStream body = new BodyHeadInputStream(limitedBody(response));
		try {
			T value = this.jsonMapper.readValue(body, type);
			if (value == null) {
				throw this.failures.unreadable("The response body was JSON null", response, body.head(), null);
			}
			return value;
		}
		catch (JacksonIOException ex) {
			// the connection broke, or the body went past its limit, while it was read: not a
			// malformed body
			throw ex.getCause();
		}
		catch (StreamConstraintsException ex) {
			throw this.failures.tooLarge(ex);
		}
		catch (JacksonException ex) {
			String problem = (body.head().isEmpty()) ? "The response body was empty"
					: "The response body could not be read as " + type.getSimpleName();
			throw this.failures.unreadable(problem, response, body.head(), ex);
		}
	}

	private InputStream limitedBody(ClientHttpResponse response) throws IOException {
		return new LimitedInputStream(response.getBody(), this.limits.maxBodySize());
	}

	/**
	 * Reads the answer of an exchange, its status not yet checked.
	 */
	@FunctionalInterface
	private interface ResponseReader<T> {

		T read(ClientHttpResponse response) throws IOException;

	}

	/**
	 * Wraps an open response whose status is not an error, for its caller to read later.
	 */
	@FunctionalInterface
	private interface ResponseOpener<R> {

		R open(ClientHttpResponse response, Observation observation) throws IOException;

	}

	/**
	 * Configures an {@link OpenAITransport}.
	 */
	public static final class Builder {

		private String baseUrl = DEFAULT_BASE_URL;

		private @Nullable String apiKey;

		private @Nullable String organization;

		private @Nullable String project;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration readTimeout = Duration.ofMinutes(10);

		private Duration callTimeout = Duration.ofMinutes(10);

		private Duration streamIdleTimeout = Duration.ofMinutes(5);

		private ResponseLimits limits = ResponseLimits.DEFAULTS;

		private @Nullable ConnectionPoolSettings connectionPool;

		private final List<String> secrets = new ArrayList<>();

		private RetrySettings retry = RetrySettings.DEFAULTS;

		private @Nullable Supplier<RestClient.Builder> restClientBuilder;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private @Nullable JsonMapper jsonMapper;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable OpenAIClientObservationConvention observationConvention;

		private @Nullable MeterRegistry meterRegistry;

		private Builder() {
		}

		/**
		 * The base URL, {@value #DEFAULT_BASE_URL} by default; point it at any
		 * OpenAI-compatible server.
		 * @param baseUrl the base URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
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
		 * The API key, sent as a bearer token. Without one no {@code Authorization} header
		 * is sent, which suits local servers that need none.
		 * @param apiKey the key, or {@code null}
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		public Builder organization(@Nullable String organization) {
			this.organization = organization;
			return this;
		}

		public Builder project(@Nullable String project) {
			this.project = project;
			return this;
		}

		/**
		 * A header to send with every request.
		 * @param name the header name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		public Builder headers(Map<String, String> headers) {
			this.headers.putAll(headers);
			return this;
		}

		/**
		 * The connect timeout of the default HTTP engine; ignored when a request factory or
		 * a {@code RestClient.Builder} is given.
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
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
		public Builder readTimeout(Duration readTimeout) {
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
		public Builder callTimeout(Duration callTimeout) {
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
		public Builder streamIdleTimeout(Duration streamIdleTimeout) {
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
		public Builder limits(ResponseLimits limits) {
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
		public Builder connectionPool(ConnectionPoolSettings connectionPool) {
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
		public Builder secret(String secret) {
			this.secrets.add(secret);
			return this;
		}

		public Builder retry(RetrySettings retry) {
			this.retry = retry;
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
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			Assert.notNull(restClientBuilder, "restClientBuilder must not be null");
			return restClientBuilder(() -> restClientBuilder);
		}

		/**
		 * Where to get the builder to start from, asked on the first call rather than when
		 * the transport is built; the builder it gives is cloned, not changed.
		 * @param restClientBuilder supplies the builder
		 * @return this builder
		 */
		public Builder restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			return this;
		}

		/**
		 * The HTTP engine. By default, Apache HttpClient 5 when it is on the class path,
		 * otherwise the JDK's {@code HttpClient}.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(ClientHttpRequestFactory requestFactory) {
			this.requestFactory = requestFactory;
			return this;
		}

		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		public Builder observationConvention(@Nullable OpenAIClientObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * The registry for the token, retry and first-chunk meters; without one they are
		 * not recorded.
		 * @param meterRegistry the registry, or {@code null}
		 * @return this builder
		 */
		public Builder meterRegistry(@Nullable MeterRegistry meterRegistry) {
			this.meterRegistry = meterRegistry;
			return this;
		}

		public OpenAITransport build() {
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

		@Override
		public String toString() {
			return "OpenAITransport.Builder[baseUrl=" + this.baseUrl + ", apiKey="
					+ (StringUtils.hasText(this.apiKey) ? "******" : "none") + "]";
		}

	}

}
