package org.openaiboot.client;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;

import org.springframework.http.HttpHeaders;

/**
 * The answer of a call together with the HTTP status and headers of the response it came
 * from: the {@code x-request-id}, the server's processing time and the
 * {@code x-ratelimit-*} headers that the typed answer leaves out.
 * <p>
 * Wrap any call of any client, or of a client of your own on the same transport, in
 * {@link #capture(Supplier)}:
 * <pre class="code">
 * RawResponse&lt;CreateChatCompletionResponse&gt; raw = RawResponse.capture(() -&gt; chat.createChatCompletion(request));
 * String remaining = raw.header("x-ratelimit-remaining-tokens");
 * log.info("{} in {}", raw.requestId(), raw.processingTime());
 * CreateChatCompletionResponse completion = raw.body();
 * </pre>
 * The headers are those of the attempt that answered, not of an attempt that was retried.
 * For a stream or a {@link BinaryResponse} they are those of the response that opened it,
 * and the body is the stream or the download itself, still to be read and closed.
 * <p>
 * {@link #toString()} shows the status and the type of the body, never the headers, which
 * may carry cookies.
 *
 * @param <T> the type of the body
 */
public final class RawResponse<T> {

	private final int status;

	private final HttpHeaders headers;

	private final T body;

	RawResponse(int status, HttpHeaders headers, T body) {
		this.status = status;
		this.headers = headers;
		this.body = body;
	}

	/**
	 * Make a call and return its answer together with the status and headers of its
	 * response.
	 * <p>
	 * The call must be made on this thread. When the supplier makes several, the status
	 * and headers are those of the last one, and the body is what the supplier returns.
	 * Captures may nest: each one sees the last call made within it, a nested one's
	 * included. A call that fails leaves nothing captured; its exception, which propagates,
	 * carries the status, headers and request id itself (see
	 * {@link OpenAIApiException#getHeaders()}).
	 * @param <T> the type of the answer
	 * @param call makes the call, such as {@code () -> chat.createChatCompletion(request)}
	 * @return the answer with its status and headers
	 * @throws IllegalStateException if the supplier returned without a call that succeeded
	 * last
	 */
	public static <T> RawResponse<T> capture(Supplier<T> call) {
		return ResponseCapture.run(call);
	}

	/**
	 * The HTTP status of the response.
	 * @return the status code, such as 200
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The headers of the response, a read-only copy.
	 * @return the headers
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * The answer, as the call returns it.
	 * @return the body: the parsed response, a {@link Stream} or a {@link BinaryResponse}
	 */
	public T body() {
		return this.body;
	}

	/**
	 * The first value of a response header, such as
	 * {@code x-ratelimit-remaining-requests}. Names are not case-sensitive.
	 * @param name the header name
	 * @return the value, or {@code null} if the response did not send it
	 */
	public @Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

	/**
	 * The id OpenAI gave the request, to quote to their support.
	 * @return the {@code x-request-id}, or {@code null} if the response had none
	 */
	public @Nullable String requestId() {
		return header(OpenAIHeaders.REQUEST_ID);
	}

	/**
	 * How long the server says it took to process the request.
	 * @return the {@code openai-processing-ms}, or {@code null} if the response had none
	 * or it is not a number of milliseconds
	 */
	public @Nullable Duration processingTime() {
		String millis = header(OpenAIHeaders.PROCESSING_MS);
		if (millis == null) {
			return null;
		}
		try {
			return Duration.ofMillis(Long.parseLong(millis.trim()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		String type = (this.body instanceof Stream) ? "Stream" : this.body.getClass().getSimpleName();
		return "RawResponse[status=" + this.status + ", body=" + type + "]";
	}

}
