package org.openaiboot.client;

import java.util.function.Consumer;

import org.openaiboot.models.responses.OutputTextContent;
import org.openaiboot.models.responses.ReasoningTextContent;
import org.openaiboot.models.responses.RefusalContent;
import org.openaiboot.models.responses.ResponseContentPartAddedEvent;
import org.openaiboot.models.responses.ResponseContentPartDoneEvent;
import org.openaiboot.models.responses.ResponseOutputTextAnnotationAddedEvent;
import org.openaiboot.models.responses.ResponseReasoningSummaryPartAddedEvent;
import org.openaiboot.models.responses.ResponseReasoningSummaryPartDoneEvent;
import org.openaiboot.models.responses.ResponseReasoningSummaryTextDeltaEvent;
import org.openaiboot.models.responses.ResponseReasoningSummaryTextDoneEvent;
import org.openaiboot.models.responses.ResponseReasoningTextDeltaEvent;
import org.openaiboot.models.responses.ResponseReasoningTextDoneEvent;
import org.openaiboot.models.responses.ResponseRefusalDeltaEvent;
import org.openaiboot.models.responses.ResponseRefusalDoneEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;
import org.openaiboot.models.responses.ResponseTextDoneEvent;

/**
 * The events about the content parts of messages and reasoning items: parts added and
 * done, the deltas of their text and refusals, annotations, and reasoning summaries.
 */
final class ResponseContentEvents {

	private static final String MESSAGE = "message";

	private static final String REASONING = "reasoning";

	private final ResponseOutputItems items;

	ResponseContentEvents(ResponseOutputItems items) {
		this.items = items;
	}

	/**
	 * Add an event, if it is about content parts.
	 * @param event the event
	 * @return whether it was
	 * @throws IllegalStateException if it names an item or part that was not added or one
	 * of another kind
	 */
	boolean accept(ResponseStreamEvent event) {
		if (event instanceof ResponseContentPartAddedEvent added) {
			ResponseEventOrigin origin = ResponseEventOrigin.of(added, added.sequenceNumber());
			this.items.update(origin, added.outputIndex(), ResponseContentItemBuilder.class,
					(item) -> item.addPart(origin, added.outputIndex(), added.contentIndex(), added.part()), MESSAGE,
					REASONING);
		}
		else if (event instanceof ResponseContentPartDoneEvent done) {
			ResponseEventOrigin origin = ResponseEventOrigin.of(done, done.sequenceNumber());
			this.items.update(origin, done.outputIndex(), ResponseContentItemBuilder.class,
					(item) -> item.finishPart(origin, done.outputIndex(), done.contentIndex(), done.part()), MESSAGE,
					REASONING);
		}
		else if (event instanceof ResponseTextDeltaEvent delta) {
			part(delta, delta.sequenceNumber(), delta.outputIndex(), delta.contentIndex(),
					OutputTextContent.TYPE, (part) -> part.append(delta.delta()));
		}
		else if (event instanceof ResponseTextDoneEvent done) {
			part(done, done.sequenceNumber(), done.outputIndex(), done.contentIndex(), OutputTextContent.TYPE,
					(part) -> part.replaceText(done.text()));
		}
		else if (event instanceof ResponseOutputTextAnnotationAddedEvent annotation) {
			part(annotation, annotation.sequenceNumber(), annotation.outputIndex(),
					annotation.contentIndex(), OutputTextContent.TYPE,
					(part) -> part.annotate(annotation.annotationIndex(), annotation.annotation()));
		}
		else if (event instanceof ResponseRefusalDeltaEvent delta) {
			part(delta, delta.sequenceNumber(), delta.outputIndex(), delta.contentIndex(), RefusalContent.TYPE,
					(part) -> part.append(delta.delta()));
		}
		else if (event instanceof ResponseRefusalDoneEvent done) {
			part(done, done.sequenceNumber(), done.outputIndex(), done.contentIndex(), RefusalContent.TYPE,
					(part) -> part.replaceText(done.refusal()));
		}
		else if (event instanceof ResponseReasoningTextDeltaEvent delta) {
			part(delta, delta.sequenceNumber(), delta.outputIndex(), delta.contentIndex(),
					ReasoningTextContent.TYPE, (part) -> part.append(delta.delta()));
		}
		else if (event instanceof ResponseReasoningTextDoneEvent done) {
			part(done, done.sequenceNumber(), done.outputIndex(), done.contentIndex(),
					ReasoningTextContent.TYPE, (part) -> part.replaceText(done.text()));
		}
		else {
			return acceptReasoningEvent(event);
		}
		return true;
	}

	private boolean acceptReasoningEvent(ResponseStreamEvent event) {
		if (event instanceof ResponseReasoningSummaryPartAddedEvent added) {
			this.items.update(ResponseEventOrigin.of(added, added.sequenceNumber()), added.outputIndex(),
					ResponseReasoningBuilder.class,
					(item) -> item.addSummaryPart(added.summaryIndex(), added.part().text(),
							added.part().additionalProperties()),
					REASONING);
		}
		else if (event instanceof ResponseReasoningSummaryPartDoneEvent done) {
			summaryText(done, done.sequenceNumber(), done.outputIndex(), done.summaryIndex(),
					done.part().text());
		}
		else if (event instanceof ResponseReasoningSummaryTextDeltaEvent delta) {
			ResponseEventOrigin origin = ResponseEventOrigin.of(delta, delta.sequenceNumber());
			this.items.update(origin, delta.outputIndex(), ResponseReasoningBuilder.class,
					(item) -> item.summaryText(origin, delta.outputIndex(), delta.summaryIndex()).append(delta.delta()),
					REASONING);
		}
		else if (event instanceof ResponseReasoningSummaryTextDoneEvent done) {
			summaryText(done, done.sequenceNumber(), done.outputIndex(), done.summaryIndex(), done.text());
		}
		else {
			return false;
		}
		return true;
	}

	private void part(ResponseStreamEvent event, Integer sequenceNumber, int outputIndex, int contentIndex,
			String partType, Consumer<ResponseContentPartBuilder> change) {
		ResponseEventOrigin origin = ResponseEventOrigin.of(event, sequenceNumber);
		this.items.update(origin, outputIndex, ResponseContentItemBuilder.class,
				(item) -> change.accept(item.part(origin, outputIndex, contentIndex, partType)), MESSAGE, REASONING);
	}

	private void summaryText(ResponseStreamEvent event, Integer sequenceNumber, int outputIndex, int summaryIndex,
			String text) {
		ResponseEventOrigin origin = ResponseEventOrigin.of(event, sequenceNumber);
		this.items.update(origin, outputIndex, ResponseReasoningBuilder.class,
				(item) -> {
					StringBuilder summary = item.summaryText(origin, outputIndex, summaryIndex);
					summary.replace(0, summary.length(), text);
				}, REASONING);
	}

}
