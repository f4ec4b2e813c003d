package org.openaiboot.client.ratelimit;

import java.time.Duration;

/**
 * Where the budgets live: two token buckets per key (an API key and a model), one of
 * requests and one of tokens, that fill up at their limit per window. Each response
 * re-bases them on what the server reported, and each answer settles the tokens a call
 * was estimated to need against those it used.
 */
public interface RateLimitStore {

	/**
	 * {@link #take} took what the call needs.
	 */
	long TAKEN = 0;

	/**
	 * {@link #take} found the call needs more than a whole window allows.
	 */
	long NEVER = -1;

	/**
	 * {@link #take} found no budget: no response has told one yet. Nothing was taken; the
	 * call may go to learn the budget. A shared store answers this to one caller of all
	 * instances at a time, and a wait to the others.
	 */
	long UNKNOWN = -2;

	/**
	 * Take one request and some tokens from a budget, if both have room.
	 * @param key the budget's key
	 * @param tokens the tokens the call is estimated to need
	 * @param window the time in which the budget fills up from empty
	 * @return {@link #TAKEN}, the milliseconds to wait until there will be room,
	 * {@link #NEVER} or {@link #UNKNOWN}
	 */
	long take(String key, long tokens, Duration window);

	/**
	 * Re-base a budget on what a response reported: its limits become the limits, and no
	 * more than its remaining counts are left.
	 * @param key the budget's key
	 * @param snapshot what the response reported
	 * @param window the time in which the budget fills up from empty
	 */
	void observe(String key, RateLimitSnapshot snapshot, Duration window);

	/**
	 * Give tokens back to a budget, or take more when the count is negative: the
	 * difference between the estimate a call took and the tokens it used.
	 * @param key the budget's key
	 * @param tokens the tokens to give back
	 * @param window the time in which the budget fills up from empty
	 */
	void giveBack(String key, long tokens, Duration window);

}
