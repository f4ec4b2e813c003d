package org.openaiboot.models.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * Why the model stopped writing a choice, in a chat completion or in the last chunk of
 * a streamed one. Values this version does not list are kept as they are.
 *
 * @param value the wire value
 */
public record ChatCompletionFinishReason(@JsonValue String value) {

	/** The model finished on its own, or reached a stop sequence. */
	public static final ChatCompletionFinishReason STOP = new ChatCompletionFinishReason("stop");

	/** The token limit of the request was reached. */
	public static final ChatCompletionFinishReason LENGTH = new ChatCompletionFinishReason("length");

	/** The model asked for one or more tool calls. */
	public static final ChatCompletionFinishReason TOOL_CALLS = new ChatCompletionFinishReason("tool_calls");

	/** Content was left out because the content filter flagged it. */
	public static final ChatCompletionFinishReason CONTENT_FILTER = new ChatCompletionFinishReason("content_filter");

	/** The model asked for a function call (the older, deprecated way of tool calls). */
	public static final ChatCompletionFinishReason FUNCTION_CALL = new ChatCompletionFinishReason("function_call");

	public ChatCompletionFinishReason {
		Validate.required(value, "finish_reason");
	}

	@JsonCreator
	public static ChatCompletionFinishReason of(String value) {
		return new ChatCompletionFinishReason(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
