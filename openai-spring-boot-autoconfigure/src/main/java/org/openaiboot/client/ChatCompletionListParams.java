package org.openaiboot.client;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.Validate;

/**
 * The query parameters of {@link OpenAIChatClient#listChatCompletions}: the model and
 * metadata to filter the stored chat completions by, and the page size, order and
 * {@code after} cursor. Absent parameters are not sent. Start from {@link #DEFAULTS} and
 * set what differs:
 * <pre class="code">
 * Page&lt;CreateChatCompletionResponse&gt; page = chat.listChatCompletions(
 *         ChatCompletionListParams.DEFAULTS.withModel("gpt-4o").withMetadata(Map.of("team", "support")));
 * </pre>
 * {@link Page#autoPaging()} keeps these parameters for every page it fetches, with its
 * own {@code after} cursor.
 *
 * @param model only the completions of this model, or {@code null} for all
 * @param metadata only the completions that have each of these metadata entries; empty
 * for all
 * @param limit how many completions a page holds, 1 to 100 (the API's default is 20)
 * @param order the sort order by creation time (the API's default is oldest first)
 * @param after the id of the completion after which the page starts
 */
public record ChatCompletionListParams(@Nullable String model, Map<String, String> metadata, @Nullable Integer limit,
		@Nullable ListOrder order, @Nullable String after) {

	/** No parameters: every stored completion, with the API's defaults. */
	public static final ChatCompletionListParams DEFAULTS = new ChatCompletionListParams(null, Map.of(), null, null,
			null);

	/**
	 * Check the parameters.
	 * @throws org.openaiboot.models.common.ValidationException if the limit is out of
	 * range or {@code metadata} is null
	 */
	public ChatCompletionListParams {
		Validate.range(limit, "limit", 1, 100);
		metadata = Map.copyOf(Validate.required(metadata, "metadata"));
	}

	/**
	 * These parameters for another model.
	 * @param model the model's id, or {@code null} for all
	 * @return the new parameters
	 */
	public ChatCompletionListParams withModel(@Nullable String model) {
		return new ChatCompletionListParams(model, this.metadata, this.limit, this.order, this.after);
	}

	/**
	 * These parameters with other metadata to filter by.
	 * @param metadata the entries a completion must have, empty for all
	 * @return the new parameters
	 */
	public ChatCompletionListParams withMetadata(Map<String, String> metadata) {
		return new ChatCompletionListParams(this.model, metadata, this.limit, this.order, this.after);
	}

	/**
	 * These parameters with another page size.
	 * @param limit how many completions a page holds, 1 to 100, or {@code null} for the
	 * API's default
	 * @return the new parameters
	 */
	public ChatCompletionListParams withLimit(@Nullable Integer limit) {
		return new ChatCompletionListParams(this.model, this.metadata, limit, this.order, this.after);
	}

	/**
	 * These parameters with another sort order.
	 * @param order the order by creation time, or {@code null} for the API's default
	 * @return the new parameters
	 */
	public ChatCompletionListParams withOrder(@Nullable ListOrder order) {
		return new ChatCompletionListParams(this.model, this.metadata, this.limit, order, this.after);
	}

	/**
	 * These parameters starting after another completion.
	 * @param after the id of the completion after which the page starts, or {@code null}
	 * @return the new parameters
	 */
	public ChatCompletionListParams withAfter(@Nullable String after) {
		return new ChatCompletionListParams(this.model, this.metadata, this.limit, this.order, after);
	}

	ApiCall applyTo(ApiCall call) {
		call.query("model", this.model);
		// sorted, so that the same filter always makes the same URL
		new TreeMap<>(this.metadata).forEach((key, value) -> call.query("metadata[" + key + "]", value));
		return call.query("limit", this.limit).query("order", this.order).query("after", this.after);
	}

}
