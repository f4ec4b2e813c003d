package org.openaiboot.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.client.ResponseAccumulator;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clients against the mock in a test without the application's auto-configuration,
 * as in a slice test: the annotation brings the clients; a resource with a base URL of
 * its own is pointed at the mock too.
 */
@SpringBootTest(classes = OpenAIMockServerClientsTests.NoAutoConfiguration.class,
		properties = { "openai.retry.enabled=false", "openai.api-key=sk-from-the-application",
				"openai.resources.embeddings.base-url=https://embeddings.example.invalid/v1" })
@AutoConfigureOpenAIMock
@Timeout(30)
class OpenAIMockServerClientsTests {

	@Autowired
	private OpenAIMockServer server;

	@Autowired
	private OpenAIResponsesClient responses;

	@Autowired
	private OpenAIEmbeddingsClient embeddings;

	@Autowired
	private OpenAIModelsClient models;

	@Test
	void responseWholeThenStreamed() {
		this.server.on("createResponse")
			.respond(OpenAIMockAnswers.response("Hello there"))
			.thenRespond(OpenAIMockAnswers.responseStream("Hello", " there"));
		Response whole = this.responses.createResponse(question());
		List<ResponseStreamEvent> events;
		try (var stream = this.responses.createResponseStream(question())) {
			events = stream.toList();
		}
		assertThat(events).filteredOn(ResponseTextDeltaEvent.class::isInstance)
			.map((event) -> ((ResponseTextDeltaEvent) event).delta())
			.containsExactly("Hello", " there");
		assertThat(events).last().isInstanceOf(ResponseCompletedEvent.class);
		ResponseAccumulator accumulator = new ResponseAccumulator();
		events.forEach(accumulator::accumulate);
		assertThat(accumulator.result().output()).isEqualTo(whole.output());
		assertThat(this.server.requests("createResponse")).extracting((request) -> request.body(CreateResponse.class))
			.extracting(CreateResponse::stream)
			.containsExactly(null, true);
	}

	@Test
	void errorBodyBecomesTheTypedExceptionWithItsRequestId() {
		this.server.on("createResponse")
			.respond(OpenAIMockAnswers.badRequest("input", "Input is too long").requestId("req_bad"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.responses.createResponse(question()))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getParam()).isEqualTo("input");
				assertThat(ex.getErrorMessage()).isEqualTo("Input is too long");
				assertThat(ex.getRequestId()).isEqualTo("req_bad");
			});
	}

	@Test
	void answersCarryANumberedRequestIdByDefault() {
		this.server.on("listModels").respond(OpenAIMockAnswers.jsonText("""
				{"object":"list","data":[{"id":"gpt-mock","object":"model","created":1,"owned_by":"mock"}]}"""));
		assertThat(this.models.listModels().data()).extracting((model) -> model.id()).containsExactly("gpt-mock");
		assertThat(this.server.lastRequest("listModels").method().name()).isEqualTo("GET");
	}

	@Test
	void resourceWithItsOwnBaseUrlCallsTheMockWithTheApplicationsKey() {
		this.server.on("createEmbedding").respond(OpenAIMockAnswers.jsonText("""
				{"object":"list","model":"text-embedding-3-small",
				 "data":[{"object":"embedding","index":0,"embedding":[0.5,-0.5]}],
				 "usage":{"prompt_tokens":2,"total_tokens":2}}"""));
		var answer = this.embeddings.createEmbedding(
				CreateEmbeddingRequest.builder().model("text-embedding-3-small").input("two words").build());
		assertThat(answer.data()).hasSize(1);
		OpenAIMockRequest sent = this.server.lastRequest("createEmbedding");
		assertThat(sent.body(CreateEmbeddingRequest.class).model().value()).isEqualTo("text-embedding-3-small");
		assertThat(sent.header("Authorization")).isEqualTo("Bearer ******").doesNotContain("sk-from-the-application");
	}

	private static CreateResponse question() {
		return CreateResponse.builder().model("gpt-4o-mini").input("Say hello").build();
	}

	@Configuration(proxyBeanMethods = false)
	static class NoAutoConfiguration {

	}

}
