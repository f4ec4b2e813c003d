package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openaiboot.models.responses.OutputContent;

/**
 * An output item made of content parts that arrive by content index: a message or a
 * reasoning item.
 */
abstract class ResponseContentItemBuilder extends ResponseItemBuilder {

	private final Map<Integer, ResponseContentPartBuilder> parts = new TreeMap<>();

	/**
	 * Start a content part, as its {@code response.content_part.added} event carries it.
	 * @param origin the event
	 * @param outputIndex the item's output index
	 * @param contentIndex the part's content index
	 * @param part the part
	 * @throws IllegalStateException if this kind of item takes no part of that type
	 */
	void addPart(ResponseEventOrigin origin, int outputIndex, int contentIndex, OutputContent part) {
		checkAccepts(origin, outputIndex, part);
		this.parts.put(contentIndex, new ResponseContentPartBuilder(part));
	}

	/**
	 * Finish a content part, as its {@code response.content_part.done} event carries it.
	 * @param origin the event
	 * @param outputIndex the item's output index
	 * @param contentIndex the part's content index
	 * @param part the part
	 * @throws IllegalStateException if no part was added there or this kind of item takes
	 * no part of that type
	 */
	void finishPart(ResponseEventOrigin origin, int outputIndex, int contentIndex, OutputContent part) {
		checkAccepts(origin, outputIndex, part);
		part(origin, outputIndex, contentIndex).finish(part);
	}

	private void checkAccepts(ResponseEventOrigin origin, int outputIndex, OutputContent part) {
		if (!accepts(part)) {
			throw origin.fail("names output_index " + outputIndex + ", whose " + type()
					+ " item takes no part of type " + part.type());
		}
	}

	/**
	 * Whether this kind of item takes a content part.
	 * @param part the part
	 * @return whether it may be added
	 */
	abstract boolean accepts(OutputContent part);

	/**
	 * The content part at an index.
	 * @param origin the event about the part
	 * @param outputIndex the item's output index
	 * @param contentIndex the part's content index
	 * @param partType the {@code type} the event expects of the part
	 * @return the part
	 * @throws IllegalStateException if no part was added there or it is of another type
	 */
	ResponseContentPartBuilder part(ResponseEventOrigin origin, int outputIndex, int contentIndex, String partType) {
		ResponseContentPartBuilder part = part(origin, outputIndex, contentIndex);
		if (!partType.equals(part.type())) {
			throw origin.fail("names content_index " + contentIndex + " of output_index " + outputIndex
					+ ", whose part is of type " + part.type() + ", not " + partType);
		}
		return part;
	}

	/**
	 * The content part at an index, of any type.
	 * @param origin the event about the part
	 * @param outputIndex the item's output index
	 * @param contentIndex the part's content index
	 * @return the part
	 * @throws IllegalStateException if no part was added there
	 */
	ResponseContentPartBuilder part(ResponseEventOrigin origin, int outputIndex, int contentIndex) {
		ResponseContentPartBuilder part = this.parts.get(contentIndex);
		if (part == null) {
			throw origin.fail("names content_index " + contentIndex + " of output_index " + outputIndex
					+ ", where no content part was added");
		}
		return part;
	}

	/**
	 * Whether a content part was added.
	 * @return whether there are parts
	 */
	boolean hasParts() {
		return !this.parts.isEmpty();
	}

	/**
	 * The content parts so far, in content index order.
	 * @return the parts
	 */
	List<OutputContent> buildParts() {
		return this.parts.values().stream().map(ResponseContentPartBuilder::build).toList();
	}

}
