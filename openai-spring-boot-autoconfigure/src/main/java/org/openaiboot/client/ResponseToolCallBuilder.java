package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.responses.CodeInterpreterToolCall;
import org.openaiboot.models.responses.CustomToolCall;
import org.openaiboot.models.responses.FileSearchToolCall;
import org.openaiboot.models.responses.FunctionToolCall;
import org.openaiboot.models.responses.ImageGenToolCall;
import org.openaiboot.models.responses.MCPToolCall;
import org.openaiboot.models.responses.MCPToolCallStatus;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.WebSearchToolCall;

/**
 * A streamed tool call: the text its deltas build (a function's or an MCP tool's
 * arguments, a custom tool's input, a code interpreter's code), the status its progress
 * events tell, and an image generation's latest partial image, which stands as its result
 * until the done item carries the final one.
 */
final class ResponseToolCallBuilder extends ResponseItemBuilder {

	private final OutputItem added;

	private @Nullable StringBuilder text;

	private @Nullable String status;

	private @Nullable String partialImage;

	ResponseToolCallBuilder(OutputItem added) {
		this.added = added;
	}

	@Override
	String type() {
		return this.added.type();
	}

	void appendText(String delta) {
		if (this.text == null) {
			String start = streamedText(this.added);
			this.text = new StringBuilder((start != null) ? start : "");
		}
		this.text.append(delta);
	}

	void replaceText(String text) {
		this.text = new StringBuilder(text);
	}

	void status(String status) {
		this.status = status;
	}

	void partialImage(String base64) {
		this.partialImage = base64;
	}

	@Override
	OutputItem build() {
		OutputItem item = this.added;
		if (item instanceof FunctionToolCall call) {
			return new FunctionToolCall(call.id(), call.callId(), call.caller(), call.namespace(), call.name(),
					text(call.arguments()), call.status(), call.additionalProperties());
		}
		if (item instanceof CustomToolCall call) {
			return new CustomToolCall(call.id(), call.callId(), call.caller(), call.namespace(), call.name(),
					text(call.input()), call.additionalProperties());
		}
		if (item instanceof MCPToolCall call) {
			return new MCPToolCall(call.id(), call.serverLabel(), call.name(), text(call.arguments()), call.output(),
					call.error(), (this.status != null) ? MCPToolCallStatus.of(this.status) : call.status(),
					call.approvalRequestId(), call.additionalProperties());
		}
		if (item instanceof CodeInterpreterToolCall call) {
			return new CodeInterpreterToolCall(call.id(),
					(this.status != null) ? CodeInterpreterToolCall.Status.of(this.status) : call.status(),
					call.containerId(), text(call.code()), call.outputs(), call.additionalProperties());
		}
		if (item instanceof WebSearchToolCall call) {
			return new WebSearchToolCall(call.id(),
					(this.status != null) ? WebSearchToolCall.Status.of(this.status) : call.status(), call.action(),
					call.additionalProperties());
		}
		if (item instanceof FileSearchToolCall call) {
			return new FileSearchToolCall(call.id(),
					(this.status != null) ? FileSearchToolCall.Status.of(this.status) : call.status(), call.queries(),
					call.results(), call.additionalProperties());
		}
		if (item instanceof ImageGenToolCall call) {
			return new ImageGenToolCall(call.id(),
					(this.status != null) ? ImageGenToolCall.Status.of(this.status) : call.status(),
					(this.partialImage != null) ? this.partialImage : call.result(), call.additionalProperties());
		}
		return item;
	}

	private @Nullable String text(@Nullable String added) {
		return (this.text != null) ? this.text.toString() : added;
	}

	private static @Nullable String streamedText(OutputItem item) {
		if (item instanceof FunctionToolCall call) {
			return call.arguments();
		}
		if (item instanceof CustomToolCall call) {
			return call.input();
		}
		if (item instanceof MCPToolCall call) {
			return call.arguments();
		}
		return (item instanceof CodeInterpreterToolCall call) ? call.code() : null;
	}

}
