package org.openaiboot.models.chat;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.FunctionObjectRules;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of the names that chat completions give functions, tools, tool choices, tool
 * calls and JSON schemas, which the spec states only in descriptions: a name is made of
 * letters, digits, underscores and dashes, at most 64 characters. The builders of these
 * types call the {@code check} of their type after their own checks (see
 * {@code validators:} in {@code models.yaml}); a value read from JSON skips them, so
 * {@link ChatCompletionRequestRules} checks what a request holds again.
 */
public final class ChatFunctionRules {

	private ChatFunctionRules() {
	}

	/**
	 * Check a function tool: its function's name.
	 * @param tool the tool as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionTool tool) {
		check(tool, "");
	}

	/**
	 * Check a named tool choice: its function's name.
	 * @param choice the choice as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionNamedToolChoice choice) {
		check(choice, "");
	}

	/**
	 * Check the function a request forces: its name.
	 * @param option the option as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionFunctionCallOption option) {
		FunctionObjectRules.checkName(option.name(), "name");
	}

	/**
	 * Check a legacy function: its name.
	 * @param function the function as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionFunctions function) {
		FunctionObjectRules.checkName(function.name(), "name");
	}

	/**
	 * Check a tool call the model made: the name and the arguments of its function.
	 * @param call the call as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ChatCompletionMessageToolCall call) {
		check(call, "");
	}

	/**
	 * Check a JSON schema response format: its schema's name.
	 * @param format the format as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ResponseFormatJsonSchema format) {
		check(format, "");
	}

	/**
	 * Check the JSON schema of a response format: its name.
	 * @param schema the schema as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(ResponseFormatJsonSchema.JsonSchema schema) {
		FunctionObjectRules.checkName(schema.name(), "name");
	}

	static void check(ChatCompletionTool tool, String prefix) {
		FunctionObject function = Validate.required(tool.function(), prefix + "function");
		FunctionObjectRules.checkName(function.name(), prefix + "function.name");
	}

	static void check(ChatCompletionNamedToolChoice choice, String prefix) {
		ChatCompletionNamedToolChoice.Function function = Validate.required(choice.function(), prefix + "function");
		FunctionObjectRules.checkName(function.name(), prefix + "function.name");
	}

	static void check(ChatCompletionMessageToolCall call, String prefix) {
		ChatCompletionMessageToolCall.Function function = Validate.required(call.function(), prefix + "function");
		Validate.requiredText(function.name(), prefix + "function.name");
		Validate.required(function.arguments(), prefix + "function.arguments");
	}

	static void check(ResponseFormatJsonSchema format, String prefix) {
		ResponseFormatJsonSchema.JsonSchema schema = Validate.required(format.jsonSchema(), prefix + "json_schema");
		FunctionObjectRules.checkName(schema.name(), prefix + "json_schema.name");
	}


	/**
	 * Check a name that may be absent but, when given, follows the rule of names.
	 * @param name the name, {@code null} if absent
	 * @param field the field's name
	 */
	static void checkOptionalName(@Nullable String name, String field) {
		Validate.name(name, field, FunctionObjectRules.NAME_MAX_LENGTH);
	}

}
