package org.openaiboot.models.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.FunctionObjectRules;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of the messages of a chat completion request and of their content parts that
 * no schema states: names of participants, the content an assistant message needs unless
 * it calls tools, and the members of the parts. The builders of these types call the
 * {@code check} of their type after their own checks (see {@code validators:} in
 * {@code models.yaml}); {@link ChatCompletionRequestRules} checks each message of a request
 * again, as a message read from JSON skips its builder, naming the fields after the
 * message ({@code messages[1].name}).
 */
public final class ChatMessageRules {

	private ChatMessageRules() {
	}

	/**
	 * Check a developer message.
	 * @param message the message as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestDeveloperMessage message) {
		check(message, "");
	}

	/**
	 * Check a system message.
	 * @param message the message as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestSystemMessage message) {
		check(message, "");
	}

	/**
	 * Check a user message: its parts, if it has parts, and its name.
	 * @param message the message as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestUserMessage message) {
		check(message, "");
	}

	/**
	 * Check an assistant message: it needs content unless it calls a tool or a function,
	 * refuses or refers to earlier audio.
	 * @param message the message as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestAssistantMessage message) {
		check(message, "");
	}

	/**
	 * Check a tool message.
	 * @param message the message as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestToolMessage message) {
		check(message, "");
	}

	/**
	 * Check a function message: its name.
	 * @param message the message as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestFunctionMessage message) {
		check(message, "");
	}

	/**
	 * Check an image part: the image's URL.
	 * @param part the part as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestMessageContentPartImage part) {
		check(part, "");
	}

	/**
	 * Check an audio part: the audio's data and format.
	 * @param part the part as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestMessageContentPartAudio part) {
		check(part, "");
	}

	/**
	 * Check a file part: the file is given by its id or its data.
	 * @param part the part as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionRequestMessageContentPartFile part) {
		check(part, "");
	}

	/**
	 * Check any message of a request, naming its fields after {@code prefix}.
	 * @param message the message
	 * @param prefix what the fields' names start with, such as {@code messages[1].}
	 */
	static void check(ChatCompletionRequestMessage message, String prefix) {
		if (message instanceof ChatCompletionRequestDeveloperMessage developer) {
			check(developer, prefix);
		}
		else if (message instanceof ChatCompletionRequestSystemMessage system) {
			check(system, prefix);
		}
		else if (message instanceof ChatCompletionRequestUserMessage user) {
			check(user, prefix);
		}
		else if (message instanceof ChatCompletionRequestAssistantMessage assistant) {
			check(assistant, prefix);
		}
		else if (message instanceof ChatCompletionRequestToolMessage tool) {
			check(tool, prefix);
		}
		else if (message instanceof ChatCompletionRequestFunctionMessage function) {
			check(function, prefix);
		}
	}

	private static void check(ChatCompletionRequestDeveloperMessage message, String prefix) {
		ChatCompletionRequestDeveloperMessage.Content content = Validate.required(message.content(), prefix + "content");
		if (content instanceof ChatCompletionRequestDeveloperMessage.Content.OfList list) {
			requiredParts(list.items(), prefix + "content");
		}
		ChatFunctionRules.checkOptionalName(message.name(), prefix + "name");
	}

	private static void check(ChatCompletionRequestSystemMessage message, String prefix) {
		ChatCompletionRequestSystemMessage.Content content = Validate.required(message.content(), prefix + "content");
		if (content instanceof ChatCompletionRequestSystemMessage.Content.OfList list) {
			requiredParts(list.items(), prefix + "content");
		}
		ChatFunctionRules.checkOptionalName(message.name(), prefix + "name");
	}

	private static void check(ChatCompletionRequestUserMessage message, String prefix) {
		ChatCompletionRequestUserMessage.Content content = Validate.required(message.content(), prefix + "content");
		if (content instanceof ChatCompletionRequestUserMessage.Content.OfList list) {
			List<ChatCompletionRequestUserMessageContentPart> parts = requiredParts(list.items(), prefix + "content");
			for (int i = 0; i < parts.size(); i++) {
				checkPart(parts.get(i), prefix + "content[" + i + "].");
			}
		}
		ChatFunctionRules.checkOptionalName(message.name(), prefix + "name");
	}

	private static void check(ChatCompletionRequestAssistantMessage message, String prefix) {
		boolean calls = (message.toolCalls() != null && !message.toolCalls().isEmpty())
				|| message.functionCall() != null;
		if (message.content() == null && !calls && message.refusal() == null && message.audio() == null) {
			throw new ValidationException(prefix + "content",
					"is required unless tool_calls, function_call, refusal or audio is given", null);
		}
		if (message.content() instanceof ChatCompletionRequestAssistantMessage.Content.OfList list) {
			requiredElements(Validate.notEmpty(list.items(), prefix + "content"), prefix + "content");
		}
		if (message.audio() != null) {
			Validate.requiredText(message.audio().id(), prefix + "audio.id");
		}
		ChatFunctionRules.checkOptionalName(message.name(), prefix + "name");
		if (message.functionCall() != null) {
			Validate.required(message.functionCall().arguments(), prefix + "function_call.arguments");
			Validate.requiredText(message.functionCall().name(), prefix + "function_call.name");
		}
		if (message.toolCalls() != null) {
			List<ChatCompletionToolCall> toolCalls = requiredElements(message.toolCalls().items(), prefix + "tool_calls");
			for (int i = 0; i < toolCalls.size(); i++) {
				if (toolCalls.get(i) instanceof ChatCompletionMessageToolCall call) {
					ChatFunctionRules.check(call, prefix + "tool_calls[" + i + "].");
				}
			}
		}
	}

	private static void check(ChatCompletionRequestToolMessage message, String prefix) {
		ChatCompletionRequestToolMessage.Content content = Validate.required(message.content(), prefix + "content");
		if (content instanceof ChatCompletionRequestToolMessage.Content.OfList list) {
			requiredParts(list.items(), prefix + "content");
		}
		Validate.requiredText(message.toolCallId(), prefix + "tool_call_id");
	}

	private static void check(ChatCompletionRequestFunctionMessage message, String prefix) {
		FunctionObjectRules.checkName(message.name(), prefix + "name");
	}

	private static void checkPart(ChatCompletionRequestUserMessageContentPart part, String prefix) {
		if (part instanceof ChatCompletionRequestMessageContentPartImage image) {
			check(image, prefix);
		}
		else if (part instanceof ChatCompletionRequestMessageContentPartAudio audio) {
			check(audio, prefix);
		}
		else if (part instanceof ChatCompletionRequestMessageContentPartFile file) {
			check(file, prefix);
		}
	}

	private static void check(ChatCompletionRequestMessageContentPartImage part, String prefix) {
		ChatCompletionRequestMessageContentPartImage.ImageUrl image = Validate.required(part.imageUrl(),
				prefix + "image_url");
		Validate.requiredText(image.url(), prefix + "image_url.url");
	}

	private static void check(ChatCompletionRequestMessageContentPartAudio part, String prefix) {
		ChatCompletionRequestMessageContentPartAudio.InputAudio audio = Validate.required(part.inputAudio(),
				prefix + "input_audio");
		Validate.requiredText(audio.data(), prefix + "input_audio.data");
		Validate.required(audio.format(), prefix + "input_audio.format");
	}

	private static void check(ChatCompletionRequestMessageContentPartFile part, String prefix) {
		ChatCompletionRequestMessageContentPartFile.File file = Validate.required(part.file(), prefix + "file");
		if (file.fileId() == null && file.fileData() == null) {
			throw new ValidationException(prefix + "file", "needs file_id or file_data", null);
		}
	}

	/**
	 * Check the parts of a content given as a list: at least one, and none {@code null}.
	 * @param <T> the parts' type
	 * @param parts the parts
	 * @param field the content's name
	 * @return the parts
	 */
	private static <T> List<T> requiredParts(@Nullable List<T> parts, String field) {
		return requiredElements(Validate.requiredNotEmpty(parts, field), field);
	}

	/**
	 * Check that no element of a list is {@code null}, naming an element by its index.
	 * @param <T> the elements' type
	 * @param list the list
	 * @param field the list's name
	 * @return the list
	 */
	static <T> List<T> requiredElements(@Nullable List<T> list, String field) {
		if (list == null) {
			return List.of();
		}
		for (int i = 0; i < list.size(); i++) {
			Validate.required(list.get(i), field + "[" + i + "]");
		}
		return list;
	}

}
