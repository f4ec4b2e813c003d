package org.openaiboot.client.error;

import java.time.Duration;

/**
 * A call was not sent: the client-side rate-limit budget ({@code openai.rate-limit.*})
 * would not have room for it within the longest wait allowed, so the API would have
 * refused it with a 429.
 */
public class RateLimitBudgetExceededException extends OpenAIException {

	private final String model;

	private final long tokens;

	private final Duration wait;

	public RateLimitBudgetExceededException(String model, long tokens, Duration wait, Duration maxWait) {
		super("The rate-limit budget of model " + model + " has no room for a call of about " + tokens
				+ " tokens within " + maxWait + " (openai.rate-limit.max-wait): "
				+ (wait.isNegative() ? "the call needs more than the whole budget of its window"
						: "it would have to wait " + wait.toMillis() + " ms"));
		this.model = model;
		this.tokens = tokens;
		this.wait = wait;
	}

	/**
	 * The model whose budget had no room.
	 * @return the model
	 */
	public String getModel() {
		return this.model;
	}

	/**
	 * The tokens the call was estimated to need.
	 * @return the estimate
	 */
	public long getTokens() {
		return this.tokens;
	}

	/**
	 * How long the call would have had to wait; negative when no wait would do, as it
	 * needs more than the whole budget.
	 * @return the wait
	 */
	public Duration getWait() {
		return this.wait;
	}

}
