package org.openaiboot.models.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The text a {@link Response} answers with, read from its output: what most callers want
 * of a response without walking its items.
 */
public interface ResponseTextSupport {

	/**
	 * The items the response produced.
	 * @return the output items
	 */
	List<OutputItem> output();

	/**
	 * The text of the response: the {@code output_text} parts of its output messages,
	 * joined in order. Refusals, reasoning and tool calls are left out.
	 * @return the text, empty when the response has none
	 */
	@JsonIgnore
	default String outputText() {
		StringBuilder text = new StringBuilder();
		for (OutputItem item : output()) {
			if (item instanceof OutputMessage message) {
				for (OutputMessageContent part : message.content()) {
					if (part instanceof OutputTextContent outputText) {
						text.append(outputText.text());
					}
				}
			}
		}
		return text.toString();
	}

}
