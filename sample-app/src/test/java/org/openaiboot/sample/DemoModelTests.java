package org.openaiboot.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.StructuredOutput;
import org.openaiboot.client.ToolFunction;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.FunctionCallOutputItemParam;
import org.openaiboot.models.responses.FunctionToolCall;
import org.openaiboot.models.responses.InputParam;
import org.openaiboot.sample.LocalWeather.Forecast;
import org.openaiboot.sample.LocalWeather.WeatherQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the demo's model answers: the echo with the turn before when chained, a call of
 * the request's function with arguments that fit its schema, the function's output as
 * JSON of the requested format, and the API's errors for what it cannot answer.
 */
@Timeout(10)
class DemoModelTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final DemoModel model = new DemoModel(this.jsonMapper);

	private final LocalWeather weather = new LocalWeather();

	private final ToolFunction getWeather = ToolFunction.of("get_weather", null, WeatherQuery.class,
			this.weather::forecast);

	private final StructuredOutput<Forecast> output = StructuredOutput.of(Forecast.class);

	@Test
	void chainedTurnRemembersWhatWasSaidBefore() {
		DemoModel.Reply first = this.model.reply(request("First words").build());
		DemoModel.Reply second = this.model.reply(request("Second words").previousResponseId(first.id()).build());
		assertThat(first.text()).isEqualTo(DemoOpenAIController.answer("First words"));
		assertThat(second.text())
			.isEqualTo(DemoOpenAIController.answer("Second words") + " Before that you said \"First words\".");
		assertThat(second.id()).isNotEqualTo(first.id());
	}

	@Test
	void callsTheFunctionWithThePlaceTheQuestionNames() {
		DemoModel.Reply reply = this.model
			.reply(request("Three-day weather forecast in Rio de Janeiro?").tools(this.getWeather.toFunctionTool())
				.build());
		assertThat(reply.text()).isNull();
		FunctionToolCall call = reply.call();
		assertThat(call).isNotNull();
		assertThat(call.name()).isEqualTo("get_weather");
		assertThat(this.jsonMapper.readValue(call.arguments(), WeatherQuery.class))
			.isEqualTo(new WeatherQuery("Rio de Janeiro"));
	}

	@Test
	void answersTheFunctionOutputAsJsonOfTheRequestedSchema() {
		CreateResponse first = this.output
			.apply(request("Three-day weather forecast in Oslo").tools(this.getWeather.toFunctionTool()).build());
		DemoModel.Reply calling = this.model.reply(first);
		FunctionToolCall call = calling.call();
		assertThat(call).isNotNull();
		String result = this.getWeather.call(call, this.jsonMapper);
		DemoModel.Reply answer = this.model.reply(first.toBuilder()
			.previousResponseId(calling.id())
			.input(InputParam.of(FunctionCallOutputItemParam.of(call.callId(), result)))
			.build());
		assertThat(this.output.read(String.valueOf(answer.text())))
			.isEqualTo(this.weather.forecast(new WeatherQuery("Oslo")));
	}

	@Test
	void fillsWhatTheSourceLacksWithStandIns() {
		Map<String, Object> schema = Map.of("type", "object", "properties",
				Map.of("name", Map.of("type", "string"), "count", Map.of("type", "integer"), "unit",
						Map.of("type", "string", "enum", List.of("celsius", "fahrenheit")), "tags",
						Map.of("type", "array", "items", Map.of("type", "string"))));
		Object filled = new DemoSchemaFiller(schema, "Paris")
			.fill(this.jsonMapper.readTree("{\"count\":3,\"unit\":\"kelvin\",\"tags\":[\"a\",1]}"));
		assertThat(filled).isEqualTo(Map.of("name", "Paris", "count", 3L, "unit", "celsius", "tags",
				List.of("a", "Paris")));
	}

	@Test
	void refusesAnUnknownPreviousResponse() {
		assertThatExceptionOfType(DemoError.class)
			.isThrownBy(() -> this.model.reply(request("Hi").previousResponseId("resp_unknown").build()))
			.withMessage("Previous response with id 'resp_unknown' not found.")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void refusesAnOutputOfACallThePreviousResponseDidNotMake() {
		DemoModel.Reply first = this.model.reply(request("Hi").build());
		CreateResponse answer = request("").previousResponseId(first.id())
			.input(InputParam.of(FunctionCallOutputItemParam.of("call_other", "{}")))
			.build();
		assertThatExceptionOfType(DemoError.class).isThrownBy(() -> this.model.reply(answer))
			.withMessage("No tool call found for function call output with call_id call_other.");
	}

	@Test
	void answers429WhenAskedTo() {
		assertThatExceptionOfType(DemoError.class)
			.isThrownBy(() -> this.model.reply(request("Show me a " + DemoError.RATE_LIMIT_WORD).build()))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS))
			.satisfies((ex) -> assertThat(ex.body().toString()).contains("rate_limit_exceeded"));
	}

	private static CreateResponse.Builder request(String input) {
		return CreateResponse.builder().model("gpt-4o-mini").input(input);
	}

}
