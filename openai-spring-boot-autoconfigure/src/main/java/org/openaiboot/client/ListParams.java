package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.Validate;

import org.springframework.util.Assert;

/**
 * The query parameters of the cursor-paged list operations: page size, order and cursors.
 * Every parameter is optional; absent ones are not sent. Start from {@link #DEFAULTS} and
 * set what differs:
 * <pre class="code">
 * Page&lt;MessageObject&gt; page = threads.listMessages(threadId,
 *         ListParams.DEFAULTS.withLimit(100).withOrder(ListOrder.ASC));
 * </pre>
 * {@link Page#autoPaging()} keeps these parameters for every page it fetches, with its
 * own {@code after} cursor.
 *
 * @param limit how many objects a page holds, 1 to 100 (the API's default is 20)
 * @param order the sort order by creation time (the API's default is newest first)
 * @param after the id of the object after which the page starts
 * @param before the id of the object before which the page ends
 */
public record ListParams(@Nullable Integer limit, @Nullable ListOrder order, @Nullable String after,
		@Nullable String before) {

	/** No parameters: the API's defaults, from the start of the list. */
	public static final ListParams DEFAULTS = new ListParams(null, null, null, null);

	/**
	 * Check the parameters.
	 * @throws org.openaiboot.models.common.ValidationException if the limit is out of
	 * range
	 */
	public ListParams {
		Validate.range(limit, "limit", 1, 100);
	}

	/**
	 * These parameters with another page size.
	 * @param limit how many objects a page holds, 1 to 100, or {@code null} for the API's
	 * default
	 * @return the new parameters
	 */
	public ListParams withLimit(@Nullable Integer limit) {
		return new ListParams(limit, this.order, this.after, this.before);
	}

	/**
	 * These parameters with another sort order.
	 * @param order the order by creation time, or {@code null} for the API's default
	 * @return the new parameters
	 */
	public ListParams withOrder(@Nullable ListOrder order) {
		return new ListParams(this.limit, order, this.after, this.before);
	}

	/**
	 * These parameters starting after another object.
	 * @param after the id of the object after which the page starts, or {@code null}
	 * @return the new parameters
	 */
	public ListParams withAfter(@Nullable String after) {
		return new ListParams(this.limit, this.order, after, this.before);
	}

	/**
	 * These parameters ending before another object.
	 * @param before the id of the object before which the page ends, or {@code null}
	 * @return the new parameters
	 */
	public ListParams withBefore(@Nullable String before) {
		return new ListParams(this.limit, this.order, this.after, before);
	}

	/**
	 * Add these parameters to the call of a list that has no {@code before} cursor.
	 * @throws IllegalArgumentException when {@code before} is set
	 */
	ApiCall applyWithoutBeforeTo(ApiCall call) {
		Assert.isNull(this.before, () -> "params.before must be null: " + call.operation()
				+ " has no before cursor, but was '" + this.before + "'");
		return applyTo(call);
	}

	ApiCall applyTo(ApiCall call) {
		return call.query("limit", this.limit).query("order", this.order).query("after", this.after)
			.query("before", this.before);
	}

}
