package org.openaiboot.client;

import java.util.function.Consumer;

import org.openaiboot.models.responses.ResponseCodeInterpreterCallCodeDeltaEvent;
import org.openaiboot.models.responses.ResponseCodeInterpreterCallCodeDoneEvent;
import org.openaiboot.models.responses.ResponseCodeInterpreterCallCompletedEvent;
import org.openaiboot.models.responses.ResponseCodeInterpreterCallInProgressEvent;
import org.openaiboot.models.responses.ResponseCodeInterpreterCallInterpretingEvent;
import org.openaiboot.models.responses.ResponseCustomToolCallInputDeltaEvent;
import org.openaiboot.models.responses.ResponseCustomToolCallInputDoneEvent;
import org.openaiboot.models.responses.ResponseFileSearchCallCompletedEvent;
import org.openaiboot.models.responses.ResponseFileSearchCallInProgressEvent;
import org.openaiboot.models.responses.ResponseFileSearchCallSearchingEvent;
import org.openaiboot.models.responses.ResponseFunctionCallArgumentsDeltaEvent;
import org.openaiboot.models.responses.ResponseFunctionCallArgumentsDoneEvent;
import org.openaiboot.models.responses.ResponseImageGenCallCompletedEvent;
import org.openaiboot.models.responses.ResponseImageGenCallGeneratingEvent;
import org.openaiboot.models.responses.ResponseImageGenCallInProgressEvent;
import org.openaiboot.models.responses.ResponseImageGenCallPartialImageEvent;
import org.openaiboot.models.responses.ResponseMCPCallArgumentsDeltaEvent;
import org.openaiboot.models.responses.ResponseMCPCallArgumentsDoneEvent;
import org.openaiboot.models.responses.ResponseMCPCallCompletedEvent;
import org.openaiboot.models.responses.ResponseMCPCallFailedEvent;
import org.openaiboot.models.responses.ResponseMCPCallInProgressEvent;
import org.openaiboot.models.responses.ResponseMCPListToolsCompletedEvent;
import org.openaiboot.models.responses.ResponseMCPListToolsFailedEvent;
import org.openaiboot.models.responses.ResponseMCPListToolsInProgressEvent;
import org.openaiboot.models.responses.ResponseShellCallCommandAddedStreamingEvent;
import org.openaiboot.models.responses.ResponseShellCallCommandDeltaStreamingEvent;
import org.openaiboot.models.responses.ResponseShellCallCommandDoneStreamingEvent;
import org.openaiboot.models.responses.ResponseShellCallOutputContentDeltaStreamingEvent;
import org.openaiboot.models.responses.ResponseShellCallOutputContentDoneStreamingEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseWebSearchCallCompletedEvent;
import org.openaiboot.models.responses.ResponseWebSearchCallInProgressEvent;
import org.openaiboot.models.responses.ResponseWebSearchCallSearchingEvent;

/**
 * The events about tool calls: the deltas of their arguments, input, code and shell
 * commands, the output of shell commands, partial images, and the progress events that
 * tell a call's status.
 */
final class ResponseToolCallEvents {

	private final ResponseOutputItems items;

	ResponseToolCallEvents(ResponseOutputItems items) {
		this.items = items;
	}

	/**
	 * Add an event, if it is about a tool call.
	 * @param event the event
	 * @return whether it was
	 * @throws IllegalStateException if it names an item or command that was not added or
	 * an item of another kind
	 */
	boolean accept(ResponseStreamEvent event) {
		if (event instanceof ResponseFunctionCallArgumentsDeltaEvent delta) {
			toolCall(delta, delta.sequenceNumber(), delta.outputIndex(), "function_call",
					(call) -> call.appendText(delta.delta()));
		}
		else if (event instanceof ResponseFunctionCallArgumentsDoneEvent done) {
			toolCall(done, done.sequenceNumber(), done.outputIndex(), "function_call",
					(call) -> call.replaceText(done.arguments()));
		}
		else if (event instanceof ResponseCustomToolCallInputDeltaEvent delta) {
			toolCall(delta, delta.sequenceNumber(), delta.outputIndex(), "custom_tool_call",
					(call) -> call.appendText(delta.delta()));
		}
		else if (event instanceof ResponseCustomToolCallInputDoneEvent done) {
			toolCall(done, done.sequenceNumber(), done.outputIndex(), "custom_tool_call",
					(call) -> call.replaceText(done.input()));
		}
		else if (event instanceof ResponseMCPCallArgumentsDeltaEvent delta) {
			toolCall(delta, delta.sequenceNumber(), delta.outputIndex(), "mcp_call",
					(call) -> call.appendText(delta.delta()));
		}
		else if (event instanceof ResponseMCPCallArgumentsDoneEvent done) {
			toolCall(done, done.sequenceNumber(), done.outputIndex(), "mcp_call",
					(call) -> call.replaceText(done.arguments()));
		}
		else if (event instanceof ResponseCodeInterpreterCallCodeDeltaEvent delta) {
			toolCall(delta, delta.sequenceNumber(), delta.outputIndex(), "code_interpreter_call",
					(call) -> call.appendText(delta.delta()));
		}
		else if (event instanceof ResponseCodeInterpreterCallCodeDoneEvent done) {
			toolCall(done, done.sequenceNumber(), done.outputIndex(), "code_interpreter_call",
					(call) -> call.replaceText(done.code()));
		}
		else if (event instanceof ResponseImageGenCallPartialImageEvent partial) {
			toolCall(partial, partial.sequenceNumber(), partial.outputIndex(), "image_generation_call",
					(call) -> call.partialImage(partial.partialImageB64()));
		}
		else {
			return acceptShellEvent(event);
		}
		return true;
	}

	private boolean acceptShellEvent(ResponseStreamEvent event) {
		if (event instanceof ResponseShellCallCommandAddedStreamingEvent added) {
			this.items.update(ResponseEventOrigin.of(added, added.sequenceNumber()), added.outputIndex(),
					ResponseShellCallBuilder.class, (call) -> call.addCommand(added.commandIndex(), added.command()),
					"shell_call");
		}
		else if (event instanceof ResponseShellCallCommandDeltaStreamingEvent delta) {
			ResponseEventOrigin origin = ResponseEventOrigin.of(delta, delta.sequenceNumber());
			this.items.update(origin, delta.outputIndex(), ResponseShellCallBuilder.class,
					(call) -> call.command(origin, delta.outputIndex(), delta.commandIndex()).append(delta.delta()),
					"shell_call");
		}
		else if (event instanceof ResponseShellCallCommandDoneStreamingEvent done) {
			ResponseEventOrigin origin = ResponseEventOrigin.of(done, done.sequenceNumber());
			this.items.update(origin, done.outputIndex(), ResponseShellCallBuilder.class,
					(call) -> {
						StringBuilder command = call.command(origin, done.outputIndex(), done.commandIndex());
						command.replace(0, command.length(), done.command());
					}, "shell_call");
		}
		else if (event instanceof ResponseShellCallOutputContentDeltaStreamingEvent delta) {
			this.items.update(ResponseEventOrigin.of(delta, delta.sequenceNumber()), delta.outputIndex(),
					ResponseShellOutputBuilder.class, (output) -> output.append(delta.commandIndex(), delta.delta()),
					"shell_call_output");
		}
		else if (event instanceof ResponseShellCallOutputContentDoneStreamingEvent done) {
			this.items.update(ResponseEventOrigin.of(done, done.sequenceNumber()), done.outputIndex(),
					ResponseShellOutputBuilder.class, (output) -> output.finish(done.commandIndex(), done.output()),
					"shell_call_output");
		}
		else {
			return acceptProgressEvent(event);
		}
		return true;
	}

	private boolean acceptProgressEvent(ResponseStreamEvent event) {
		if (event instanceof ResponseWebSearchCallInProgressEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "web_search_call", "in_progress");
		}
		else if (event instanceof ResponseWebSearchCallSearchingEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "web_search_call", "searching");
		}
		else if (event instanceof ResponseWebSearchCallCompletedEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "web_search_call", "completed");
		}
		else if (event instanceof ResponseFileSearchCallInProgressEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "file_search_call",
					"in_progress");
		}
		else if (event instanceof ResponseFileSearchCallSearchingEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "file_search_call",
					"searching");
		}
		else if (event instanceof ResponseFileSearchCallCompletedEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "file_search_call",
					"completed");
		}
		else if (event instanceof ResponseCodeInterpreterCallInProgressEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "code_interpreter_call",
					"in_progress");
		}
		else if (event instanceof ResponseCodeInterpreterCallInterpretingEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "code_interpreter_call",
					"interpreting");
		}
		else if (event instanceof ResponseCodeInterpreterCallCompletedEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "code_interpreter_call",
					"completed");
		}
		else if (event instanceof ResponseImageGenCallInProgressEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "image_generation_call",
					"in_progress");
		}
		else if (event instanceof ResponseImageGenCallGeneratingEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "image_generation_call",
					"generating");
		}
		else if (event instanceof ResponseImageGenCallCompletedEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "image_generation_call",
					"completed");
		}
		else if (event instanceof ResponseMCPCallInProgressEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "mcp_call", "in_progress");
		}
		else if (event instanceof ResponseMCPCallCompletedEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "mcp_call", "completed");
		}
		else if (event instanceof ResponseMCPCallFailedEvent progress) {
			status(progress, progress.sequenceNumber(), progress.outputIndex(), "mcp_call", "failed");
		}
		else if (event instanceof ResponseMCPListToolsInProgressEvent progress) {
			listTools(progress, progress.sequenceNumber(), progress.outputIndex());
		}
		else if (event instanceof ResponseMCPListToolsCompletedEvent progress) {
			listTools(progress, progress.sequenceNumber(), progress.outputIndex());
		}
		else if (event instanceof ResponseMCPListToolsFailedEvent progress) {
			listTools(progress, progress.sequenceNumber(), progress.outputIndex());
		}
		else {
			return false;
		}
		return true;
	}

	private void toolCall(ResponseStreamEvent event, Integer sequenceNumber, int outputIndex, String itemType,
			Consumer<ResponseToolCallBuilder> change) {
		this.items.update(ResponseEventOrigin.of(event, sequenceNumber), outputIndex, ResponseToolCallBuilder.class,
				change, itemType);
	}

	private void status(ResponseStreamEvent event, Integer sequenceNumber, int outputIndex, String itemType,
			String status) {
		toolCall(event, sequenceNumber, outputIndex, itemType, (call) -> call.status(status));
	}

	/** An MCP tool listing has no status to keep: its events only have to name it. */
	private void listTools(ResponseStreamEvent event, Integer sequenceNumber, int outputIndex) {
		this.items.update(ResponseEventOrigin.of(event, sequenceNumber), outputIndex, ResponseItemBuilder.class,
				(item) -> {
				}, "mcp_list_tools");
	}

}
