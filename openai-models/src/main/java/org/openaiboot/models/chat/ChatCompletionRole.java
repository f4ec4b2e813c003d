package org.openaiboot.models.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * Who wrote a chat message. Values this version does not list are kept as they are.
 *
 * @param value the wire value
 */
public record ChatCompletionRole(@JsonValue String value) {

	/** Instructions of the developer, which reasoning models follow in place of system ones. */
	public static final ChatCompletionRole DEVELOPER = new ChatCompletionRole("developer");

	/** Instructions that frame the conversation. */
	public static final ChatCompletionRole SYSTEM = new ChatCompletionRole("system");

	/** The end user. */
	public static final ChatCompletionRole USER = new ChatCompletionRole("user");

	/** The model. */
	public static final ChatCompletionRole ASSISTANT = new ChatCompletionRole("assistant");

	/** The result of a tool call. */
	public static final ChatCompletionRole TOOL = new ChatCompletionRole("tool");

	/** The result of a function call (the older, deprecated form of {@link #TOOL}). */
	public static final ChatCompletionRole FUNCTION = new ChatCompletionRole("function");

	public ChatCompletionRole {
		Validate.required(value, "role");
	}

	@JsonCreator
	public static ChatCompletionRole of(String value) {
		return new ChatCompletionRole(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
