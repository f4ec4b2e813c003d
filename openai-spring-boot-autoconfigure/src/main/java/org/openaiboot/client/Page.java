package org.openaiboot.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;

import org.springframework.util.Assert;

/**
 * One page of a list operation: its items, whether more follow, the cursors that mark
 * its ends, and the response it was read from.
 * <p>
 * Use the page as it is, or walk it and every page after it with {@link #autoPaging()}:
 * <pre class="code">
 * Page&lt;AssistantObject&gt; page = assistants.listAssistants(ListParams.DEFAULTS.withLimit(100));
 * page.autoPaging().filter((assistant) -&gt; "gpt-4".equals(assistant.model())).forEach(System.out::println);
 * </pre>
 * A resource client of your own makes its pages with {@link #of(Object, List, Boolean, String,
 * String, Function)} when its list sends {@code first_id} and {@code last_id}, with
 * {@link #of(Object, List, Boolean, Function, Function)} when the ids of the items are
 * the cursors, and with {@link #complete(Object, List)} when the list is not paged.
 * <p>
 * A page is read-only and holds no connection: neither it nor the streams of
 * {@code autoPaging()} need closing.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {

	private final Object response;

	private final List<T> data;

	private final boolean hasMore;

	private final @Nullable String firstId;

	private final @Nullable String lastId;

	// null for a list that is not paged
	private final @Nullable Function<String, Page<T>> fetchAfter;

	private Page(Object response, @Nullable List<T> data, @Nullable Boolean hasMore, @Nullable String firstId,
			@Nullable String lastId, @Nullable Function<String, Page<T>> fetchAfter) {
		Assert.notNull(response, "response must not be null");
		this.response = response;
		this.data = (data != null) ? Collections.unmodifiableList(data) : List.of();
		this.hasMore = Boolean.TRUE.equals(hasMore);
		this.firstId = firstId;
		this.lastId = lastId;
		this.fetchAfter = fetchAfter;
	}

	/**
	 * A page of a list that sends its own cursors ({@code first_id}, {@code last_id}).
	 * @param <T> the type of the items
	 * @param response the response the page was read from
	 * @param data the items, {@code null} taken as none
	 * @param hasMore whether more items follow, {@code null} taken as {@code false}
	 * @param firstId the id of the first item
	 * @param lastId the id of the last item, the {@code after} cursor of the next page
	 * @param fetchAfter fetches the page after the given cursor
	 * @return the page
	 */
	public static <T> Page<T> of(Object response, @Nullable List<T> data, @Nullable Boolean hasMore,
			@Nullable String firstId, @Nullable String lastId, Function<String, Page<T>> fetchAfter) {
		Assert.notNull(fetchAfter, "fetchAfter must not be null");
		return new Page<>(response, data, hasMore, firstId, lastId, fetchAfter);
	}

	/**
	 * A page of a list that sends no cursors, continued after the id of its last item (as
	 * the fine-tuning lists are): the cursors are the ids of its first and last items.
	 * @param <T> the type of the items
	 * @param response the response the page was read from
	 * @param data the items, {@code null} taken as none
	 * @param hasMore whether more items follow, {@code null} taken as {@code false}
	 * @param id the id of an item
	 * @param fetchAfter fetches the page after the given cursor
	 * @return the page
	 */
	public static <T> Page<T> of(Object response, @Nullable List<T> data, @Nullable Boolean hasMore,
			Function<T, String> id, Function<String, Page<T>> fetchAfter) {
		Assert.notNull(id, "id must not be null");
		Assert.notNull(fetchAfter, "fetchAfter must not be null");
		if (data == null || data.isEmpty()) {
			return new Page<>(response, data, hasMore, null, null, fetchAfter);
		}
		return new Page<>(response, data, hasMore, id.apply(data.get(0)), id.apply(data.get(data.size() - 1)),
				fetchAfter);
	}

	/**
	 * The only page of a list that is not paged: it holds every item, has no cursors, and
	 * no page follows it.
	 * @param <T> the type of the items
	 * @param response the response the page was read from
	 * @param data the items, {@code null} taken as none
	 * @return the page
	 */
	public static <T> Page<T> complete(Object response, @Nullable List<T> data) {
		return new Page<>(response, data, false, null, null, null);
	}

	/**
	 * The items of this page, in the order the API sent them.
	 * @return the items, unmodifiable
	 */
	public List<T> data() {
		return this.data;
	}

	/**
	 * Whether the API has more items after this page ({@code has_more}).
	 * @return {@code true} if more items follow
	 */
	public boolean hasMore() {
		return this.hasMore;
	}

	/**
	 * The cursor at the start of this page, for the {@code before} parameter of a list
	 * going backwards: {@code first_id} as sent, or the id of the first item for lists
	 * that send none.
	 * @return the cursor, or {@code null} if the page has none
	 */
	public @Nullable String firstId() {
		return this.firstId;
	}

	/**
	 * The cursor at the end of this page, for the {@code after} parameter of the next
	 * one: {@code last_id} as sent, or the id of the last item for lists that send none.
	 * @return the cursor, or {@code null} if the page has none
	 */
	public @Nullable String lastId() {
		return this.lastId;
	}

	/**
	 * The whole response this page was read from, with every member the server sent,
	 * those the model does not know included (in its {@code additionalProperties}). It is
	 * the generated list type that each list operation names, such as
	 * {@code ListAssistantsResponse}; it is typed {@code Object} so that a page has one
	 * type parameter and not two ({@code Page<AssistantObject>}, not
	 * {@code Page<AssistantObject, ListAssistantsResponse>}), since most callers need the
	 * items alone. {@link #response(Class)} gives it typed.
	 * @return the response
	 */
	public Object response() {
		return this.response;
	}

	/**
	 * The whole response this page was read from, as the given type.
	 * @param <R> the type of the response
	 * @param type the list type of the operation, such as {@code ListAssistantsResponse}
	 * @return the response
	 * @throws IllegalArgumentException if the response is not of that type
	 */
	public <R> R response(Class<R> type) {
		Assert.isInstanceOf(type, this.response);
		return type.cast(this.response);
	}

	/**
	 * Fetch the page after this one, with {@link #lastId()} as the {@code after} cursor
	 * and the other parameters of this page's call.
	 * @return the next page, or {@code null} if there is none: {@code has_more} is false,
	 * or this page is empty or has no cursor (so a server that keeps saying
	 * {@code has_more} with no items cannot keep the caller paging)
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public @Nullable Page<T> nextPage() {
		if (!this.hasMore || this.data.isEmpty() || this.lastId == null || this.fetchAfter == null) {
			return null;
		}
		return this.fetchAfter.apply(this.lastId);
	}

	/**
	 * The items of this page, then those of every page after it. A page is fetched only
	 * when the stream needs its first item, so {@code limit}, {@code takeWhile} or
	 * {@code findFirst} stop the fetching too. Each call starts again from this page and
	 * fetches the following pages anew.
	 * @return the items, sequential and ordered
	 * @throws OpenAIApiException from the stream's terminal operation, when a page is
	 * answered with an error status
	 */
	public Stream<T> autoPaging() {
		Iterator<T> items = new Iterator<>() {

			private Page<T> page = Page.this;

			private Iterator<T> current = Page.this.data.iterator();

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext()) {
					Page<T> next = this.page.nextPage();
					if (next == null) {
						return false;
					}
					this.page = next;
					this.current = next.data.iterator();
				}
				return true;
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.current.next();
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
	}

	@Override
	public String toString() {
		return "Page[items=" + this.data.size() + ", hasMore=" + this.hasMore + ", firstId=" + this.firstId
				+ ", lastId=" + this.lastId + "]";
	}

}
