package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.responses.OutputContent;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.ReasoningItem;
import org.openaiboot.models.responses.ReasoningTextContent;
import org.openaiboot.models.responses.SummaryTextContent;

/**
 * A streamed reasoning item: its summary parts, by summary index, and its reasoning text
 * parts, by content index. What an added item carries stands until a part of its kind is
 * added.
 */
final class ResponseReasoningBuilder extends ResponseContentItemBuilder {

	private final ReasoningItem added;

	private final Map<Integer, SummaryPart> summary = new TreeMap<>();

	ResponseReasoningBuilder(ReasoningItem added) {
		this.added = added;
	}

	@Override
	String type() {
		return this.added.type();
	}

	@Override
	boolean accepts(OutputContent part) {
		return part instanceof ReasoningTextContent;
	}

	/**
	 * Start a summary part.
	 * @param summaryIndex the part's summary index
	 * @param text the part's text so far
	 * @param additionalProperties the part's members this version does not know
	 */
	void addSummaryPart(int summaryIndex, String text, Map<String, @Nullable Object> additionalProperties) {
		this.summary.put(summaryIndex, new SummaryPart(new StringBuilder(text), additionalProperties));
	}

	/**
	 * The text of a summary part, to append to or replace.
	 * @param origin the event about the part
	 * @param outputIndex the item's output index
	 * @param summaryIndex the part's summary index
	 * @return the text
	 * @throws IllegalStateException if no summary part was added there
	 */
	StringBuilder summaryText(ResponseEventOrigin origin, int outputIndex, int summaryIndex) {
		SummaryPart part = this.summary.get(summaryIndex);
		if (part == null) {
			throw origin.fail("names summary_index " + summaryIndex + " of output_index " + outputIndex
					+ ", where no summary part was added");
		}
		return part.text();
	}

	@Override
	OutputItem build() {
		List<SummaryTextContent> builtSummary = this.summary.isEmpty() ? this.added.summary() : this.summary.values()
			.stream()
			.map((part) -> new SummaryTextContent(part.text().toString(), part.additionalProperties()))
			.toList();
		List<ReasoningTextContent> content = hasParts()
				? buildParts().stream().map(ReasoningTextContent.class::cast).toList() : this.added.content();
		return new ReasoningItem(this.added.id(), this.added.encryptedContent(), builtSummary, content,
				this.added.status(), this.added.additionalProperties());
	}

	private record SummaryPart(StringBuilder text, Map<String, @Nullable Object> additionalProperties) {

	}

}
