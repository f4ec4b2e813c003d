package org.openaiboot.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.test.AutoConfigureOpenAIMock;
import org.openaiboot.test.OpenAIMockAnswers;
import org.openaiboot.test.OpenAIMockServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second, named connection beside the default one: its client beans are injected by
 * qualifier, and the default ones stay those injected by type. The sample's AOT test run
 * repeats this test on AOT-processed bean definitions.
 */
@SpringBootTest(properties = { "openai.api-key=sk-test-not-a-real-key",
		"openai.connections.local.base-url=http://localhost:11434/v1" })
@AutoConfigureOpenAIMock
@Timeout(60)
class NamedConnectionTests {

	@Autowired
	private OpenAIMockServer openai;

	@Autowired
	private OpenAIChatClient chat;

	@Autowired
	@Qualifier("local")
	private OpenAIChatClient localChat;

	@Test
	void theNamedConnectionHasItsOwnClients() {
		this.openai.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("Hi"));
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("llama3")
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
		this.localChat.createChatCompletion(request);
		this.chat.createChatCompletion(request);
		assertThat(this.localChat).isNotSameAs(this.chat);
		this.openai.verify("createChatCompletion", 2);
	}

}
