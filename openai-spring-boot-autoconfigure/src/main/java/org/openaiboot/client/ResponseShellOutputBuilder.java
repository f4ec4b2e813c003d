package org.openaiboot.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.responses.FunctionShellCallOutput;
import org.openaiboot.models.responses.FunctionShellCallOutputContent;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.ShellCallOutputDelta;

/**
 * The streamed output of a shell call, by command index: standard output and error as
 * their deltas arrive, then the contents the command's done event carries. A command's
 * output has no added event, so its first delta starts it. The output an added item
 * carries stands until a command's output arrives.
 */
final class ResponseShellOutputBuilder extends ResponseItemBuilder {

	private final FunctionShellCallOutput added;

	private final Map<Integer, CommandOutput> commands = new TreeMap<>();

	ResponseShellOutputBuilder(FunctionShellCallOutput added) {
		this.added = added;
	}

	@Override
	String type() {
		return this.added.type();
	}

	void append(int commandIndex, ShellCallOutputDelta delta) {
		CommandOutput output = this.commands.computeIfAbsent(commandIndex, (index) -> new CommandOutput());
		if (delta.stdout() != null) {
			output.stdout.append(delta.stdout());
		}
		if (delta.stderr() != null) {
			output.stderr.append(delta.stderr());
		}
	}

	void finish(int commandIndex, List<FunctionShellCallOutputContent> contents) {
		this.commands.computeIfAbsent(commandIndex, (index) -> new CommandOutput()).done = contents;
	}

	@Override
	OutputItem build() {
		FunctionShellCallOutput output = this.added;
		if (this.commands.isEmpty()) {
			return output;
		}
		List<FunctionShellCallOutputContent> contents = new ArrayList<>();
		this.commands.values().forEach((command) -> contents.addAll(command.build()));
		return new FunctionShellCallOutput(output.id(), output.callId(), output.caller(), output.status(),
				List.copyOf(contents), output.maxOutputLength(), output.createdBy(), output.additionalProperties());
	}

	private static final class CommandOutput {

		private final StringBuilder stdout = new StringBuilder();

		private final StringBuilder stderr = new StringBuilder();

		private @Nullable List<FunctionShellCallOutputContent> done;

		List<FunctionShellCallOutputContent> build() {
			return (this.done != null) ? this.done : List.of(new FunctionShellCallOutputContent(
					this.stdout.toString(), this.stderr.toString(), null, null, Map.of()));
		}

	}

}
