package org.openaiboot.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.common.CompletionUsage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Chat endpoints for a browser or {@code curl}: {@code POST /api/chat} answers as JSON,
 * {@code GET /api/chat/stream} passes the model's words on as Server-Sent Events.
 */
@RestController
@RequestMapping("/api/chat")
class ChatController {

	private final OpenAIChatClient chat;

	private final String model;

	private final Executor streamExecutor = new SimpleAsyncTaskExecutor("chat-stream-");

	ChatController(OpenAIChatClient chat, @Value("${sample.model}") String model) {
		this.chat = chat;
		this.model = model;
	}

	@PostMapping
	ChatAnswer chat(@RequestBody ChatQuestion question) {
		CreateChatCompletionResponse response = this.chat.createChatCompletion(request(question.prompt()));
		CompletionUsage usage = response.usage();
		return new ChatAnswer(response.choices().get(0).message().content(), response.model(),
				(usage != null) ? usage.totalTokens() : null);
	}

	@GetMapping("/stream")
	SseEmitter stream(@RequestParam String prompt) {
		SseEmitter emitter = new SseEmitter(Duration.ofMinutes(2).toMillis());
		this.streamExecutor.execute(() -> {
			try (Stream<CreateChatCompletionStreamResponse> chunks = this.chat
				.createChatCompletionStream(request(prompt))) {
				for (CreateChatCompletionStreamResponse chunk : (Iterable<CreateChatCompletionStreamResponse>) chunks::iterator) {
					String content = chunk.choices().isEmpty() ? null : chunk.choices().get(0).delta().content();
					if (content != null && !content.isEmpty()) {
						emitter.send(content);
					}
				}
				emitter.complete();
			}
			catch (IOException | RuntimeException ex) {
				emitter.completeWithError(ex);
			}
		});
		return emitter;
	}

	private CreateChatCompletionRequest request(String prompt) {
		return CreateChatCompletionRequest.builder()
			.model(this.model)
			.messages(ChatCompletionRequestUserMessage.of(prompt))
			.build();
	}

	record ChatQuestion(String prompt) {
	}

	record ChatAnswer(@Nullable String answer, String model, @Nullable Integer totalTokens) {
	}

}
