package org.openaiboot.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample in its offline demo mode on a real port, as a user would, and calls
 * the chat and Responses endpoints, whole and streamed, the metrics endpoint, and the
 * page's endpoints (a chained conversation, the forecast, the last call's figures).
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@Timeout(60)
class SampleApplicationTests {

	private static final int PORT = freePort();

	private final RestClient http = RestClient.create("http://localhost:" + PORT);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Test
	void chatAnswersThroughTheStarter() {
		Map<String, Object> answer = this.http.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("prompt", "Hello starter"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(answer).containsEntry("answer", "Demo mode (no API key set): you said \"Hello starter\".")
			.containsEntry("model", "gpt-4o-mini")
			.containsKey("totalTokens");
	}

	@Test
	void streamPassesWordsOnAsEvents() {
		String events = this.http.get()
			.uri("/api/chat/stream?prompt={prompt}", "streaming please")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.body(String.class);
		assertThat(events).contains("data:Demo ").contains("data:please\".");
	}

	@Test
	void metricsShowTheChatTimer() {
		chatAnswersThroughTheStarter();
		Map<String, Object> metric = this.http.get()
			.uri("/actuator/metrics/openai.client.requests?tag=openai.operation:createChatCompletion")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(metric).containsEntry("name", "openai.client.requests");
		assertThat(metric.get("measurements").toString()).contains("COUNT");
		assertThat(metric.get("availableTags").toString()).contains("openai.model", "outcome", "stream");
	}

	@Test
	void responsesAnswerThroughTheStarter() {
		Map<String, Object> answer = askResponses("Hello responses");
		assertThat(answer).containsEntry("answer", "Demo mode (no API key set): you said \"Hello responses\".")
			.containsEntry("model", "gpt-4o-mini")
			.containsEntry("totalTokens", 2 + 10);
	}

	@Test
	void responsesStreamPassesTheTextOnDeltaByDelta() {
		String question = "stream this answer word by word";
		String events = this.http.get()
			.uri("/api/responses/stream?question={question}", question)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.body(String.class);
		List<String> deltas = events.lines()
			.filter((line) -> line.startsWith("data:"))
			.map((line) -> line.substring("data:".length()))
			.toList();
		assertThat(deltas).hasSizeGreaterThan(5)
			.allSatisfy((delta) -> assertThat(delta.strip()).isNotEmpty().doesNotContainAnyWhitespaces());
		assertThat(String.join("", deltas)).isEqualTo(askResponses(question).get("answer"));
	}

	@Test
	void metricsShowTheResponsesTimer() {
		askResponses("Count me");
		Metric metric = this.http.get()
			.uri("/actuator/metrics/openai.client.requests?tag=openai.operation:createResponse")
			.retrieve()
			.body(Metric.class);
		assertThat(metric.name()).isEqualTo("openai.client.requests");
		assertThat(metric.measurements()).filteredOn((measurement) -> measurement.statistic().equals("COUNT"))
			.singleElement()
			.satisfies((count) -> assertThat(count.value()).isGreaterThanOrEqualTo(1));
		assertThat(metric.availableTags()).extracting(Metric.Tag::tag).contains("openai.model", "outcome", "stream");
	}

	@Test
	void conversationChainsTurnsAndNamesItsEvents() {
		List<Event> first = converse("Hello there", null);
		assertThat(first).extracting(Event::name).containsOnly("delta", "completed").endsWith("completed");
		assertThat(first).filteredOn((event) -> event.name().equals("delta")).hasSizeGreaterThan(5);
		assertThat(text(first)).isEqualTo(DemoOpenAIController.answer("Hello there"));
		String responseId = (String) first.get(first.size() - 1).data().get("responseId");
		assertThat(responseId).startsWith("resp_demo_");
		String second = text(converse("Again", responseId));
		assertThat(second).isEqualTo(DemoOpenAIController.answer("Again") + " Before that you said \"Hello there\".");
		LastCall last = this.http.get().uri("/api/page/last-call").retrieve().body(LastCall.class);
		assertThat(last).isNotNull();
		assertThat(last.model()).isEqualTo("gpt-4o-mini");
		assertThat(last.calls()).isEqualTo(1);
		assertThat(last.inputTokens()).isEqualTo(1);
		assertThat(last.outputTokens()).isEqualTo(DemoOpenAIController.words(second));
		assertThat(last.firstChunkMillis()).isNotNull();
	}

	@Test
	void conversationFailureCarriesTheRequestIdAfterRetries() {
		List<Event> events = converse("Fail with " + DemoError.RATE_LIMIT_WORD, null);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.name()).isEqualTo("failed");
			assertThat(event.data()).containsEntry("status", 429);
			assertThat((String) event.data().get("requestId")).matches("req_demo_\\d+");
		});
		LastCall last = this.http.get().uri("/api/page/last-call").retrieve().body(LastCall.class);
		assertThat(last).isNotNull();
		assertThat(last.outcome()).isEqualTo("CLIENT_ERROR");
		assertThat(last.retries()).isEqualTo(2);
	}

	@Test
	void forecastRunsTheToolAndReadsTheStructuredAnswer() {
		Map<String, Object> answer = this.http.get()
			.uri("/api/forecast?city={city}", "Bergen")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		LocalWeather.Forecast expected = new LocalWeather().forecast(new LocalWeather.WeatherQuery("Bergen"));
		assertThat(answer).containsEntry("rounds", 2)
			.containsEntry("forecast", new JsonMapper().convertValue(expected, Map.class));
	}

	@Test
	void forecastFailureIsPassedOnWithItsRequestId() {
		ResponseEntity<Map<String, Object>> failure = this.http.get()
			.uri("/api/forecast?city={city}", DemoError.RATE_LIMIT_WORD)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(failure.getBody()).containsEntry("status", 429).containsKey("requestId");
	}

	private static String text(List<Event> events) {
		return events.stream()
			.filter((event) -> event.name().equals("delta"))
			.map((event) -> (String) event.data().get("text"))
			.collect(Collectors.joining());
	}

	private List<Event> converse(String question, @Nullable String previousResponseId) {
		String body = this.http.get()
			.uri((uri) -> uri.path("/api/responses/conversation")
				.queryParam("question", question)
				.queryParamIfPresent("previousResponseId", Optional.ofNullable(previousResponseId))
				.build())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.body(String.class);
		JsonMapper json = new JsonMapper();
		return Arrays.stream(body.split("\n\n")).filter((frame) -> !frame.isBlank()).map((frame) -> {
			String[] lines = frame.strip().split("\n");
			return new Event(lines[0].substring("event:".length()),
					json.readValue(lines[1].substring("data:".length()), new TypeReference<Map<String, Object>>() {
					}));
		}).toList();
	}

	private Map<String, Object> askResponses(String question) {
		return this.http.get()
			.uri("/api/responses?question={question}", question)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Event(String name, Map<String, Object> data) {
	}

	record LastCall(String model, String outcome, long calls, long retries, long inputTokens, long outputTokens,
			@Nullable Double firstChunkMillis, double totalMillis) {
	}

	record Metric(String name, List<Measurement> measurements, List<Tag> availableTags) {

		record Measurement(String statistic, double value) {
		}

		record Tag(String tag, List<String> values) {
		}

	}

}
