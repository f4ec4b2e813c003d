package org.openaiboot.client;

import org.openaiboot.models.responses.CodeInterpreterToolCall;
import org.openaiboot.models.responses.CustomToolCall;
import org.openaiboot.models.responses.FileSearchToolCall;
import org.openaiboot.models.responses.FunctionShellCall;
import org.openaiboot.models.responses.FunctionShellCallOutput;
import org.openaiboot.models.responses.FunctionToolCall;
import org.openaiboot.models.responses.ImageGenToolCall;
import org.openaiboot.models.responses.MCPToolCall;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.ReasoningItem;
import org.openaiboot.models.responses.WebSearchToolCall;

/**
 * One output item of a streamed response, built from its {@code response.output_item.added}
 * event and the events that follow for its output index.
 */
abstract class ResponseItemBuilder {

	/**
	 * The builder for an item as its added event carries it.
	 * @param added the item
	 * @return a builder for the item's kind
	 */
	static ResponseItemBuilder of(OutputItem added) {
		if (added instanceof OutputMessage message) {
			return new ResponseMessageBuilder(message);
		}
		if (added instanceof ReasoningItem reasoning) {
			return new ResponseReasoningBuilder(reasoning);
		}
		if (added instanceof FunctionShellCall call) {
			return new ResponseShellCallBuilder(call);
		}
		if (added instanceof FunctionShellCallOutput output) {
			return new ResponseShellOutputBuilder(output);
		}
		if (added instanceof FunctionToolCall || added instanceof CustomToolCall || added instanceof MCPToolCall
				|| added instanceof CodeInterpreterToolCall || added instanceof WebSearchToolCall
				|| added instanceof FileSearchToolCall || added instanceof ImageGenToolCall) {
			return new ResponseToolCallBuilder(added);
		}
		return new Finished(added);
	}

	/**
	 * The builder of an item its done event carries whole, which later events leave as
	 * it is.
	 * @param done the item
	 * @return the builder
	 */
	static ResponseItemBuilder finished(OutputItem done) {
		return new Finished(done);
	}

	/**
	 * The item's {@code type}.
	 * @return the type
	 */
	abstract String type();

	/**
	 * Whether the item is complete, so that events about it change nothing.
	 * @return whether it is finished
	 */
	boolean isFinished() {
		return false;
	}

	/**
	 * The item as accumulated so far.
	 * @return the item
	 */
	abstract OutputItem build();

	private static final class Finished extends ResponseItemBuilder {

		private final OutputItem item;

		Finished(OutputItem item) {
			this.item = item;
		}

		@Override
		String type() {
			return this.item.type();
		}

		@Override
		boolean isFinished() {
			return true;
		}

		@Override
		OutputItem build() {
			return this.item;
		}

	}

}
