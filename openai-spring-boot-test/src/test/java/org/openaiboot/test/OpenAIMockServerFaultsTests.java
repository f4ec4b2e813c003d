package org.openaiboot.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.OpenAITimeoutException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults and delays of the mock, each with the exception the client turns it into.
 */
@SpringBootTest(classes = OpenAIMockServerFaultsTests.NoAutoConfiguration.class,
		properties = { "openai.retry.enabled=false", "openai.read-timeout=1s" })
@AutoConfigureOpenAIMock
@Timeout(30)
class OpenAIMockServerFaultsTests {

	@Autowired
	private OpenAIMockServer server;

	@Autowired
	private OpenAIChatClient chat;

	@Test
	void emptyReplyIsAConnectionFailure() {
		this.server.on("createChatCompletion").respond(OpenAIMockAnswers.emptyReply());
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> this.chat.createChatCompletion(question()));
		this.server.verify("createChatCompletion", 1);
	}

	@Test
	void answerClosedMidBodyIsAConnectionFailure() {
		this.server.on("createChatCompletion")
			.respond(OpenAIMockAnswers.chatCompletion("Never read whole").fault(OpenAIMockFault.CLOSED_MID_BODY));
		assertThatExceptionOfType(OpenAIConnectionException.class)
			.isThrownBy(() -> this.chat.createChatCompletion(question()));
	}

	@Test
	void streamClosedMidBodyFailsItsReader() {
		this.server.on("createChatCompletion")
			.respond(OpenAIMockAnswers.chatCompletionStream("one ", "two ", "three ", "four")
				.fault(OpenAIMockFault.CLOSED_MID_BODY));
		assertThatExceptionOfType(OpenAIConnectionException.class).isThrownBy(() -> {
			try (var chunks = this.chat.createChatCompletionStream(question())) {
				chunks.forEach((chunk) -> {
				});
			}
		});
	}

	@Test
	void delayBeyondTheReadTimeoutIsATimeout() {
		this.server.on("createChatCompletion")
			.respond(OpenAIMockAnswers.chatCompletion("Too late").delay(Duration.ofSeconds(10)));
		assertThatExceptionOfType(OpenAITimeoutException.class)
			.isThrownBy(() -> this.chat.createChatCompletion(question()));
	}

	private static CreateChatCompletionRequest question() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	static class NoAutoConfiguration {

	}

}
