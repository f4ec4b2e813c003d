package org.openaiboot.test;

import java.util.stream.Collectors;

import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.ChatCompletionRequestSystemMessage;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application a user tests: one service that asks a chat model for a summary, whole
 * or streamed.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SummaryApplication {

	@Bean
	Summarizer summarizer(OpenAIChatClient chat) {
		return new Summarizer(chat);
	}

	static class Summarizer {

		private final OpenAIChatClient chat;

		Summarizer(OpenAIChatClient chat) {
			this.chat = chat;
		}

		String summarize(String text) {
			return this.chat.createChatCompletion(request(text)).choices().get(0).message().content();
		}

		String summarizeStreamed(String text) {
			try (var chunks = this.chat.createChatCompletionStream(request(text))) {
				return chunks.filter((chunk) -> !chunk.choices().isEmpty())
					.map((chunk) -> chunk.choices().get(0).delta().content())
					.filter((content) -> content != null)
					.collect(Collectors.joining());
			}
		}

		private static CreateChatCompletionRequest request(String text) {
			return CreateChatCompletionRequest.builder()
				.model("gpt-4o-mini")
				.messages(ChatCompletionRequestSystemMessage.of("Summarize in one sentence."),
						ChatCompletionRequestUserMessage.of(text))
				.build();
		}

	}

}
