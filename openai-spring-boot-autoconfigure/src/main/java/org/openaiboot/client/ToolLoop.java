package org.openaiboot.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.ToolCallException;
import org.openaiboot.client.error.ToolLoopException;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.FunctionCallOutputItemParam;
import org.openaiboot.models.responses.FunctionTool;
import org.openaiboot.models.responses.FunctionToolCall;
import org.openaiboot.models.responses.InputItem;
import org.openaiboot.models.responses.InputParam;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.Tool;
import org.openaiboot.models.responses.ToolChoiceParam;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * Runs the functions the model calls and sends their outputs back, until the model
 * answers without calling one.
 * <pre class="code">
 * record WeatherQuery(String city) {}
 *
 * ToolLoop loop = new ToolLoop(responses, ToolFunction.of("get_weather", "Current weather for a city",
 * 		WeatherQuery.class, (query) -&gt; weatherService.lookup(query.city())));
 * ToolLoop.Result result = loop.run(CreateResponse.builder().model("gpt-5.4")
 * 	.input("What is the weather in Paris?")
 * 	.build());
 * Response answer = result.response(); // a message written with the weather's JSON at hand
 * </pre>
 * The first request is sent with the functions added to its {@code tools}, as strict
 * function tools. While a response holds {@code function_call} items, the loop runs
 * each in order and sends their outputs as {@code function_call_output} items of the
 * next request, which is the first one with that input instead of its own: chained to
 * the response by {@code previous_response_id}, or, when the request names a
 * {@code conversation}, added to that conversation. Everything else the first request
 * sets (model, instructions, tools...) is sent again each round, except a
 * {@code tool_choice} that forces a call ({@code required}, or a named tool): it applies
 * to the first round only, after which the model chooses, as it would by default. Output items
 * of other kinds (messages, reasoning, built-in tools run by the API) are left as they
 * are.
 * <p>
 * A round is one response created; after {@link #DEFAULT_MAX_ROUNDS} (see
 * {@link #withMaxRounds(int)}) a response that still calls functions fails the loop with
 * a {@link ToolLoopException}. A call of a function the loop does not have, arguments
 * that do not fit, or a function that throws fail it with a {@link ToolCallException}
 * naming the function and the call; nothing is sent back to the model then. Instances
 * are immutable and thread-safe if the functions are.
 */
public final class ToolLoop {

	/** The number of responses a loop creates at most, unless told otherwise. */
	public static final int DEFAULT_MAX_ROUNDS = 10;

	private final OpenAIResponsesClient client;

	private final Map<String, ToolFunction> functions;

	private final int maxRounds;

	private final JsonMapper jsonMapper;

	/**
	 * A loop over the given functions.
	 * @param client the client that creates the responses
	 * @param functions the functions the model may call, of distinct names
	 */
	public ToolLoop(OpenAIResponsesClient client, List<ToolFunction> functions) {
		this(client, byName(functions), DEFAULT_MAX_ROUNDS, client.jsonMapper());
	}

	/**
	 * A loop over the given functions.
	 * @param client the client that creates the responses
	 * @param functions the functions the model may call, of distinct names
	 */
	public ToolLoop(OpenAIResponsesClient client, ToolFunction... functions) {
		this(client, List.of(functions));
	}

	private ToolLoop(OpenAIResponsesClient client, Map<String, ToolFunction> functions, int maxRounds,
			JsonMapper jsonMapper) {
		Assert.notNull(client, "client must not be null");
		this.client = client;
		this.functions = functions;
		this.maxRounds = maxRounds;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * A copy of this loop that creates at most the given number of responses.
	 * @param maxRounds the number of responses, at least 1
	 * @return the loop
	 */
	public ToolLoop withMaxRounds(int maxRounds) {
		Assert.isTrue(maxRounds >= 1, () -> "maxRounds must be at least 1, was " + maxRounds);
		return new ToolLoop(this.client, this.functions, maxRounds, this.jsonMapper);
	}

	/**
	 * A copy of this loop that reads the arguments and writes the results with the given
	 * mapper instead of the client's.
	 * @param jsonMapper the mapper
	 * @return the loop
	 */
	public ToolLoop withJsonMapper(JsonMapper jsonMapper) {
		Assert.notNull(jsonMapper, "jsonMapper must not be null");
		return new ToolLoop(this.client, this.functions, this.maxRounds, jsonMapper);
	}

	/**
	 * The functions the model may call.
	 * @return the functions, in the order given
	 */
	public List<ToolFunction> functions() {
		return List.copyOf(this.functions.values());
	}

	/**
	 * The request with the loop's functions added to its {@code tools}.
	 * @param request the request
	 * @return a copy of the request
	 * @throws IllegalArgumentException when the request has a function tool of the name
	 * of one of the loop's functions
	 */
	public CreateResponse apply(CreateResponse request) {
		Assert.notNull(request, "request must not be null");
		List<Tool> tools = (request.tools() != null) ? new ArrayList<>(request.tools()) : new ArrayList<>();
		for (Tool tool : tools) {
			if (tool instanceof FunctionTool function && this.functions.containsKey(function.name())) {
				throw new IllegalArgumentException("request.tools has a function named '" + function.name()
						+ "', which is one of the loop's functions");
			}
		}
		this.functions.values().forEach((function) -> tools.add(function.toFunctionTool()));
		return request.toBuilder().tools(tools).build();
	}

	/**
	 * Create a response and answer its function calls until the model answers without
	 * calling one.
	 * @param request the first request; neither streamed nor with {@code store} set to
	 * {@code false} unless it names a conversation
	 * @return the last response, and the number of responses created
	 * @throws ToolCallException when a function call cannot be answered
	 * @throws ToolLoopException when the model still calls functions after the last round
	 */
	public Result run(CreateResponse request) {
		CreateResponse first = apply(request);
		Assert.isTrue(first.conversation() != null || !Boolean.FALSE.equals(first.store()),
				"request.store is false: the loop chains its requests by previous_response_id, "
						+ "which needs the responses stored (or a conversation)");
		Response response = this.client.createResponse(first);
		int rounds = 1;
		List<FunctionToolCall> calls = functionCalls(response);
		while (!calls.isEmpty()) {
			if (rounds == this.maxRounds) {
				throw new ToolLoopException("Response '" + response.id() + "' still calls "
						+ calls.stream().map(FunctionToolCall::name).distinct().toList() + " after " + rounds
						+ " rounds, the loop's maximum", response.id(), rounds);
			}
			List<InputItem> outputs = calls.stream().<InputItem>map(this::answer).toList();
			response = this.client.createResponse(next(first, response, outputs));
			rounds++;
			calls = functionCalls(response);
		}
		return new Result(response, rounds);
	}

	private FunctionCallOutputItemParam answer(FunctionToolCall call) {
		ToolFunction function = this.functions.get(call.name());
		if (function == null) {
			throw new ToolCallException("The model called function '" + call.name() + "' (call_id '" + call.callId()
					+ "'), which is not one of the loop's functions " + this.functions.keySet(), call.name(),
					call.callId(), null);
		}
		return FunctionCallOutputItemParam.of(call.callId(), function.call(call, this.jsonMapper));
	}

	private static CreateResponse next(CreateResponse first, Response response, List<InputItem> outputs) {
		CreateResponse.Builder next = first.toBuilder().input(InputParam.of(outputs));
		if (forcesACall(first.toolChoice())) {
			// forced again, the model could never answer in words
			next.toolChoice((ToolChoiceParam) null);
		}
		return ((first.conversation() != null) ? next : next.previousResponseId(response.id())).build();
	}

	private static boolean forcesACall(@Nullable ToolChoiceParam toolChoice) {
		return toolChoice != null && !ToolChoiceParam.auto().equals(toolChoice)
				&& !ToolChoiceParam.none().equals(toolChoice);
	}

	private static List<FunctionToolCall> functionCalls(Response response) {
		return response.output()
			.stream()
			.filter(FunctionToolCall.class::isInstance)
			.map(FunctionToolCall.class::cast)
			.toList();
	}

	private static Map<String, ToolFunction> byName(List<ToolFunction> functions) {
		Assert.notNull(functions, "functions must not be null");
		Map<String, ToolFunction> byName = new LinkedHashMap<>();
		for (ToolFunction function : functions) {
			Assert.notNull(function, "functions must not contain null");
			Assert.isTrue(byName.putIfAbsent(function.name(), function) == null,
					() -> "functions has two functions named '" + function.name() + "'");
		}
		return byName;
	}

	/**
	 * What a loop ended with.
	 * @param response the last response, which calls no function
	 * @param rounds the number of responses created, the last included
	 */
	public record Result(Response response, int rounds) {
	}

}
