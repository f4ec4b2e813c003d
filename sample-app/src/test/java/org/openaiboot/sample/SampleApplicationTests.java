package org.openaiboot.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample in its offline demo mode on a real port, as a user would, and calls
 * the chat and Responses endpoints, whole and streamed, and the metrics endpoint.
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

	record Metric(String name, List<Measurement> measurements, List<Tag> availableTags) {

		record Measurement(String statistic, double value) {
		}

		record Tag(String tag, List<String> values) {
		}

	}

}
