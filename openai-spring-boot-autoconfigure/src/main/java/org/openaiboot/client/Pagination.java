package org.openaiboot.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * Walks every item of a paged list lazily: the next page is fetched, with the {@code after}
 * cursor, only when the items of the current one are used up.
 */
final class Pagination {

	private Pagination() {
	}

	/**
	 * Stream all items from a first cursor on.
	 * @param <P> the page type
	 * @param <T> the item type
	 * @param fetch fetches the page after the given cursor ({@code null} for the start)
	 * @param items the items of a page
	 * @param hasMore whether more pages follow a page
	 * @param cursor the cursor to continue after an item (usually its id)
	 * @param start the cursor to start after, or {@code null}
	 * @return the items, fetched page by page as the stream is consumed
	 */
	static <P, T> Stream<T> stream(Function<@Nullable String, P> fetch, Function<P, List<T>> items,
			Predicate<P> hasMore, Function<T, String> cursor, @Nullable String start) {
		Iterator<T> iterator = new Iterator<>() {

			private @Nullable P page = fetch.apply(start);

			private Iterator<T> current = items.apply(this.page).iterator();

			private @Nullable T last;

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext()) {
					if (this.page == null || this.last == null || !hasMore.test(this.page)) {
						return false;
					}
					this.page = fetch.apply(cursor.apply(this.last));
					this.current = items.apply(this.page).iterator();
				}
				return true;
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				this.last = this.current.next();
				return this.last;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
	}

}
