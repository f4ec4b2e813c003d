package org.openaiboot.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.responses.IncludeEnum;

/**
 * The query parameters of the lists of items, a conversation's
 * ({@link OpenAIConversationsClient#listConversationItems}) or a response's input
 * ({@link OpenAIResponsesClient#listInputItems}): the page size, order and {@code after}
 * cursor of the other lists (these have no {@code before}), and the extra data to include
 * in the items. Absent parameters are not sent. Start from {@link #DEFAULTS} and set what
 * differs:
 * <pre class="code">
 * Page&lt;ConversationItem&gt; page = conversations.listConversationItems(conversationId,
 *         ItemListParams.DEFAULTS.withOrder(ListOrder.ASC)
 *             .withInclude(IncludeEnum.MESSAGE_OUTPUT_TEXT_LOGPROBS));
 * </pre>
 * {@link Page#autoPaging()} keeps these parameters for every page it fetches, with its
 * own {@code after} cursor.
 *
 * @param limit how many items a page holds, 1 to 100 (the API's default is 20)
 * @param order the sort order (the API's default is newest first)
 * @param after the id of the item after which the page starts
 * @param include the extra data to include, each sent as one {@code include} parameter;
 * empty for none
 */
public record ItemListParams(@Nullable Integer limit, @Nullable ListOrder order, @Nullable String after,
		List<IncludeEnum> include) {

	/** No parameters: the API's defaults, from the start of the list. */
	public static final ItemListParams DEFAULTS = new ItemListParams(null, null, null,
			List.of());

	/**
	 * Check the parameters.
	 * @throws org.openaiboot.models.common.ValidationException if the limit is out of
	 * range or {@code include} is null
	 */
	public ItemListParams {
		Validate.range(limit, "limit", 1, 100);
		include = List.copyOf(Validate.required(include, "include"));
	}

	/**
	 * These parameters with another page size.
	 * @param limit how many items a page holds, 1 to 100, or {@code null} for the API's
	 * default
	 * @return the new parameters
	 */
	public ItemListParams withLimit(@Nullable Integer limit) {
		return new ItemListParams(limit, this.order, this.after, this.include);
	}

	/**
	 * These parameters with another sort order.
	 * @param order the order, or {@code null} for the API's default
	 * @return the new parameters
	 */
	public ItemListParams withOrder(@Nullable ListOrder order) {
		return new ItemListParams(this.limit, order, this.after, this.include);
	}

	/**
	 * These parameters starting after another item.
	 * @param after the id of the item after which the page starts, or {@code null}
	 * @return the new parameters
	 */
	public ItemListParams withAfter(@Nullable String after) {
		return new ItemListParams(this.limit, this.order, after, this.include);
	}

	/**
	 * These parameters with other extra data to include.
	 * @param include the extra data, none for the API's default
	 * @return the new parameters
	 */
	public ItemListParams withInclude(IncludeEnum... include) {
		return new ItemListParams(this.limit, this.order, this.after, List.of(include));
	}

	ApiCall applyTo(ApiCall call) {
		return OpenAIConversationsClient.include(call.query("limit", this.limit).query("order", this.order)
			.query("after", this.after), this.include);
	}

}
