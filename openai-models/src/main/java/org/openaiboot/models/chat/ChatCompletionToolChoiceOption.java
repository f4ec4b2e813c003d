package org.openaiboot.models.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;

/**
 * Whether and which tool the model calls: a mode sent as a JSON string ({@link #none()},
 * {@link #auto()}), or one named function sent as a JSON object
 * ({@link #function(String)}). A shape this version does not know is kept as
 * {@link Unknown}.
 */
public sealed interface ChatCompletionToolChoiceOption permits ChatCompletionToolChoiceOption.Mode,
		ChatCompletionToolChoiceOption.Named, ChatCompletionToolChoiceOption.Unknown {

	/**
	 * The model calls no tool and writes a message.
	 * @return the {@code none} mode
	 */
	static ChatCompletionToolChoiceOption none() {
		return Mode.NONE;
	}

	/**
	 * The model decides whether to call tools or to write a message.
	 * @return the {@code auto} mode
	 */
	static ChatCompletionToolChoiceOption auto() {
		return Mode.AUTO;
	}

	/**
	 * The model must call one or more tools.
	 * @return the {@code required} mode
	 */
	static ChatCompletionToolChoiceOption required() {
		return Mode.REQUIRED;
	}

	/**
	 * The model must call the named function.
	 * @param name the function's name
	 * @return the choice
	 */
	static ChatCompletionToolChoiceOption function(String name) {
		return new Named(ChatCompletionNamedToolChoice.function(name));
	}

	/**
	 * The model must call the given tool.
	 * @param choice the tool
	 * @return the choice
	 */
	static ChatCompletionToolChoiceOption of(ChatCompletionNamedToolChoice choice) {
		return new Named(choice);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static ChatCompletionToolChoiceOption fromJsonText(String mode) {
		return new Mode(mode);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static ChatCompletionToolChoiceOption fromJsonObject(ChatCompletionNamedToolChoice choice) {
		return new Named(choice);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static ChatCompletionToolChoiceOption fromJsonArray(List<@Nullable Object> json) {
		return new Unknown(json);
	}

	/**
	 * A mode, sent as a JSON string; an enum-like type with a constant per mode the API
	 * documents.
	 *
	 * @param value the wire value
	 */
	record Mode(@JsonValue String value) implements ChatCompletionToolChoiceOption {

		/** The model calls no tool and writes a message. */
		public static final Mode NONE = new Mode("none");

		/** The model decides whether to call tools or to write a message. */
		public static final Mode AUTO = new Mode("auto");

		/** The model must call one or more tools. */
		public static final Mode REQUIRED = new Mode("required");

		public Mode {
			Validate.required(value, "tool_choice");
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * A named tool the model must call, sent as a JSON object.
	 *
	 * @param choice the tool
	 */
	record Named(@JsonValue ChatCompletionNamedToolChoice choice) implements ChatCompletionToolChoiceOption {

	}

	/**
	 * A shape this version does not know, kept as read.
	 *
	 * @param json the JSON value
	 */
	record Unknown(@JsonValue @Nullable Object json) implements ChatCompletionToolChoiceOption {

	}

}
