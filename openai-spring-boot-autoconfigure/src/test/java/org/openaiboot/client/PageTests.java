package org.openaiboot.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link Page}, on pages fetched by a function that records the cursors it is
 * given (the client tests prove the same against a server).
 */
class PageTests {

	private final List<String> fetched = new ArrayList<>();

	@Test
	void autoPagingFetchesTheNextPageOnlyWhenItsFirstItemIsNeeded() {
		Page<Item> first = pages(List.of("a", "b"), List.of("c", "d"), List.of("e"));
		Stream<Item> all = first.autoPaging();
		assertThat(this.fetched).isEmpty();
		assertThat(first.autoPaging().limit(2).map(Item::id)).containsExactly("a", "b");
		assertThat(this.fetched).isEmpty();
		assertThat(first.autoPaging().limit(3).map(Item::id)).containsExactly("a", "b", "c");
		assertThat(this.fetched).containsExactly("b");
		this.fetched.clear();
		assertThat(all.map(Item::id)).containsExactly("a", "b", "c", "d", "e");
		assertThat(this.fetched).containsExactly("b", "d");
	}

	@Test
	void findFirstOfALaterPageStopsFetchingThere() {
		Page<Item> first = pages(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
		assertThat(first.autoPaging().filter((item) -> item.id().equals("b")).findFirst()).isPresent();
		assertThat(this.fetched).containsExactly("a");
	}

	@Test
	void aPageWithoutMoreFetchesNothing() {
		Page<Item> only = Page.of(response(), items("a", "b"), false, "a", "b", this::unexpected);
		assertThat(only.autoPaging().map(Item::id)).containsExactly("a", "b");
		assertThat(only.nextPage()).isNull();
	}

	@Test
	void anEmptyFirstPageGivesAnEmptyStream() {
		Page<Item> empty = Page.of(response(), List.of(), true, null, null, this::unexpected);
		assertThat(empty.data()).isEmpty();
		assertThat(empty.autoPaging()).isEmpty();
	}

	@Test
	void aPageThatSaysHasMoreButHasNoItemsEndsTheStream() {
		Page<Item> first = Page.of(response(), items("a", "b"), true, Item::id,
				(after) -> fetch(after, List.of(), true));
		Page<Item> stuck = first.nextPage();
		assertThat(stuck).isNotNull();
		assertThat(stuck.hasMore()).isTrue();
		assertThat(stuck.nextPage()).isNull();
		this.fetched.clear();
		assertThat(first.autoPaging().map(Item::id)).containsExactly("a", "b");
		assertThat(this.fetched).containsExactly("b");
	}

	@Test
	void aPageWithMoreButNoLastIdEndsTheStream() {
		Page<Item> first = Page.of(response(), items("a"), true, null, null, this::unexpected);
		assertThat(first.autoPaging().map(Item::id)).containsExactly("a");
	}

	@Test
	void theNextPageStartsAfterTheLastIdTheServerSent() {
		Page<Item> first = Page.of(response(), items("a"), true, "cursor-1", "cursor-2",
				(after) -> fetch(after, List.of("b"), false));
		assertThat(first.firstId()).isEqualTo("cursor-1");
		assertThat(first.lastId()).isEqualTo("cursor-2");
		assertThat(first.autoPaging().map(Item::id)).containsExactly("a", "b");
		assertThat(this.fetched).containsExactly("cursor-2");
	}

	@Test
	void withoutCursorsFromTheServerTheIdsOfTheFirstAndLastItemsAreTheCursors() {
		Page<Item> page = Page.of(response(), items("a", "b", "c"), true, Item::id, this::unexpected);
		assertThat(page.firstId()).isEqualTo("a");
		assertThat(page.lastId()).isEqualTo("c");
		Page<Item> empty = Page.of(response(), List.of(), true, Item::id, this::unexpected);
		assertThat(empty.firstId()).isNull();
		assertThat(empty.lastId()).isNull();
	}

	@Test
	void missingHasMoreAndDataAreALastEmptyPage() {
		Page<Item> page = Page.of(response(), null, null, Item::id, this::unexpected);
		assertThat(page.data()).isEmpty();
		assertThat(page.hasMore()).isFalse();
		assertThat(page.autoPaging()).isEmpty();
	}

	@Test
	void aCompleteListHasNoCursorsAndNoNextPage() {
		Page<Item> all = Page.complete(response(), items("a", "b"));
		assertThat(all.hasMore()).isFalse();
		assertThat(all.firstId()).isNull();
		assertThat(all.lastId()).isNull();
		assertThat(all.nextPage()).isNull();
		assertThat(all.autoPaging().map(Item::id)).containsExactly("a", "b");
	}

	@Test
	void eachAutoPagingStartsAgainFromThisPage() {
		Page<Item> first = pages(List.of("a"), List.of("b"));
		assertThat(first.autoPaging()).hasSize(2);
		assertThat(first.autoPaging()).hasSize(2);
		assertThat(this.fetched).containsExactly("a", "a");
	}

	@Test
	void aFailingFetchSurfacesFromTheTerminalOperationAfterTheItemsBeforeIt() {
		List<String> seen = new ArrayList<>();
		Page<Item> first = Page.of(response(), items("a"), true, Item::id, (after) -> {
			throw new IllegalStateException("refused");
		});
		assertThatIllegalStateException()
			.isThrownBy(() -> first.autoPaging().forEach((item) -> seen.add(item.id())));
		assertThat(seen).containsExactly("a");
	}

	@Test
	void dataCannotBeModified() {
		List<Item> items = new ArrayList<>(items("a"));
		Page<Item> page = Page.of(response(), items, false, Item::id, this::unexpected);
		assertThat(page.data()).isUnmodifiable();
	}

	@Test
	void theWholeResponseIsKeptWithItsUnknownMembers() {
		Map<String, Object> response = Map.of("object", "list", "some_new_member", 42);
		Page<Item> page = Page.of(response, items("a"), false, Item::id, this::unexpected);
		assertThat(page.response()).isSameAs(response);
		assertThat(page.response(Map.class)).containsEntry("some_new_member", 42);
		assertThatIllegalArgumentException().isThrownBy(() -> page.response(String.class));
	}

	@Test
	void toStringShowsSizeAndCursors() {
		assertThat(Page.of(response(), items("a", "b"), true, Item::id, this::unexpected))
			.hasToString("Page[items=2, hasMore=true, firstId=a, lastId=b]");
	}

	/**
	 * Chain pages of the given item ids: each but the last has more, and the next one is
	 * fetched, and recorded, after the id of the last item.
	 */
	@SafeVarargs
	private Page<Item> pages(List<String>... ids) {
		return page(Arrays.asList(ids), 0);
	}

	private Page<Item> page(List<List<String>> ids, int index) {
		boolean hasMore = index < ids.size() - 1;
		Function<String, Page<Item>> next = (after) -> {
			this.fetched.add(after);
			return page(ids, index + 1);
		};
		return Page.of(response(), ids.get(index).stream().map(Item::new).toList(), hasMore, Item::id, next);
	}

	private Page<Item> fetch(String after, List<String> ids, boolean hasMore) {
		this.fetched.add(after);
		return Page.of(response(), ids.stream().map(Item::new).toList(), hasMore, Item::id, this::unexpected);
	}

	private Page<Item> unexpected(String after) {
		throw new AssertionError("Fetched a page after " + after);
	}

	private static List<Item> items(String... ids) {
		return Arrays.stream(ids).map(Item::new).toList();
	}

	private static Object response() {
		return Map.of("object", "list");
	}

	record Item(String id) {
	}

}
