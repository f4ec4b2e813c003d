package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openaiboot.models.responses.FunctionShellAction;
import org.openaiboot.models.responses.FunctionShellCall;
import org.openaiboot.models.responses.OutputItem;

/**
 * A streamed shell call: its commands, by command index. The action an added call carries
 * stands until a command is added.
 */
final class ResponseShellCallBuilder extends ResponseItemBuilder {

	private final FunctionShellCall added;

	private final Map<Integer, StringBuilder> commands = new TreeMap<>();

	ResponseShellCallBuilder(FunctionShellCall added) {
		this.added = added;
	}

	@Override
	String type() {
		return this.added.type();
	}

	void addCommand(int commandIndex, String command) {
		this.commands.put(commandIndex, new StringBuilder(command));
	}

	/**
	 * The command at an index, to append to or replace.
	 * @param origin the event about the command
	 * @param outputIndex the call's output index
	 * @param commandIndex the command's index
	 * @return the command so far
	 * @throws IllegalStateException if no command was added there
	 */
	StringBuilder command(ResponseEventOrigin origin, int outputIndex, int commandIndex) {
		StringBuilder command = this.commands.get(commandIndex);
		if (command == null) {
			throw origin.fail("names command_index " + commandIndex + " of output_index " + outputIndex
					+ ", where no command was added");
		}
		return command;
	}

	@Override
	OutputItem build() {
		FunctionShellCall call = this.added;
		if (this.commands.isEmpty()) {
			return call;
		}
		List<String> built = this.commands.values().stream().map(StringBuilder::toString).toList();
		FunctionShellAction action = (call.action() != null)
				? new FunctionShellAction(built, call.action().timeoutMs(), call.action().maxOutputLength(),
						call.action().additionalProperties())
				: new FunctionShellAction(built, null, null, Map.of());
		return new FunctionShellCall(call.id(), call.callId(), call.caller(), action, call.status(),
				call.environment(), call.createdBy(), call.additionalProperties());
	}

}
