package org.openaiboot.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.chat.TextResponseFormatJsonSchema;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.EasyInputMessage;
import org.openaiboot.models.responses.FunctionCallOutputItemParam;
import org.openaiboot.models.responses.FunctionTool;
import org.openaiboot.models.responses.FunctionToolCall;
import org.openaiboot.models.responses.InputItem;
import org.openaiboot.models.responses.InputParam;
import org.openaiboot.models.responses.InputTextContent;
import org.openaiboot.models.responses.ResponseTextParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What the offline demo's model answers to a Responses API request, and what it
 * remembers of the responses it created, so that {@code previous_response_id} chains a
 * conversation:
 * <ul>
 * <li>a question with function tools: a call of the first function, each string argument
 * being the place the question names (the words after its last " in ");</li>
 * <li>the outputs of those calls: their JSON, as JSON of the requested format's schema
 * when the request has one, else as a sentence;</li>
 * <li>any other question: its echo, and what was said the turn before.</li>
 * </ul>
 * A question holding {@value DemoError#RATE_LIMIT_WORD} fails with a 429.
 */
final class DemoModel {

	private static final int REMEMBERED_TURNS = 1000;

	private final JsonMapper jsonMapper;

	private final AtomicLong ids = new AtomicLong();

	private final Map<String, Turn> turns = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
			return size() > REMEMBERED_TURNS;
		}

	};

	DemoModel(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Answer a request and remember the answer under its response id.
	 * @param request the request
	 * @return the answer
	 * @throws DemoError when the request chains to an unknown response, answers a call
	 * that response did not make, or asks for a 429
	 */
	Reply reply(CreateResponse request) {
		List<InputItem> items = items(request.input());
		Turn previous = previousTurn(request.previousResponseId());
		String said = lastUserText(items);
		DemoError.rateLimitIfAsked(said);
		long id = this.ids.incrementAndGet();
		List<FunctionCallOutputItemParam> outputs = items.stream()
			.filter(FunctionCallOutputItemParam.class::isInstance)
			.map(FunctionCallOutputItemParam.class::cast)
			.toList();
		FunctionTool function = firstFunction(request);
		Reply reply;
		if (!outputs.isEmpty()) {
			reply = answerOutputs(id, outputs, previous, request.text());
		}
		else if (function != null) {
			reply = callFunction(id, function, said);
		}
		else {
			reply = Reply.text(id, said, echo(said, previous));
		}
		remember(reply, (said.isEmpty() && previous != null) ? previous.said() : said);
		return reply;
	}

	private Reply callFunction(long id, FunctionTool function, String said) {
		Map<String, @Nullable Object> parameters = (function.parameters() != null) ? function.parameters() : Map.of();
		Object arguments = new DemoSchemaFiller(parameters, place(said)).fill(MissingNode.getInstance());
		FunctionToolCall call = FunctionToolCall.builder()
			.id("fc_demo_" + id)
			.callId("call_demo_" + id)
			.name(function.name())
			.arguments(this.jsonMapper.writeValueAsString(arguments))
			.status(FunctionToolCall.Status.COMPLETED)
			.build();
		return new Reply("resp_demo_" + id, said, null, call);
	}

	private Reply answerOutputs(long id, List<FunctionCallOutputItemParam> outputs, @Nullable Turn previous,
			@Nullable ResponseTextParam text) {
		for (FunctionCallOutputItemParam output : outputs) {
			if (previous == null || !previous.callIds().contains(output.callId())) {
				throw DemoError.invalidRequest("input", "No tool call found for function call output with call_id "
						+ output.callId() + ".");
			}
		}
		String result = outputText(outputs.get(0));
		if (text != null && text.format() instanceof TextResponseFormatJsonSchema format) {
			Object structured = new DemoSchemaFiller(format.schema(), "").fill(readTree(result));
			return Reply.text(id, "", this.jsonMapper.writeValueAsString(structured));
		}
		return Reply.text(id, "", "Demo mode (no API key set): the function answered " + result);
	}

	private String echo(String said, @Nullable Turn previous) {
		String answer = DemoOpenAIController.answer(said);
		return (previous != null && !previous.said().isEmpty())
				? answer + " Before that you said \"" + previous.said() + "\"." : answer;
	}

	private @Nullable Turn previousTurn(@Nullable String previousResponseId) {
		if (previousResponseId == null) {
			return null;
		}
		synchronized (this.turns) {
			Turn turn = this.turns.get(previousResponseId);
			if (turn == null) {
				throw DemoError.invalidRequest("previous_response_id",
						"Previous response with id '" + previousResponseId + "' not found.");
			}
			return turn;
		}
	}

	private void remember(Reply reply, String said) {
		Set<String> callIds = (reply.call() != null) ? Set.of(reply.call().callId()) : Set.of();
		synchronized (this.turns) {
			this.turns.put(reply.id(), new Turn(said, callIds));
		}
	}

	private JsonNode readTree(String json) {
		try {
			return this.jsonMapper.readTree(json);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/** The place a question names: the words after its last " in ", or all of it. */
	private static String place(String question) {
		int in = question.lastIndexOf(" in ");
		String place = (in >= 0) ? question.substring(in + 4) : question;
		return place.replaceAll("[?.!\\s]+$", "").strip();
	}

	private static @Nullable FunctionTool firstFunction(CreateResponse request) {
		List<?> tools = (request.tools() != null) ? request.tools() : List.of();
		return tools.stream().filter(FunctionTool.class::isInstance).map(FunctionTool.class::cast).findFirst().orElse(null);
	}

	private static String outputText(FunctionCallOutputItemParam output) {
		return (output.output() instanceof FunctionCallOutputItemParam.Output.OfString text) ? text.value() : "";
	}

	private static List<InputItem> items(@Nullable InputParam input) {
		if (input instanceof InputParam.OfString text) {
			return List.of(EasyInputMessage.of("user", text.value()));
		}
		return (input instanceof InputParam.OfList list) ? list.items() : List.of();
	}

	/** The text of the last user message, or "" when there is none. */
	private static String lastUserText(List<InputItem> items) {
		for (int i = items.size() - 1; i >= 0; i--) {
			if (items.get(i) instanceof EasyInputMessage message && EasyInputMessage.Role.USER.equals(message.role())) {
				return messageText(message);
			}
		}
		return "";
	}

	private static String messageText(EasyInputMessage message) {
		if (message.content() instanceof EasyInputMessage.Content.OfString text) {
			return text.value();
		}
		if (message.content() instanceof EasyInputMessage.Content.OfList parts) {
			return parts.items()
				.stream()
				.filter(InputTextContent.class::isInstance)
				.map((part) -> ((InputTextContent) part).text())
				.collect(Collectors.joining(" "));
		}
		return "";
	}

	/**
	 * What the demo answers.
	 * @param id the response's id
	 * @param said what the user said this turn, "" when the turn only answers calls
	 * @param text the answer's text, or {@code null} when it calls a function
	 * @param call the function call, or {@code null} when it answers in text
	 */
	record Reply(String id, String said, @Nullable String text, @Nullable FunctionToolCall call) {

		static Reply text(long id, String said, String text) {
			return new Reply("resp_demo_" + id, said, text, null);
		}

		/** What the reply is counted by: its text, or its call's arguments. */
		String written() {
			return (this.text != null) ? this.text : (this.call != null) ? this.call.arguments() : "";
		}

	}

	/** What the demo remembers of a response: what was said, the calls it made. */
	private record Turn(String said, Set<String> callIds) {
	}

}
