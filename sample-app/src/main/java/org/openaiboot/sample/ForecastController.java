package org.openaiboot.sample;

import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.client.StructuredOutput;
import org.openaiboot.client.ToolFunction;
import org.openaiboot.client.ToolLoop;
import org.openaiboot.client.error.OpenAIException;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.sample.LocalWeather.Forecast;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/forecast?city=...}: a tool call and a structured output in one. The
 * model is given the {@code get_weather} function, run by {@link LocalWeather} through
 * the starter's {@link ToolLoop}, and asked to answer as JSON of {@link Forecast}
 * ({@link StructuredOutput}), which the page shows as a table.
 */
@RestController
class ForecastController {

	private final OpenAIResponsesClient responses;

	private final String model;

	private final LastCallMetrics metrics;

	private final ToolLoop loop;

	private final StructuredOutput<Forecast> output = StructuredOutput.of(Forecast.class);

	ForecastController(OpenAIResponsesClient responses, @Value("${sample.model}") String model,
			LastCallMetrics metrics, LocalWeather weather) {
		this.responses = responses;
		this.model = model;
		this.metrics = metrics;
		this.loop = new ToolLoop(responses, ToolFunction.of("get_weather", "The three-day forecast for a city",
				LocalWeather.WeatherQuery.class, weather::forecast));
	}

	@GetMapping("/api/forecast")
	ForecastAnswer forecast(@RequestParam String city) {
		if (city.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "city must not be blank");
		}
		CreateResponse request = CreateResponse.builder()
			.model(this.model)
			.instructions("Call get_weather for the city, then answer with the forecast it gives, unchanged.")
			.input("Three-day weather forecast in " + city.strip())
			.build();
		LastCallMetrics.Snapshot before = this.metrics.start();
		try {
			ToolLoop.Result result = this.loop.run(this.output.apply(request));
			return new ForecastAnswer(this.output.read(result.response()), result.rounds());
		}
		finally {
			this.metrics.finish(before);
		}
	}

	@ExceptionHandler
	ResponseEntity<CallFailure> failed(OpenAIException ex) {
		CallFailure failure = CallFailure.of(ex);
		HttpStatus status = (failure.status() != null) ? HttpStatus.resolve(failure.status()) : null;
		return ResponseEntity.status((status != null && status.isError()) ? status : HttpStatus.BAD_GATEWAY)
			.body(failure);
	}

	/**
	 * The structured answer, and how many responses the tool loop created for it.
	 * @param forecast the model's answer, read into the type
	 * @param rounds the responses created: the function call, then the answer
	 */
	record ForecastAnswer(Forecast forecast, int rounds) {
	}

}
