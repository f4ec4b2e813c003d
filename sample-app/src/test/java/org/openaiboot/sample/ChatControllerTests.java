package org.openaiboot.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.test.AutoConfigureOpenAIMock;
import org.openaiboot.test.OpenAIMockAnswers;
import org.openaiboot.test.OpenAIMockRequest;
import org.openaiboot.test.OpenAIMockServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat endpoints as a user of the starter tests them: the API is scripted with
 * {@link AutoConfigureOpenAIMock} (no network, no key), and the test checks what the
 * controller answers and what it sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openai.api-key=sk-test-not-a-real-key", "openai.retry.initial-backoff=10ms" })
@AutoConfigureOpenAIMock
@Timeout(60)
class ChatControllerTests {

	@Autowired
	private OpenAIMockServer openai;

	@LocalServerPort
	private int port;

	private RestClient http() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	private ResponseEntity<String> askHello() {
		return http().post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("prompt", "Hello"))
			.retrieve()
			.toEntity(String.class);
	}

	@Test
	void answersWithTheModelsTextAndSendsTheUsersPrompt() {
		this.openai.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("Hi from the mock"));
		Map<String, Object> answer = http().post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("prompt", "Hello"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(answer).containsEntry("answer", "Hi from the mock");
		OpenAIMockRequest sent = this.openai.lastRequest("createChatCompletion");
		CreateChatCompletionRequest request = sent.body(CreateChatCompletionRequest.class);
		assertThat(request.model()).hasToString("gpt-4o-mini");
		assertThat(request.messages()).singleElement()
			.isInstanceOfSatisfying(ChatCompletionRequestUserMessage.class,
					(message) -> assertThat(message.content().toString()).contains("Hello"));
		assertThat(sent.header("Authorization")).isEqualTo("Bearer ******");
	}

	@Test
	void streamsTheModelsWordsAsTheyArrive() {
		this.openai.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletionStream("Hel", "lo", "!"));
		String events = http().get().uri("/api/chat/stream?prompt=Hi").retrieve().body(String.class);
		assertThat(events).contains("data:Hel", "data:lo", "data:!");
		assertThat(this.openai.lastRequest("createChatCompletion").body(CreateChatCompletionRequest.class).stream())
			.isTrue();
	}

	@Test
	void aRateLimitIsRetriedThenAnswered() {
		this.openai.on("createChatCompletion")
			.respond(OpenAIMockAnswers.rateLimited())
			.thenRespond(OpenAIMockAnswers.chatCompletion("After the wait"));
		ResponseEntity<String> answer = askHello();
		assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
		assertThat(answer.getBody()).contains("After the wait");
		this.openai.verify("createChatCompletion", 2);
	}

	@Test
	void aRateLimitToTheEndFailsTheCallAfterTheRetries() {
		this.openai.on("createChatCompletion").respond(OpenAIMockAnswers.rateLimited());
		ResponseEntity<String> answer = askHello();
		assertThat(answer.getStatusCode().is5xxServerError()).isTrue();
		this.openai.verify("createChatCompletion", 3);
	}

}
