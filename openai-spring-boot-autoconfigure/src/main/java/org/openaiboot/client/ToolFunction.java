package org.openaiboot.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.ToolCallException;
import org.openaiboot.models.common.FunctionObjectRules;
import org.openaiboot.models.responses.FunctionTool;
import org.openaiboot.models.responses.FunctionToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * A Java function the model may call: a function tool of the Responses API with a name,
 * a description, the strict JSON Schema of its arguments, and the code that runs it.
 * <pre class="code">
 * record WeatherQuery(String city, &#64;Nullable String unit) {}
 *
 * ToolFunction weather = ToolFunction.of("get_weather", "Current weather for a city", WeatherQuery.class,
 * 		(query) -&gt; weatherService.lookup(query.city(), query.unit()));
 * // or from a method, whose parameters are the arguments:
 * ToolFunction weather = ToolFunction.fromMethod(weatherService, "lookup");
 * </pre>
 * The arguments' schema is derived as {@link StructuredOutput} derives one: from the
 * record's components, or from the method's parameters (their names need the
 * {@code -parameters} compiler flag; {@link com.fasterxml.jackson.annotation.JsonProperty
 * &#64;JsonProperty} renames one, {@link JsonPropertyDescription &#64;JsonPropertyDescription}
 * describes one, and on the method describes the function). The model's arguments are
 * read with the given {@link JsonMapper}; a {@code String} result is sent back as it is,
 * any other result (or {@code null}, for a {@code void} method) as its JSON. Instances
 * are immutable and thread-safe if the handler is. {@link ToolLoop} runs them for the
 * model.
 */
public final class ToolFunction {

	private final String name;

	private final @Nullable String description;

	private final Map<String, @Nullable Object> parameters;

	private final Handler handler;

	private ToolFunction(String name, @Nullable String description, Map<String, @Nullable Object> parameters,
			Handler handler) {
		FunctionObjectRules.checkName(name, "name");
		this.name = name;
		this.description = description;
		this.parameters = parameters;
		this.handler = handler;
	}

	/**
	 * A function whose arguments are a record (or class) of their own.
	 * @param <A> the type of the arguments
	 * @param name the name the model calls it by: letters, digits, {@code _} and
	 * {@code -}, up to 64 characters
	 * @param description what the function does, for the model to decide when to call it,
	 * or {@code null}
	 * @param argumentsType the type the arguments are read into
	 * @param handler the code that runs the function and returns its result
	 * @return the function
	 */
	public static <A> ToolFunction of(String name, @Nullable String description, Class<A> argumentsType,
			Function<? super A, ? extends @Nullable Object> handler) {
		Assert.notNull(argumentsType, "argumentsType must not be null");
		Assert.notNull(handler, "handler must not be null");
		return new ToolFunction(name, description, StructuredOutput.of(argumentsType).schema(),
				(arguments, jsonMapper) -> handler.apply(jsonMapper.readValue(arguments, argumentsType)));
	}

	/**
	 * A function that calls the one public method of a bean with the given name; the
	 * function is named after the method.
	 * @param target the bean, possibly a proxy
	 * @param methodName the method's name
	 * @return the function
	 * @throws IllegalArgumentException when the bean has no public method of that name or
	 * more than one, or the method is not supported
	 */
	public static ToolFunction fromMethod(Object target, String methodName) {
		Assert.notNull(target, "target must not be null");
		Assert.hasText(methodName, "methodName must not be empty");
		// a proxy's methods lack parameter names: look them up on the class it stands for
		Class<?> type = ClassUtils.getUserClass(target);
		List<Method> methods = Arrays.stream(type.getMethods())
			.filter((method) -> method.getName().equals(methodName) && !method.isBridge())
			.toList();
		Assert.isTrue(!methods.isEmpty(),
				() -> "methodName '" + methodName + "' names no public method of " + type.getName());
		Assert.isTrue(methods.size() == 1, () -> "methodName '" + methodName + "' names " + methods.size()
				+ " public methods of " + type.getName() + ": pass the Method to fromMethod(Object, Method)");
		return fromMethod(target, methods.get(0));
	}

	/**
	 * A function that calls a method of a bean, named after the method and described by
	 * its {@link JsonPropertyDescription &#64;JsonPropertyDescription}, if any.
	 * @param target the bean the method is called on
	 * @param method the method, whose parameters are the function's arguments
	 * @return the function
	 * @throws IllegalArgumentException when the method is not the bean's, is synthetic, or
	 * has a parameter without a name or of a type whose schema cannot be derived
	 */
	public static ToolFunction fromMethod(Object target, Method method) {
		Assert.notNull(target, "target must not be null");
		Assert.notNull(method, "method must not be null");
		Assert.isTrue(method.getDeclaringClass().isInstance(target), () -> "method " + method.getName()
				+ " is declared by " + method.getDeclaringClass().getName() + ", not by the target's class");
		Assert.isTrue(!method.isSynthetic(), () -> "method " + method.getName() + " is synthetic");
		Parameter[] parameters = method.getParameters();
		Map<String, @Nullable Object> schema = MethodParametersSchema.of(method);
		JsonPropertyDescription description = method.getAnnotation(JsonPropertyDescription.class);
		ReflectionUtils.makeAccessible(method);
		return new ToolFunction(method.getName(), (description != null) ? description.value() : null, schema,
				(arguments, jsonMapper) -> invoke(target, method, readArguments(parameters, arguments, jsonMapper)));
	}

	/**
	 * The name the model calls the function by.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * What the function does.
	 * @return the description, or {@code null}
	 */
	public @Nullable String description() {
		return this.description;
	}

	/**
	 * The strict JSON Schema of the arguments.
	 * @return the schema, as a JSON object
	 */
	public Map<String, @Nullable Object> parameters() {
		return this.parameters;
	}

	/**
	 * The function tool to send in a request's {@code tools}, in strict mode.
	 * @return the tool
	 */
	public FunctionTool toFunctionTool() {
		return FunctionTool.builder()
			.name(this.name)
			.description(this.description)
			.parameters(this.parameters)
			.strict(true)
			.build();
	}

	/**
	 * Run the function for a call of the model.
	 * @param call the model's call of this function
	 * @param jsonMapper the mapper that reads the arguments and writes the result
	 * @return the output to send back: the result as it is if a {@code String}, else its
	 * JSON
	 * @throws ToolCallException naming the function and the call, when the arguments do
	 * not fit or the function throws (its exception is the cause)
	 */
	public String call(FunctionToolCall call, JsonMapper jsonMapper) {
		Assert.notNull(call, "call must not be null");
		Assert.notNull(jsonMapper, "jsonMapper must not be null");
		Assert.isTrue(this.name.equals(call.name()),
				() -> "call.name '" + call.name() + "' is not this function's name '" + this.name + "'");
		Object result;
		try {
			result = this.handler.handle(call.arguments(), jsonMapper);
		}
		catch (Exception ex) {
			throw new ToolCallException("Function '" + this.name + "' failed for call_id '" + call.callId() + "': "
					+ ex.getMessage(), this.name, call.callId(), ex);
		}
		return (result instanceof String text) ? text : jsonMapper.writeValueAsString(result);
	}

	@Override
	public String toString() {
		return "ToolFunction[" + this.name + "]";
	}

	private static @Nullable Object[] readArguments(Parameter[] parameters, String arguments, JsonMapper jsonMapper) {
		JsonNode json = jsonMapper.readTree(arguments);
		@Nullable Object[] values = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			String jsonName = MethodParametersSchema.jsonName(parameters[i]);
			JsonNode value = json.get(jsonName);
			if (value == null) {
				throw new IllegalArgumentException("The arguments have no '" + jsonName + "'");
			}
			values[i] = jsonMapper.treeToValue(value,
					jsonMapper.getTypeFactory().constructType(parameters[i].getParameterizedType()));
		}
		return values;
	}

	private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] arguments)
			throws Exception {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** Reads the model's arguments and runs the function on them. */
	@FunctionalInterface
	private interface Handler {

		@Nullable Object handle(String arguments, JsonMapper jsonMapper) throws Exception;

	}

}
