package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.responses.Annotation;
import org.openaiboot.models.responses.OutputContent;
import org.openaiboot.models.responses.OutputTextContent;
import org.openaiboot.models.responses.ReasoningTextContent;
import org.openaiboot.models.responses.RefusalContent;

/**
 * One content part of a streamed message or reasoning item: the text of its deltas and the
 * annotations added to it, until its {@code response.content_part.done} event carries it
 * whole. The log probabilities of an {@code output_text} part come with that event only.
 */
final class ResponseContentPartBuilder {

	private final OutputContent added;

	private final StringBuilder text;

	private final Map<Integer, Annotation> annotations = new TreeMap<>();

	private @Nullable OutputContent done;

	ResponseContentPartBuilder(OutputContent added) {
		this.added = added;
		this.text = new StringBuilder(textOf(added));
		if (added instanceof OutputTextContent outputText && outputText.annotations() != null) {
			List<Annotation> present = outputText.annotations();
			for (int index = 0; index < present.size(); index++) {
				this.annotations.put(index, present.get(index));
			}
		}
	}

	String type() {
		return this.added.type();
	}

	void append(String delta) {
		this.text.append(delta);
	}

	void replaceText(String text) {
		this.text.replace(0, this.text.length(), text);
	}

	void annotate(int annotationIndex, Annotation annotation) {
		this.annotations.put(annotationIndex, annotation);
	}

	void finish(OutputContent part) {
		this.done = part;
	}

	OutputContent build() {
		if (this.done != null) {
			return this.done;
		}
		String built = this.text.toString();
		if (this.added instanceof OutputTextContent outputText) {
			return new OutputTextContent(built, List.copyOf(this.annotations.values()), outputText.logprobs(),
					outputText.additionalProperties());
		}
		if (this.added instanceof RefusalContent refusal) {
			return new RefusalContent(built, refusal.additionalProperties());
		}
		if (this.added instanceof ReasoningTextContent reasoningText) {
			return new ReasoningTextContent(built, reasoningText.additionalProperties());
		}
		return this.added;
	}

	private static String textOf(OutputContent part) {
		String text = null;
		if (part instanceof OutputTextContent outputText) {
			text = outputText.text();
		}
		else if (part instanceof RefusalContent refusal) {
			text = refusal.refusal();
		}
		else if (part instanceof ReasoningTextContent reasoningText) {
			text = reasoningText.text();
		}
		return (text != null) ? text : "";
	}

}
