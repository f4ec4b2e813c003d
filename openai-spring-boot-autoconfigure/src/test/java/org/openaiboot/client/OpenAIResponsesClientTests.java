package org.openaiboot.client;

import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.responses.CompactResource;
import org.openaiboot.models.responses.CompactResponseMethodPublicBody;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.IncludeEnum;
import org.openaiboot.models.responses.ItemResource;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;
import org.openaiboot.models.responses.TokenCountsBody;
import org.openaiboot.models.responses.TokenCountsResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation of the Responses API through {@link OpenAIResponsesClient}: the request
 * each sends, the answer each reads, a stream that ends at its terminal event, and the
 * tokens recorded from a response's usage.
 */
@Timeout(30)
class OpenAIResponsesClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String RESPONSE = """
			{"id":"resp_123","object":"response","created_at":1741476542,"status":"completed","model":"gpt-5.4",
			 "output":[{"type":"message","id":"msg_1","status":"completed","role":"assistant",
			  "content":[{"type":"output_text","text":"Hello!","annotations":[]}]}],
			 "usage":{"input_tokens":36,"input_tokens_details":{"cached_tokens":12},"output_tokens":87,
			  "output_tokens_details":{"reasoning_tokens":40},"total_tokens":123}}""";

	private static final String EVENTS = """
			event: response.output_text.delta
			data: {"type":"response.output_text.delta","sequence_number":1,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hello!"}

			event: response.completed
			data: {"type":"response.completed","sequence_number":2,"response":%s}

			""".formatted(RESPONSE.replace("\n", ""));

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAIResponsesClient client = this.recording.builder(server.baseUrl())
		.build(OpenAIResponsesClient::new);

	@Test
	void createResponseSendsTheRequestAndRecordsItsTokensWithTheirDetails() {
		server.stubFor(post("/v1/responses").willReturn(okJson(RESPONSE)));
		Response response = this.client
			.createResponse(CreateResponse.builder().model("gpt-5.4").input("Tell me a joke").build());
		assertThat(response.id()).isEqualTo("resp_123");
		server.verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withRequestBody(equalToJson("{\"model\":\"gpt-5.4\",\"input\":\"Tell me a joke\"}")));
		assertThat(this.meterRegistry.get("openai.client.tokens")
			.tag("type", "prompt")
			.tag("openai.operation", "createResponse")
			.tag("openai.model", "gpt-5.4")
			.counter()
			.count()).isEqualTo(36);
		assertThat(tokens("cached")).isEqualTo(12);
		assertThat(tokens("reasoning")).isEqualTo(40);
		assertThat(response.outputText()).isEqualTo("Hello!");
	}

	private double tokens(String type) {
		return this.meterRegistry.get("openai.client.tokens")
			.tag("type", type)
			.tag("openai.operation", "createResponse")
			.counter()
			.count();
	}

	@Test
	void createResponseStreamEndsAtTheTerminalEventWithoutDone() {
		server.stubFor(post("/v1/responses").willReturn(
				aResponse().withHeader("Content-Type", "text/event-stream").withBody(EVENTS)));
		List<ResponseStreamEvent> events;
		try (Stream<ResponseStreamEvent> stream = this.client
			.createResponseStream(CreateResponse.builder().model("gpt-5.4").input("Hi").build())) {
			events = stream.toList();
		}
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOfSatisfying(ResponseTextDeltaEvent.class,
				(delta) -> assertThat(delta.delta()).isEqualTo("Hello!"));
		assertThat(events.get(1)).isInstanceOf(ResponseCompletedEvent.class);
		server.verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withRequestBody(equalToJson("{\"model\":\"gpt-5.4\",\"input\":\"Hi\",\"stream\":true}", true, true)));
		assertThat(tokens("completion")).isEqualTo(87);
		assertThat(tokens("reasoning")).isEqualTo(40);
		assertThat(this.meterRegistry.get("openai.client.stream.first-chunk")
			.tag("openai.operation", "createResponse")
			.tag("openai.model", "gpt-5.4")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void getResponseStreamResumesAfterAnEvent() {
		server.stubFor(get("/v1/responses/resp_123?stream=true&starting_after=1").willReturn(
				aResponse().withHeader("Content-Type", "text/event-stream").withBody(EVENTS)));
		try (Stream<ResponseStreamEvent> stream = this.client.getResponseStream("resp_123", 1)) {
			assertThat(stream.toList()).last().isInstanceOf(ResponseCompletedEvent.class);
		}
	}

	@Test
	void getResponseAsksForWhatToInclude() {
		server.stubFor(get("/v1/responses/resp_123?include=message.output_text.logprobs").willReturn(okJson(RESPONSE)));
		assertThat(this.client.getResponse("resp_123", IncludeEnum.MESSAGE_OUTPUT_TEXT_LOGPROBS).status())
			.hasToString("completed");
	}

	@Test
	void deleteResponseAcceptsAnEmptyAnswer() {
		server.stubFor(delete("/v1/responses/resp_123").willReturn(aResponse().withStatus(200)));
		this.client.deleteResponse("resp_123");
		server.verify(deleteRequestedFor(urlEqualTo("/v1/responses/resp_123")));
	}

	@Test
	void cancelResponseReadsTheResponse() {
		server.stubFor(post("/v1/responses/resp_123/cancel").willReturn(okJson(RESPONSE)));
		assertThat(this.client.cancelResponse("resp_123").id()).isEqualTo("resp_123");
	}

	@Test
	void listInputItemsPagesByTheLastId() {
		server.stubFor(get("/v1/responses/resp_123/input_items?limit=1").willReturn(okJson("""
				{"object":"list","data":[{"id":"msg_1","type":"message","role":"user",
				 "content":[{"type":"input_text","text":"Hi"}]}],"first_id":"msg_1","last_id":"msg_1","has_more":true}""")));
		server.stubFor(get("/v1/responses/resp_123/input_items?limit=1&after=msg_1").willReturn(okJson("""
				{"object":"list","data":[{"id":"msg_2","type":"message","role":"user",
				 "content":[{"type":"input_text","text":"Again"}]}],"first_id":"msg_2","last_id":"msg_2","has_more":false}""")));
		Page<ItemResource> page = this.client.listInputItems("resp_123", ItemListParams.DEFAULTS.withLimit(1));
		assertThat(page.hasMore()).isTrue();
		assertThat(page.autoPaging()).hasSize(2);
		server.verify(getRequestedFor(urlEqualTo("/v1/responses/resp_123/input_items?limit=1&after=msg_1")));
	}

	@Test
	void getInputTokenCountsPostsTheBody() {
		server.stubFor(post("/v1/responses/input_tokens")
			.willReturn(okJson("{\"object\":\"response.input_tokens\",\"input_tokens\":11}")));
		TokenCountsResource counts = this.client
			.getInputTokenCounts(TokenCountsBody.builder().model("gpt-5.4").input("Tell me a joke").build());
		assertThat(counts.inputTokens()).isEqualTo(11);
		server.verify(postRequestedFor(urlEqualTo("/v1/responses/input_tokens"))
			.withRequestBody(equalToJson("{\"model\":\"gpt-5.4\",\"input\":\"Tell me a joke\"}")));
	}

	@Test
	void compactConversationPostsTheBody() {
		server.stubFor(post("/v1/responses/compact").willReturn(okJson("""
				{"id":"resp_001","object":"response.compaction","created_at":1764967971,"output":[],
				 "usage":{"input_tokens":139,"input_tokens_details":{"cached_tokens":0},"output_tokens":438,
				  "output_tokens_details":{"reasoning_tokens":64},"total_tokens":577}}""")));
		CompactResource compacted = this.client.compactConversation(
				CompactResponseMethodPublicBody.builder().model("gpt-5.4").previousResponseId("resp_123").build());
		assertThat(compacted.id()).isEqualTo("resp_001");
	}

	@Test
	void anUnknownResponseIsATypedError() {
		server.stubFor(get("/v1/responses/resp_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"No response found\",\"type\":\"invalid_request_error\","
					+ "\"param\":null,\"code\":null}}")));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.client.getResponse("resp_missing"))
			.withMessageContaining("No response found");
	}

}
