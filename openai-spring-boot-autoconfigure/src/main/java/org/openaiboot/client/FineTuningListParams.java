package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;

/**
 * The query parameters of the fine-tuning list operations, which page forward only and
 * take no sort order. Both are optional; absent ones are not sent. Start from
 * {@link #DEFAULTS}: {@code FineTuningListParams.DEFAULTS.withLimit(50)}.
 *
 * @param after the id of the job or event after which the page starts
 * @param limit how many items a page holds, at least 1 (the API's default is 20)
 */
public record FineTuningListParams(@Nullable String after, @Nullable Integer limit) {

	/** No parameters: the API's defaults, from the newest item. */
	public static final FineTuningListParams DEFAULTS = new FineTuningListParams(null, null);

	/**
	 * Check the parameters.
	 * @throws org.openaiboot.models.common.ValidationException if the limit is below 1
	 */
	public FineTuningListParams {
		Validate.min(limit, "limit", 1);
	}

	/**
	 * These parameters starting after another item.
	 * @param after the id of the item after which the page starts, or {@code null}
	 * @return the new parameters
	 */
	public FineTuningListParams withAfter(@Nullable String after) {
		return new FineTuningListParams(after, this.limit);
	}

	/**
	 * These parameters with another page size.
	 * @param limit how many items a page holds, at least 1, or {@code null} for the API's
	 * default
	 * @return the new parameters
	 */
	public FineTuningListParams withLimit(@Nullable Integer limit) {
		return new FineTuningListParams(this.after, limit);
	}

	ApiCall applyTo(ApiCall call) {
		return call.query("after", this.after).query("limit", this.limit);
	}

}
