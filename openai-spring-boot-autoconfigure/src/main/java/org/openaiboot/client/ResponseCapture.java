package org.openaiboot.client;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * The status and headers of the last call a thread made within
 * {@link RawResponse#capture(Supplier)}, held in a thread-local for the transport to fill.
 * <p>
 * The transport asks for the current capture once per call. While no capture is open on
 * any thread, that is one volatile read: the thread-local is not even looked up, so a
 * thread that never captures (a virtual thread above all) gets no thread-local entry.
 */
final class ResponseCapture {

	private static final ThreadLocal<ResponseCapture> CURRENT = new ThreadLocal<>();

	/** How many captures are open, on all threads together. */
	private static final AtomicInteger OPEN = new AtomicInteger();

	private final @Nullable ResponseCapture outer;

	private int status;

	private @Nullable HttpHeaders headers;

	private ResponseCapture(@Nullable ResponseCapture outer) {
		this.outer = outer;
	}

	/**
	 * The capture open on this thread.
	 * @return the innermost capture, or {@code null} when none is open
	 */
	static @Nullable ResponseCapture current() {
		return (OPEN.get() != 0) ? CURRENT.get() : null;
	}

	/**
	 * Run a call with a capture open, and pair what it returns with the status and
	 * headers of the last call it made.
	 * @param <T> the type of the answer
	 * @param call makes the call, on this thread
	 * @return the raw response
	 * @throws IllegalStateException if no call completed within it
	 */
	static <T> RawResponse<T> run(Supplier<T> call) {
		Assert.notNull(call, "call must not be null");
		ResponseCapture outer = CURRENT.get();
		ResponseCapture capture = new ResponseCapture(outer);
		OPEN.incrementAndGet();
		CURRENT.set(capture);
		try {
			T body = call.get();
			HttpHeaders headers = capture.headers;
			Assert.state(headers != null, "No OpenAI call completed within RawResponse.capture, or the last one failed");
			return new RawResponse<>(capture.status, headers, body);
		}
		finally {
			if (outer != null) {
				CURRENT.set(outer);
			}
			else {
				CURRENT.remove();
			}
			OPEN.decrementAndGet();
		}
	}

	/**
	 * Keep the status and headers of the response that ends a call, in this capture and in
	 * the ones around it. Called before the answer is made of it: if that fails,
	 * {@link #clear()} follows.
	 * @param response the response of the call's final attempt
	 * @throws IOException if the status cannot be read
	 */
	void record(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		HttpHeaders headers = HttpHeaders.readOnlyHttpHeaders(HttpHeaders.copyOf(response.getHeaders()));
		for (ResponseCapture capture = this; capture != null; capture = capture.outer) {
			capture.status = status;
			capture.headers = headers;
		}
	}

	/**
	 * Forget the last call, in this capture and in the ones around it, because the call
	 * made since failed.
	 */
	void clear() {
		for (ResponseCapture capture = this; capture != null; capture = capture.outer) {
			capture.status = 0;
			capture.headers = null;
		}
	}

}
