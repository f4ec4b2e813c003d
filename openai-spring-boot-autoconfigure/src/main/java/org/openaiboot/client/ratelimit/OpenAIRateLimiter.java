package org.openaiboot.client.ratelimit;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.error.RateLimitBudgetExceededException;

import org.springframework.http.HttpHeaders;

/**
 * What the transport asks before each attempt of a call, and tells after it: the one
 * seam between {@code OpenAITransport} and a rate-limit budget. {@link OpenAIRateLimits}
 * gives the implementation for one API key; {@link #NONE} leaves every call as it is.
 */
public interface OpenAIRateLimiter {

	/**
	 * Lets every call go at once and observes nothing.
	 */
	OpenAIRateLimiter NONE = (call, json) -> Permit.NONE;

	/**
	 * Wait, if the budget says so, until an attempt of the call may be sent.
	 * @param call the call
	 * @param json the body the attempt sends, {@code null} when it sends no JSON
	 * @return the permit of the attempt, to tell it how the attempt went
	 * @throws RateLimitBudgetExceededException when the budget has no room for the call
	 * within the longest wait allowed
	 */
	Permit acquire(ApiCall call, byte @Nullable [] json);

	/**
	 * One attempt allowed to go.
	 */
	interface Permit {

		/**
		 * A permit that does nothing.
		 */
		Permit NONE = new Permit() {

			@Override
			public void responded(int status, HttpHeaders headers) {
			}

			@Override
			public void finished(@Nullable Object answer) {
			}

		};

		/**
		 * The attempt's response arrived.
		 * @param status its HTTP status
		 * @param headers its headers, which may tell the rate limits
		 */
		void responded(int status, HttpHeaders headers);

		/**
		 * The attempt is over: its answer was read, handed out open, or it failed.
		 * @param answer the answer read whole, whose token usage settles the estimate;
		 * {@code null} when there is none to read
		 */
		void finished(@Nullable Object answer);

	}

}
