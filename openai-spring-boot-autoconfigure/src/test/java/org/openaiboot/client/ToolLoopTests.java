package org.openaiboot.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.error.ToolCallException;
import org.openaiboot.client.error.ToolLoopException;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.FunctionTool;
import org.openaiboot.models.responses.WebSearchTool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ToolLoop} end to end against a loopback server scripted to call functions in
 * its first answers and write a message in its last: the tools of the first request,
 * the outputs and the chaining of the next ones, and how a loop fails.
 */
@Timeout(30)
class ToolLoopTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MESSAGE = """
			{"id":"resp_%d","object":"response","created_at":1741476542,"status":"completed","model":"gpt-5.4",
			 "output":[{"type":"message","id":"msg_1","status":"completed","role":"assistant",
			  "content":[{"type":"output_text","text":"18 degrees in Paris.","annotations":[]}]}]}""";

	private static final String WEATHER_SCHEMA = """
			{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":["string","null"]}},
			 "required":["city","unit"],"additionalProperties":false}""";

	private final List<WeatherQuery> queries = new ArrayList<>();

	private final ToolFunction weather = ToolFunction.of("get_weather", "Current weather for a city",
			WeatherQuery.class, (query) -> {
				this.queries.add(query);
				return new Weather(query.city(), 18);
			});

	@Test
	void runSendsTheOutputBackChainedByThePreviousResponseId() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(
				functionCalls(1, call("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":null}")),
				MESSAGE.formatted(2))) {
			ToolLoop.Result result = new ToolLoop(server.client(), this.weather).run(request().build());
			assertThat(result.response().id()).isEqualTo("resp_2");
			assertThat(result.rounds()).isEqualTo(2);
			assertThat(this.queries).containsExactly(new WeatherQuery("Paris", null));
			List<JsonNode> requests = server.requests();
			assertThat(requests).hasSize(2);
			assertThat(requests.get(0).get("tools")).isEqualTo(JSON.readTree("""
					[{"type":"function","name":"get_weather","description":"Current weather for a city",
					  "parameters":%s,"strict":true}]""".formatted(WEATHER_SCHEMA)));
			assertThat(requests.get(0).has("previous_response_id")).isFalse();
			JsonNode second = requests.get(1);
			assertThat(second.get("previous_response_id").asString()).isEqualTo("resp_1");
			assertThat(second.get("model").asString()).isEqualTo("gpt-5.4");
			assertThat(second.get("tools")).isEqualTo(requests.get(0).get("tools"));
			assertThat(second.get("input")).isEqualTo(JSON.readTree("""
					[{"call_id":"call_1","type":"function_call_output",
					  "output":"{\\"city\\":\\"Paris\\",\\"celsius\\":18}"}]"""));
		}
	}

	@Test
	void aToolChoiceThatForcesACallAppliesToTheFirstRoundOnly() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(
				functionCalls(1, call("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":null}")),
				MESSAGE.formatted(2))) {
			ToolLoop.Result result = new ToolLoop(server.client(), this.weather)
				.run(request().toolChoice("required").build());
			assertThat(result.rounds()).isEqualTo(2);
			assertThat(server.requests().get(0).get("tool_choice").asString()).isEqualTo("required");
			assertThat(server.requests().get(1).has("tool_choice")).isFalse();
		}
	}

	@Test
	void aToolChoiceThatLetsTheModelChooseIsKept() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(
				functionCalls(1, call("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":null}")),
				MESSAGE.formatted(2))) {
			new ToolLoop(server.client(), this.weather).run(request().toolChoice("auto").build());
			assertThat(server.requests().get(1).get("tool_choice").asString()).isEqualTo("auto");
		}
	}

	@Test
	void runWithinAConversationAddsTheOutputsToIt() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(
				functionCalls(1, call("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}")),
				MESSAGE.formatted(2))) {
			ToolLoop.Result result = new ToolLoop(server.client(), this.weather)
				.run(request().conversation("conv_1").build());
			assertThat(result.rounds()).isEqualTo(2);
			JsonNode second = server.requests().get(1);
			assertThat(second.get("conversation").asString()).isEqualTo("conv_1");
			assertThat(second.has("previous_response_id")).isFalse();
			assertThat(second.get("input").get(0).get("call_id").asString()).isEqualTo("call_1");
		}
	}

	@Test
	void runAnswersEveryCallOfAResponseInOrderWithAMethod() throws IOException {
		Forecasts forecasts = new Forecasts();
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(
				functionCalls(1, call("call_a", "forecast", "{\"city\":\"Oslo\",\"days\":2}"),
						call("call_b", "forecast", "{\"city\":\"Rome\",\"days\":1}")),
				MESSAGE.formatted(2))) {
			ToolLoop.Result result = new ToolLoop(server.client(), ToolFunction.fromMethod(forecasts, "forecast"))
				.run(request().build());
			assertThat(result.rounds()).isEqualTo(2);
			List<JsonNode> requests = server.requests();
			assertThat(requests.get(0).get("tools").get(0).get("parameters")).isEqualTo(JSON.readTree("""
					{"type":"object","properties":{"city":{"type":"string","description":"The city's English name"},
					 "days":{"type":"integer"}},"required":["city","days"],"additionalProperties":false}"""));
			assertThat(requests.get(0).get("tools").get(0).get("description").asString())
				.isEqualTo("Forecast of the coming days");
			assertThat(requests.get(1).get("input")).isEqualTo(JSON.readTree("""
					[{"call_id":"call_a","type":"function_call_output","output":"sunny in Oslo for 2 days"},
					 {"call_id":"call_b","type":"function_call_output","output":"sunny in Rome for 1 days"}]"""));
		}
	}

	@Test
	void runKeepsTheRequestsOwnTools() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(MESSAGE.formatted(1))) {
			ToolLoop.Result result = new ToolLoop(server.client(), this.weather)
				.run(request().tools(WebSearchTool.builder().type("web_search").build()).build());
			assertThat(result.rounds()).isEqualTo(1);
			JsonNode tools = server.requests().get(0).get("tools");
			assertThat(tools).hasSize(2);
			assertThat(tools.get(0).get("type").asString()).isEqualTo("web_search");
			assertThat(tools.get(1).get("name").asString()).isEqualTo("get_weather");
		}
	}

	@Test
	void runFailsWhenTheModelStillCallsAfterTheMaximumOfRounds() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering((number) -> functionCalls(number,
				call("call_" + number, "get_weather", "{\"city\":\"Paris\",\"unit\":null}")))) {
			ToolLoop loop = new ToolLoop(server.client(), this.weather).withMaxRounds(3);
			assertThatExceptionOfType(ToolLoopException.class).isThrownBy(() -> loop.run(request().build()))
				.withMessage("Response 'resp_3' still calls [get_weather] after 3 rounds, the loop's maximum")
				.satisfies((ex) -> {
					assertThat(ex.getRounds()).isEqualTo(3);
					assertThat(ex.getResponseId()).isEqualTo("resp_3");
				});
			assertThat(server.requests()).hasSize(3);
			assertThat(this.queries).hasSize(2);
		}
	}

	@Test
	void runFailsOnACallOfAFunctionItDoesNotHave() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer
			.answering(functionCalls(1, call("call_1", "get_time", "{}")), MESSAGE.formatted(2))) {
			assertThatExceptionOfType(ToolCallException.class)
				.isThrownBy(() -> new ToolLoop(server.client(), this.weather).run(request().build()))
				.withMessage("The model called function 'get_time' (call_id 'call_1'), "
						+ "which is not one of the loop's functions [get_weather]")
				.satisfies((ex) -> assertThat(ex.getCallId()).isEqualTo("call_1"));
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void runPropagatesTheExceptionOfAFunctionWithTheCall() throws IOException {
		IllegalStateException failure = new IllegalStateException("weather service down");
		ToolFunction failing = ToolFunction.of("get_weather", null, WeatherQuery.class, (query) -> {
			throw failure;
		});
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering(
				functionCalls(1, call("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":null}")),
				MESSAGE.formatted(2))) {
			assertThatExceptionOfType(ToolCallException.class)
				.isThrownBy(() -> new ToolLoop(server.client(), failing).run(request().build()))
				.withMessage("Function 'get_weather' failed for call_id 'call_1': weather service down")
				.withCause(failure)
				.satisfies((ex) -> {
					assertThat(ex.getFunctionName()).isEqualTo("get_weather");
					assertThat(ex.getCallId()).isEqualTo("call_1");
				});
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void runRejectsAFunctionToolOfTheSameNameInTheRequest() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering()) {
			CreateResponse request = request().tools(FunctionTool.builder().name("get_weather").build()).build();
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ToolLoop(server.client(), this.weather).run(request))
				.withMessage("request.tools has a function named 'get_weather', which is one of the loop's functions");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void runRejectsUnstoredResponsesOutsideAConversation() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ToolLoop(server.client(), this.weather).run(request().store(false).build()))
				.withMessageStartingWith("request.store is false");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void loopRejectsTwoFunctionsOfOneName() throws IOException {
		try (ScriptedResponsesServer server = ScriptedResponsesServer.answering()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ToolLoop(server.client(), this.weather, this.weather))
				.withMessage("functions has two functions named 'get_weather'");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ToolLoop(server.client(), this.weather).withMaxRounds(0))
				.withMessage("maxRounds must be at least 1, was 0");
		}
	}

	private static CreateResponse.Builder request() {
		return CreateResponse.builder().model("gpt-5.4").input("What is the weather?");
	}

	private static String call(String callId, String name, String arguments) {
		return """
				{"type":"function_call","id":"fc_%s","call_id":"%s","name":"%s","arguments":%s,"status":"completed"}"""
			.formatted(callId, callId, name, JSON.writeValueAsString(arguments));
	}

	private static String functionCalls(int number, String... calls) {
		return """
				{"id":"resp_%d","object":"response","created_at":1741476542,"status":"completed","model":"gpt-5.4",
				 "output":[%s]}""".formatted(number, String.join(",", calls));
	}

	record WeatherQuery(String city, @Nullable String unit) {
	}

	record Weather(String city, int celsius) {
	}

	static class Forecasts {

		@JsonPropertyDescription("Forecast of the coming days")
		public String forecast(
				@JsonPropertyDescription("The city's English name") String city,
				int days) {
			return "sunny in " + city + " for " + days + " days";
		}

	}

}
