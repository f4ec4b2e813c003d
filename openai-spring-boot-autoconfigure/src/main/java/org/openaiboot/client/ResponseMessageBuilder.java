package org.openaiboot.client;

import java.util.List;

import org.openaiboot.models.responses.OutputContent;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.OutputMessageContent;
import org.openaiboot.models.responses.ReasoningTextContent;

/**
 * A streamed message: its text and refusal parts. The content an added message carries
 * stands until a part is added.
 */
final class ResponseMessageBuilder extends ResponseContentItemBuilder {

	private final OutputMessage added;

	ResponseMessageBuilder(OutputMessage added) {
		this.added = added;
	}

	@Override
	String type() {
		return this.added.type();
	}

	@Override
	boolean accepts(OutputContent part) {
		return !(part instanceof ReasoningTextContent);
	}

	@Override
	OutputItem build() {
		List<OutputMessageContent> content = hasParts()
				? buildParts().stream().map(ResponseMessageBuilder::messageContent).toList() : this.added.content();
		return new OutputMessage(this.added.id(), this.added.role(), content, this.added.phase(),
				this.added.status(), this.added.additionalProperties());
	}

	private static OutputMessageContent messageContent(OutputContent part) {
		if (part instanceof OutputMessageContent messageContent) {
			return messageContent;
		}
		return new OutputMessageContent.Unknown(((OutputContent.Unknown) part).properties());
	}

}
