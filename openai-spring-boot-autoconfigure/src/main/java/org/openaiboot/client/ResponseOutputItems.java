package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.ResponseOutputItemAddedEvent;
import org.openaiboot.models.responses.ResponseOutputItemDoneEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;

/**
 * The output items of a streamed response, by output index. An item's done event carries
 * it whole and stands for it: later events about it change nothing. An event that names an
 * output index where no item was added, or an item of another kind than it is about, fails:
 * the stream is broken or out of order.
 */
final class ResponseOutputItems {

	private final Map<Integer, ResponseItemBuilder> items = new TreeMap<>();

	/**
	 * Add or finish an item, if the event is about one.
	 * @param event the event
	 * @return whether the event was an item's added or done event
	 * @throws IllegalStateException if a done event names an index where no item was added
	 */
	boolean accept(ResponseStreamEvent event) {
		if (event instanceof ResponseOutputItemAddedEvent added) {
			this.items.put(added.outputIndex(), ResponseItemBuilder.of(added.item()));
			return true;
		}
		if (event instanceof ResponseOutputItemDoneEvent done) {
			item(ResponseEventOrigin.of(done, done.sequenceNumber()), done.outputIndex());
			this.items.put(done.outputIndex(), ResponseItemBuilder.finished(done.item()));
			return true;
		}
		return false;
	}

	/**
	 * Whether an output item was added.
	 * @return whether there are items
	 */
	boolean isEmpty() {
		return this.items.isEmpty();
	}

	/**
	 * The output items so far, in output index order.
	 * @return the items
	 */
	List<OutputItem> build() {
		return this.items.values().stream().map(ResponseItemBuilder::build).toList();
	}

	/**
	 * Change the item an event is about, unless it is finished.
	 * @param <B> the kind of builder the item's type has
	 * @param origin the event
	 * @param outputIndex the output index the event names
	 * @param kind the kind of builder the item's type has
	 * @param change what the event does to the item
	 * @param itemTypes the item types the event may be about
	 * @throws IllegalStateException if no item was added at the index or its type is
	 * another
	 */
	<B extends ResponseItemBuilder> void update(ResponseEventOrigin origin, int outputIndex, Class<B> kind,
			Consumer<B> change, String... itemTypes) {
		ResponseItemBuilder item = item(origin, outputIndex);
		if (!List.of(itemTypes).contains(item.type())) {
			throw origin.fail("names output_index " + outputIndex + ", whose item is of type " + item.type()
					+ ", not " + String.join(" or ", itemTypes));
		}
		if (!item.isFinished()) {
			change.accept(kind.cast(item));
		}
	}

	private ResponseItemBuilder item(ResponseEventOrigin origin, int outputIndex) {
		ResponseItemBuilder item = this.items.get(outputIndex);
		if (item == null) {
			throw origin.fail("names output_index " + outputIndex + ", where no output item was added");
		}
		return item;
	}

}
