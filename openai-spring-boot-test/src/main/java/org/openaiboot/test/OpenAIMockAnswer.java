package org.openaiboot.test;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIHeaders;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * What {@link OpenAIMockServer} answers to one request: a status, headers, a body (whole
 * or as a stream of events), and optionally a delay before it or a {@link OpenAIMockFault
 * fault} of the connection. Immutable: each method returns a changed copy. Created by
 * {@link OpenAIMockAnswers}.
 *
 * @see OpenAIMockAnswers
 */
public final class OpenAIMockAnswer {

	/** A delay longer than this would only hold a thread of the server after the client gave up. */
	static final Duration MAX_DELAY = Duration.ofMinutes(1);

	private final int status;

	private final HttpHeaders headers;

	private final Function<JsonMapper, List<byte[]>> body;

	private final boolean streamed;

	private final Duration delay;

	private final @Nullable OpenAIMockFault fault;

	private OpenAIMockAnswer(int status, HttpHeaders headers, Function<JsonMapper, List<byte[]>> body,
			boolean streamed, Duration delay, @Nullable OpenAIMockFault fault) {
		this.status = status;
		this.headers = headers;
		this.body = body;
		this.streamed = streamed;
		this.delay = delay;
		this.fault = fault;
	}

	/**
	 * An answer written at once.
	 * @param status the status
	 * @param contentType the body's content type
	 * @param body the body, built from the mapper of the wire format
	 * @return the answer
	 */
	static OpenAIMockAnswer whole(int status, MediaType contentType, Function<JsonMapper, byte[]> body) {
		return new OpenAIMockAnswer(status, headers(contentType), (mapper) -> List.of(body.apply(mapper)), false,
				Duration.ZERO, null);
	}

	/**
	 * An answer of Server-Sent Events, each flushed as soon as it is written.
	 * @param events the events, each a whole frame ending with a blank line
	 * @return the answer
	 */
	static OpenAIMockAnswer eventStream(Function<JsonMapper, List<byte[]>> events) {
		return new OpenAIMockAnswer(200, headers(MediaType.TEXT_EVENT_STREAM), events, true, Duration.ZERO, null);
	}

	private static HttpHeaders headers(MediaType contentType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(contentType);
		return headers;
	}

	/**
	 * This answer with another status.
	 * @param status the status, from 200 to 599
	 * @return the changed answer
	 */
	public OpenAIMockAnswer status(int status) {
		Assert.isTrue(status >= 200 && status <= 599, () -> "status must be from 200 to 599, was " + status);
		return new OpenAIMockAnswer(status, this.headers, this.body, this.streamed, this.delay, this.fault);
	}

	/**
	 * This answer with a header set, replacing any value it had.
	 * @param name the header's name
	 * @param value its value
	 * @return the changed answer
	 */
	public OpenAIMockAnswer header(String name, String value) {
		Assert.hasText(name, "header name must not be empty");
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(this.headers);
		headers.set(name, value);
		return new OpenAIMockAnswer(this.status, headers, this.body, this.streamed, this.delay, this.fault);
	}

	/**
	 * This answer with an {@code x-request-id}; without one, the server numbers its
	 * answers {@code req_mock_1}, {@code req_mock_2}, ...
	 * @param requestId the request id
	 * @return the changed answer
	 */
	public OpenAIMockAnswer requestId(String requestId) {
		return header(OpenAIHeaders.REQUEST_ID, requestId);
	}

	/**
	 * This answer asking the client to wait before it tries again, with
	 * {@code retry-after} in whole seconds (rounded up) and {@code retry-after-ms}.
	 * @param wait the wait, zero or more
	 * @return the changed answer
	 */
	public OpenAIMockAnswer retryAfter(Duration wait) {
		Assert.isTrue(!wait.isNegative(), () -> "retry-after must not be negative, was " + wait);
		long seconds = wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0);
		return header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).header(OpenAIHeaders.RETRY_AFTER_MS,
				Long.toString(wait.toMillis()));
	}

	/**
	 * This answer sent after a delay, to make the client time out. The delay ends early
	 * when the server stops.
	 * @param delay the delay, from zero to one minute
	 * @return the changed answer
	 */
	public OpenAIMockAnswer delay(Duration delay) {
		Assert.isTrue(!delay.isNegative() && delay.compareTo(MAX_DELAY) <= 0,
				() -> "delay must be from zero to " + MAX_DELAY + ", was " + delay);
		return new OpenAIMockAnswer(this.status, this.headers, this.body, this.streamed, delay, this.fault);
	}

	/**
	 * This answer broken by a fault of the connection.
	 * @param fault the fault
	 * @return the changed answer
	 */
	public OpenAIMockAnswer fault(OpenAIMockFault fault) {
		return new OpenAIMockAnswer(this.status, this.headers, this.body, this.streamed, this.delay, fault);
	}

	int getStatus() {
		return this.status;
	}

	HttpHeaders getHeaders() {
		return this.headers;
	}

	List<byte[]> bodyParts(JsonMapper jsonMapper) {
		return this.body.apply(jsonMapper);
	}

	boolean isStreamed() {
		return this.streamed;
	}

	Duration getDelay() {
		return this.delay;
	}

	@Nullable OpenAIMockFault getFault() {
		return this.fault;
	}

	@Override
	public String toString() {
		return "OpenAIMockAnswer[status=" + this.status + ", contentType=" + this.headers.getContentType()
				+ ((this.fault != null) ? ", fault=" + this.fault : "") + "]";
	}

}
