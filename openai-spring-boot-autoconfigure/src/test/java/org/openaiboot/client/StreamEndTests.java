package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.stream.StreamEnd;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseCreatedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;

import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Streams end as their operation's streams do: chat at {@code [DONE]}, Responses after a
 * terminal event or with the body, and no {@code [DONE]} is needed there.
 */
@Timeout(30)
class StreamEndTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String CREATED = """
			event: response.created
			data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_1","object":"response","status":"in_progress"}}

			""";

	private static final String DELTA = """
			event: response.output_text.delta
			data: {"type":"response.output_text.delta","sequence_number":1,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi"}

			""";

	private static final String COMPLETED = """
			event: response.completed
			data: {"type":"response.completed","sequence_number":2,"response":{"id":"resp_1","object":"response","status":"completed"}}

			""";

	private final OpenAITransport transport = OpenAITransport.builder()
		.baseUrl(server.baseUrl() + "/v1")
		.apiKey("test-key")
		.build();

	@Test
	void responsesStreamEndsAfterItsTerminalEventWithoutDone() {
		respond(CREATED + DELTA + COMPLETED);
		assertThat(events(StreamEnd.RESPONSE)).hasExactlyElementsOfTypes(ResponseCreatedEvent.class,
				ResponseTextDeltaEvent.class, ResponseCompletedEvent.class);
	}

	@Test
	void nothingIsReadAfterTheTerminalEvent() {
		respond(CREATED + COMPLETED + DELTA);
		assertThat(events(StreamEnd.RESPONSE)).hasExactlyElementsOfTypes(ResponseCreatedEvent.class,
				ResponseCompletedEvent.class);
	}

	@Test
	void responsesStreamMayEndWithTheBody() {
		respond(CREATED + DELTA);
		assertThat(events(StreamEnd.RESPONSE)).hasSize(2);
	}

	@Test
	void doneEndsAResponsesStreamToo() {
		respond(CREATED + "data: [DONE]\n\n");
		assertThat(events(StreamEnd.RESPONSE)).singleElement().isInstanceOf(ResponseCreatedEvent.class);
	}

	@Test
	void aStreamThatEndsAtDoneFailsWhenTheBodyEndsFirst() {
		respond(CREATED + COMPLETED);
		assertThatExceptionOfType(OpenAIConnectionException.class).isThrownBy(() -> events(StreamEnd.DONE))
			.withMessageContaining("before [DONE]");
	}

	@Test
	void anErrorEventFailsAResponsesStream() {
		respond(CREATED + """
				event: error
				data: {"type":"error","code":"server_error","message":"The model failed","param":null,"sequence_number":1}

				""");
		assertThatExceptionOfType(OpenAIApiException.class).isThrownBy(() -> events(StreamEnd.RESPONSE))
			.withMessageContaining("The model failed");
	}

	private List<ResponseStreamEvent> events(StreamEnd end) {
		ApiCall call = ApiCall.of("createResponse", HttpMethod.POST, "/responses")
			.body(Map.of("model", "gpt-5.4", "input", "Hi", "stream", true))
			.model("gpt-5.4");
		try (Stream<ResponseStreamEvent> events = this.transport.stream(call, ResponseStreamEvent.class,
				(event) -> Map.of(), end)) {
			return events.toList();
		}
	}

	private static void respond(String body) {
		server.stubFor(post("/v1/responses")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));
	}

}
