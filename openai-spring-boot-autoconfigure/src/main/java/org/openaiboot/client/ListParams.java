package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.Validate;

/**
 * The query parameters of the cursor-paged list operations of assistants and threads.
 * Every parameter is optional; absent ones are not sent.
 *
 * @param limit how many objects a page holds, 1 to 100 (the API's default is 20)
 * @param order the sort order by creation time
 * @param after the id of the object after which the page starts
 * @param before the id of the object before which the page ends
 */
public record ListParams(@Nullable Integer limit, @Nullable ListOrder order, @Nullable String after,
		@Nullable String before) {

	/** No parameters: the API's defaults. */
	public static final ListParams DEFAULTS = new ListParams(null, null, null, null);

	public ListParams {
		Validate.range(limit, "limit", 1, 100);
	}

	public ListParams withLimit(@Nullable Integer limit) {
		return new ListParams(limit, this.order, this.after, this.before);
	}

	public ListParams withOrder(@Nullable ListOrder order) {
		return new ListParams(this.limit, order, this.after, this.before);
	}

	public ListParams withAfter(@Nullable String after) {
		return new ListParams(this.limit, this.order, after, this.before);
	}

	public ListParams withBefore(@Nullable String before) {
		return new ListParams(this.limit, this.order, this.after, before);
	}

	ApiCall applyTo(ApiCall call) {
		return call.query("limit", this.limit).query("order", this.order).query("after", this.after)
			.query("before", this.before);
	}

}
