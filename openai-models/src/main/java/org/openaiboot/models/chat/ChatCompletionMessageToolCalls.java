package org.openaiboot.models.chat;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The tool calls of an assistant message, sent and received as a plain JSON array of
 * {@link ChatCompletionMessageToolCall}.
 *
 * @param calls the tool calls, in the order the model made them
 */
public record ChatCompletionMessageToolCalls(
		@JsonValue List<ChatCompletionMessageToolCall> calls) implements Iterable<ChatCompletionMessageToolCall> {

	public ChatCompletionMessageToolCalls {
		calls = (calls != null) ? List.copyOf(calls) : List.of();
	}

	/**
	 * Wrap the given tool calls.
	 * @param calls the tool calls
	 * @return the list type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChatCompletionMessageToolCalls of(List<ChatCompletionMessageToolCall> calls) {
		return new ChatCompletionMessageToolCalls(calls);
	}

	/**
	 * Wrap the given tool calls.
	 * @param calls the tool calls
	 * @return the list type
	 */
	public static ChatCompletionMessageToolCalls of(ChatCompletionMessageToolCall... calls) {
		return new ChatCompletionMessageToolCalls(Arrays.asList(calls));
	}

	/**
	 * Return the tool call at the given position.
	 * @param index the position, from 0
	 * @return the tool call
	 */
	public ChatCompletionMessageToolCall get(int index) {
		return this.calls.get(index);
	}

	/**
	 * Return how many tool calls there are.
	 * @return the count
	 */
	public int size() {
		return this.calls.size();
	}

	/**
	 * Return whether there are no tool calls.
	 * @return {@code true} for an empty list
	 */
	public boolean isEmpty() {
		return this.calls.isEmpty();
	}

	/**
	 * Return the tool calls as a stream.
	 * @return a sequential stream
	 */
	public Stream<ChatCompletionMessageToolCall> stream() {
		return this.calls.stream();
	}

	@Override
	public Iterator<ChatCompletionMessageToolCall> iterator() {
		return this.calls.iterator();
	}

}
