package org.openaiboot.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.ApiExceptionMapper;
import org.openaiboot.client.logging.ExchangeLog;
import org.openaiboot.client.observation.DefaultOpenAIClientObservationConvention;
import org.openaiboot.client.observation.OpenAIClientObservationContext;
import org.openaiboot.client.observation.OpenAIClientObservationConvention;
import org.openaiboot.client.observation.OpenAIMetrics;
import org.openaiboot.client.ratelimit.OpenAIRateLimiter;
import org.openaiboot.client.stream.EventStreams;
import org.openaiboot.client.stream.StreamEnd;
import org.openaiboot.client.transport.CallDeadline;
import org.openaiboot.client.transport.ConnectionAborter;
import org.openaiboot.client.transport.Failures;
import org.openaiboot.client.transport.ResponseBodies;
import org.openaiboot.client.transport.RetryLoop;
import org.openaiboot.client.transport.SecretMasker;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The one HTTP transport every resource client shares: base URL and authentication
 * headers, its own JSON mapper, retries, typed errors, Server-Sent Events, token metrics
 * and the {@code openai.client.requests} observation.
 * <p>
 * Every call takes the same path: {@link #exchange} sends it within its time limit and
 * observation, retrying as {@link RetryLoop} decides, and a {@link ResponseHandler}
 * reads the answer whole or hands it out open.
 * <p>
 * Create it with {@link #builder()}. Thread-safe; create one per configuration and share it.
 */
public final class OpenAITransport {

	/** The base URL of OpenAI's own API. */
	public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

	private static final OpenAIClientObservationConvention DEFAULT_CONVENTION = new DefaultOpenAIClientObservationConvention();

	private final String baseUrl;

	private final SingletonSupplier<RestClient> restClient;

	private final JsonMapper jsonMapper;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OpenAIClientObservationConvention observationConvention;

	private final OpenAIMetrics metrics;

	private final RetryLoop retry;

	private final Duration callTimeout;

	private final Failures failures;

	private final ApiExceptionMapper errors;

	private final ResponseBodies bodies;

	private final EventStreams eventStreams;

	private final ExchangeLog log;

	private final CallUris uris;

	private final String connectionName;

	private final @Nullable AccessTokenProvider accessToken;

	private volatile @Nullable String lastAccessToken;

	private final OpenAIRateLimiter rateLimiter;

	OpenAITransport(OpenAITransportBuilder builder) {
		this.baseUrl = builder.baseUrl;
		this.restClient = builder.restClient();
		this.uris = new CallUris(this.baseUrl, builder.azure);
		this.connectionName = builder.connectionName;
		this.accessToken = builder.accessToken;
		this.jsonMapper = builder.jsonMapperOrDefault();
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
		this.metrics = OpenAIMetrics.of(builder.meterRegistry, this.connectionName);
		this.retry = new RetryLoop(builder.retry, this.metrics);
		this.callTimeout = builder.callTimeout;
		this.rateLimiter = builder.rateLimiter;
		SecretMasker masker = builder.masker().withCurrent(() -> this.lastAccessToken);
		this.failures = new Failures(masker, URI.create(this.baseUrl).getHost(), TransportRestClient.poolSize(builder));
		this.errors = new ApiExceptionMapper(this.jsonMapper, masker);
		this.bodies = new ResponseBodies(this.jsonMapper, this.failures, builder.limits);
		this.log = new ExchangeLog(builder.logging, masker);
		this.eventStreams = new EventStreams(builder.streamIdleTimeout, builder.limits, this.jsonMapper, this.failures,
				this.errors, this.metrics, this.log);
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

	public static OpenAITransportBuilder builder() {
		return new OpenAITransportBuilder();
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

	/**
	 * Send a call and read its JSON answer, recording the tokens it tells it used.
	 * @param call the call
	 * @param responseType the type of the answer
	 * @return the answer
	 */
	public <T> T execute(ApiCall call, Class<T> responseType) {
		byte[] json = json(call);
		ResponseHandler.Reader<T> reader = (response) -> this.bodies.json(response, responseType);
		return exchange(call, json, true, () -> request(call, json), reader);
	}

	/**
	 * Send a call whose answer is text, or nothing worth reading (a deletion that answers
	 * with an empty body), and read it as text.
	 * @param call the call
	 * @return the text of the answer, empty when there is none
	 */
	public String executeForText(ApiCall call) {
		byte[] json = json(call);
		ResponseHandler.Reader<String> reader = this.bodies::text;
		return exchange(call, json, true, () -> request(call, json), reader);
	}

	/**
	 * Send a {@code multipart/form-data} request and read the JSON answer. A request with a
	 * part read from a stream is sent once only, never retried.
	 * @param call the call, without a body
	 * @param parts the parts, as {@link MultipartForm} builds them
	 * @param responseType the type of the answer
	 * @return the answer
	 */
	public <T> T executeMultipart(ApiCall call, MultiValueMap<String, ?> parts, Class<T> responseType) {
		ResponseHandler.Reader<T> reader = (response) -> this.bodies.json(response, responseType);
		return exchange(call, null, MultipartForm.isReplayable(parts), () -> multipart(call, parts), reader);
	}

	/**
	 * Send a {@code multipart/form-data} request whose answer is plain text, such as a
	 * transcript as SubRip subtitles.
	 * @param call the call, without a body
	 * @param parts the parts
	 * @return the text of the answer
	 */
	String executeMultipartForText(ApiCall call, MultiValueMap<String, ?> parts) {
		ResponseHandler.Reader<String> reader = this.bodies::text;
		return exchange(call, null, MultipartForm.isReplayable(parts), () -> multipart(call, parts), reader);
	}

	/**
	 * Send a request whose answer is binary (audio, a file's content) and return it
	 * unread, for the caller to read and close. The HTTP status is checked first; the
	 * observation ends when the result is closed.
	 * @param call the call
	 * @return the open response
	 */
	public BinaryResponse download(ApiCall call) {
		byte[] json = json(call);
		ResponseHandler.Opener<BinaryResponse> opener = (response, observation) -> new BinaryResponse(response,
				observation, this.eventStreams.idleTimeout());
		return exchange(call, json, true, () -> request(call, json), opener);
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
	 * the stream ends as its operation's streams do. An {@code error} event fails the
	 * stream; the four-argument form also tells an error sent in the shape of a chunk.
	 * @param call the call
	 * @param chunkType the type of a chunk
	 * @param end how the stream ends
	 * @return the chunks, read lazily; close the stream to give the connection back
	 */
	public <T> Stream<T> stream(ApiCall call, Class<T> chunkType, StreamEnd end) {
		return stream(call, chunkType, (chunk) -> Map.of(), end);
	}

	/**
	 * Send a request whose answer is a stream of Server-Sent Events, one chunk each, until
	 * the stream ends as its operation's streams do. The tokens a chunk tells it used are
	 * recorded as it is read.
	 * @param call the call
	 * @param chunkType the type of a chunk
	 * @param otherMembers the members of a chunk that its type does not name; an error sent
	 * as a plain event is read as a chunk with an {@code error} member
	 * @param end how the stream ends
	 * @return the chunks, read lazily
	 */
	public <T> Stream<T> stream(ApiCall call, Class<T> chunkType, Function<T, Map<String, ?>> otherMembers,
			StreamEnd end) {
		long sentAt = System.nanoTime();
		byte[] json = json(call);
		ResponseHandler.Opener<Stream<T>> opener = (response, observation) -> this.eventStreams.open(response,
				observation, call, sentAt, chunkType, otherMembers, end);
		return exchange(call, json, true, () -> request(call, json).accept(MediaType.TEXT_EVENT_STREAM), opener);
	}

	/**
	 * The one path of every call: start its observation and time limit, send it until an
	 * attempt's answer is final, and make the answer of that attempt's response. A whole
	 * answer's tokens are recorded here; an open answer stops the observation itself
	 * when it is closed. Within {@link RawResponse#capture}, the status and headers of the
	 * final attempt are kept, and forgotten if the call fails. Each attempt waits for the
	 * rate limiter's permit and tells it how the attempt went.
	 * @param call the call
	 * @param json the JSON body, for the rate limiter's estimate; {@code null} if none
	 * @param replayable whether the request may be sent more than once
	 * @param request creates the request of one attempt
	 * @param handler reads the response whole, or hands it out open
	 * @return the answer
	 */
	private <R> R exchange(ApiCall call, byte @Nullable [] json, boolean replayable,
			Supplier<RestClient.RequestBodySpec> request, ResponseHandler<R> handler) {
		boolean open = handler.keepsOpen();
		ResponseCapture capture = ResponseCapture.current();
		OpenAIClientObservationContext context = new OpenAIClientObservationContext(call.operation(), call.model(),
				open, this.baseUrl, this.connectionName);
		Observation observation = Observation
			.createNotStarted(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.start();
		CallDeadline deadline = CallDeadline.start(this.callTimeout);
		boolean handedOut = false;
		AtomicReference<OpenAIRateLimiter.Permit> permit = new AtomicReference<>(OpenAIRateLimiter.Permit.NONE);
		try (Observation.Scope scope = observation.openScope(); deadline) {
			R answer = this.retry.run(call.operation(), replayable, (mayRetry) -> {
				deadline.onExpiry(null);
				// the attempt before, if it failed without an answer
				permit.get().finished(null);
				OpenAIRateLimiter.Permit attempt = this.rateLimiter.acquire(call, json);
				permit.set(attempt);
				long sentAt = System.nanoTime();
				return request.get().exchange((sent, received) -> {
					deadline.onExpiry(() -> ConnectionAborter.abort(received));
					context.setStatusCode(received.getStatusCode().value());
					ClientHttpResponse response = this.log.response(sent, received, sentAt, open);
					attempt.responded(response.getStatusCode().value(), response.getHeaders());
					RetryLoop.Outcome<R> again = mayRetry ? this.retry.retryFor(response) : null;
					if (again != null) {
						attempt.finished(null);
						return again;
					}
					try {
						if (capture != null) {
							capture.record(response);
						}
						return new RetryLoop.Done<>(handler.handle(response, observation, this.errors));
					}
					catch (IOException ex) {
						// the answer arrived and broke while it was read: not a call to repeat
						throw this.failures.io(ex, deadline);
					}
					finally {
						ExchangeLog.exchangeEnded(response);
					}
				}, !open);
			});
			handedOut = open;
			permit.get().finished(open ? null : answer);
			if (!open) {
				this.metrics.usage(call, answer, observation);
			}
			return answer;
		}
		catch (RuntimeException ex) {
			permit.get().finished(null);
			if (capture != null) {
				capture.clear();
			}
			RuntimeException translated = this.failures.translate(ex, deadline);
			observation.error(translated);
			throw translated;
		}
		finally {
			if (!handedOut) {
				observation.stop();
			}
		}
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
		return request(call, json, json);
	}

	private RestClient.RequestBodySpec request(ApiCall call, byte @Nullable [] json, @Nullable Object logged) {
		RestClient.RequestBodySpec spec = this.restClient.obtain().method(call.method()).uri(this.uris.of(call));
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
			if (this.accessToken != null) {
				String token = OpenAIHeaders.checkValue(this.accessToken.token(), "The access token");
				this.lastAccessToken = token;
				headers.setBearerAuth(token);
			}
			this.log.request(request, logged);
		});
	}

	private RestClient.RequestBodySpec multipart(ApiCall call, MultiValueMap<String, ?> parts) {
		Assert.state(call.body() == null, "A multipart call carries its parts, not a body");
		return request(call, null, parts).contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
	}

}
