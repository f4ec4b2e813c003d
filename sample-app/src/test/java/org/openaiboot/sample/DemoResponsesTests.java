package org.openaiboot.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.EasyInputMessage;
import org.openaiboot.models.responses.InputParam;
import org.openaiboot.models.responses.InputTextContent;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.OutputTextContent;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The demo's {@code /responses} on the wire: the members of a whole response, and the
 * events of a streamed one in the API's order with increasing sequence numbers.
 */
@Timeout(10)
class DemoResponsesTests {

	private static final String ANSWER = "Demo mode (no API key set): you said \"Tell me more\".";

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final DemoResponses demo = new DemoResponses(this.jsonMapper);

	@Test
	void answersWholeWithTheEchoAndItsUsage() throws IOException {
		ResponseEntity<StreamingResponseBody> entity = this.demo.create(request(InputParam.of("Tell me more"), false));
		assertThat(entity.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		String json = body(entity);
		Map<String, Object> members = this.jsonMapper.readValue(json, new TypeReference<>() {
		});
		assertThat(members.get("id")).asString().matches("resp_demo_\\d+");
		assertThat(members).containsEntry("object", "response")
			.containsEntry("status", "completed")
			.containsEntry("model", "gpt-4o-mini")
			.containsKey("created_at");
		assertThat(members.get("usage")).isEqualTo(Map.of("input_tokens", 3, "output_tokens", 11, "total_tokens", 14,
				"input_tokens_details", Map.of("cached_tokens", 0, "cache_write_tokens", 0), "output_tokens_details",
				Map.of("reasoning_tokens", 0)));
		Response response = this.jsonMapper.readValue(json, Response.class);
		assertThat(response.output()).singleElement()
			.isInstanceOfSatisfying(OutputMessage.class, (message) -> assertThat(message.content()).singleElement()
				.isInstanceOfSatisfying(OutputTextContent.class, (part) -> assertThat(part.text()).isEqualTo(ANSWER)));
	}

	@Test
	void echoesTheLastUserMessageOfAListInput() throws IOException {
		InputParam input = InputParam.of(EasyInputMessage.of("user", "Earlier question"),
				EasyInputMessage.of("assistant", "Earlier answer"), EasyInputMessage.builder()
					.role("user")
					.content(InputTextContent.of("Tell"), InputTextContent.of("me more"))
					.build());
		Response response = this.jsonMapper.readValue(body(this.demo.create(request(input, false))), Response.class);
		assertThat(((OutputTextContent) ((OutputMessage) response.output().get(0)).content().get(0)).text())
			.isEqualTo(ANSWER);
	}

	@Test
	void streamsTheApiEventsInOrder() throws IOException {
		ResponseEntity<StreamingResponseBody> entity = this.demo.create(request(InputParam.of("Tell me more"), true));
		assertThat(entity.getHeaders().getContentType()).isEqualTo(MediaType.TEXT_EVENT_STREAM);
		List<String> names = new ArrayList<>();
		List<ResponseStreamEvent> events = new ArrayList<>();
		for (String frame : body(entity).split("\n\n")) {
			String[] lines = frame.split("\n");
			assertThat(lines).hasSize(2);
			assertThat(lines[0]).startsWith("event: ");
			assertThat(lines[1]).startsWith("data: ");
			names.add(lines[0].substring("event: ".length()));
			events.add(this.jsonMapper.readValue(lines[1].substring("data: ".length()), ResponseStreamEvent.class));
		}
		List<String> deltas = events.stream()
			.filter(ResponseTextDeltaEvent.class::isInstance)
			.map((event) -> ((ResponseTextDeltaEvent) event).delta())
			.toList();
		assertThat(deltas).hasSize(11);
		assertThat(String.join("", deltas)).isEqualTo(ANSWER);
		List<String> expected = new ArrayList<>(List.of("response.created", "response.in_progress",
				"response.output_item.added", "response.content_part.added"));
		deltas.forEach((delta) -> expected.add("response.output_text.delta"));
		expected.addAll(List.of("response.output_text.done", "response.content_part.done",
				"response.output_item.done", "response.completed"));
		assertThat(names).isEqualTo(expected);
		assertThat(events).extracting(ResponseStreamEvent::type).isEqualTo(expected);
		assertThat(events).extracting("sequenceNumber").isEqualTo(IntStream.range(0, expected.size()).boxed().toList());
		Response completed = ((ResponseCompletedEvent) events.get(events.size() - 1)).response();
		assertThat(completed.status()).isEqualTo(Response.Status.COMPLETED);
		assertThat(completed.usage()).isNotNull().extracting("totalTokens").isEqualTo(14);
	}

	@Test
	void refusesARequestWithoutModel() {
		CreateResponse request = CreateResponse.builder().input("Tell me more").build();
		assertThatExceptionOfType(DemoError.class).isThrownBy(() -> this.demo.create(request))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST))
			.satisfies((ex) -> assertThat(ex.body()).extractingByKey("error", InstanceOfAssertFactories.MAP)
				.containsEntry("type", "invalid_request_error")
				.containsEntry("param", "model"))
			.withMessageContaining("model is required");
	}

	private static CreateResponse request(InputParam input, boolean stream) {
		return CreateResponse.builder().model("gpt-4o-mini").input(input).stream(stream).build();
	}

	private static String body(ResponseEntity<StreamingResponseBody> entity) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		entity.getBody().writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
