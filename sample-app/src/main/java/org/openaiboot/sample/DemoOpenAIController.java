package org.openaiboot.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.models.chat.ChatCompletionFinishReason;
import org.openaiboot.models.chat.ChatCompletionRequestMessage;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatCompletionResponseMessage;
import org.openaiboot.models.chat.ChatCompletionStreamResponseDelta;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.responses.CreateResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The offline demo: an OpenAI-compatible {@code POST /demo/v1/chat/completions} and
 * {@code POST /demo/v1/responses} (see {@link DemoResponses}) that answer
 * deterministically, as JSON or as a Server-Sent Events stream. They echo the last user
 * message, so the whole path (client, retries, metrics) runs without network. Each
 * answer carries an {@code x-request-id}, as the API's do; a question with
 * {@value DemoError#RATE_LIMIT_WORD} in it is answered 429 (see {@link DemoError}).
 */
@RestController
@RequestMapping("/demo/v1")
@ConditionalOnBooleanProperty(DemoModeEnvironmentPostProcessor.DEMO_ENABLED)
class DemoOpenAIController {

	private static final String ID = "chatcmpl-demo";

	private final JsonMapper jsonMapper;

	private final DemoResponses responses;

	private final AtomicLong requestIds = new AtomicLong();

	DemoOpenAIController(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		this.responses = new DemoResponses(jsonMapper);
	}

	@PostMapping(path = "/chat/completions")
	ResponseEntity<StreamingResponseBody> createChatCompletion(@RequestBody CreateChatCompletionRequest request) {
		String said = lastUserText(request.messages());
		DemoError.rateLimitIfAsked(said);
		String answer = answer(said);
		String model = request.model().value();
		if (Boolean.TRUE.equals(request.stream())) {
			return ResponseEntity.ok()
				.header(OpenAIHeaders.REQUEST_ID, nextRequestId())
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.body(stream(model, answer));
		}
		ChatCompletionResponseMessage message = ChatCompletionResponseMessage.builder()
			.content(answer)
			.role(ChatCompletionResponseMessage.ROLE)
			.build();
		int promptTokens = words(said);
		int completionTokens = words(answer);
		CreateChatCompletionResponse response = CreateChatCompletionResponse.builder()
			.id(ID)
			.choices(CreateChatCompletionResponse.Choice.builder()
				.finishReason(ChatCompletionFinishReason.STOP)
				.index(0)
				.message(message)
				.build())
			.created(now())
			.model(model)
			.object(CreateChatCompletionResponse.OBJECT)
			.usage(CompletionUsage.builder()
				.completionTokens(completionTokens)
				.promptTokens(promptTokens)
				.totalTokens(promptTokens + completionTokens)
				.build())
			.build();
		return ResponseEntity.ok()
			.header(OpenAIHeaders.REQUEST_ID, nextRequestId())
			.contentType(MediaType.APPLICATION_JSON)
			.body((out) -> this.jsonMapper.writeValue(out, response));
	}

	@PostMapping(path = "/responses")
	ResponseEntity<StreamingResponseBody> createResponse(@RequestBody CreateResponse request) {
		ResponseEntity<StreamingResponseBody> answer = this.responses.create(request);
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(OpenAIHeaders.REQUEST_ID, nextRequestId())
			.body(answer.getBody());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> failed(DemoError error) {
		ResponseEntity.BodyBuilder failure = ResponseEntity.status(error.status())
			.header(OpenAIHeaders.REQUEST_ID, nextRequestId());
		if (error.status() == HttpStatus.TOO_MANY_REQUESTS) {
			// short: the client retries soon, and the page shows the failure within a second
			failure.header(OpenAIHeaders.RETRY_AFTER_MS, "100");
		}
		return failure.contentType(MediaType.APPLICATION_JSON).body(error.body());
	}

	private String nextRequestId() {
		return "req_demo_" + this.requestIds.incrementAndGet();
	}

	private StreamingResponseBody stream(String model, String answer) {
		return (out) -> {
			write(out, chunk(model, ChatCompletionStreamResponseDelta.builder().content("").role("assistant").build(),
					null));
			for (String word : answer.split("(?<= )")) {
				write(out, chunk(model, ChatCompletionStreamResponseDelta.builder().content(word).build(), null));
			}
			write(out, chunk(model, ChatCompletionStreamResponseDelta.builder().build(), ChatCompletionFinishReason.STOP));
			out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
		};
	}

	private CreateChatCompletionStreamResponse chunk(String model, ChatCompletionStreamResponseDelta delta,
			@Nullable ChatCompletionFinishReason finishReason) {
		return CreateChatCompletionStreamResponse.builder()
			.id(ID)
			.choices(CreateChatCompletionStreamResponse.Choice.builder()
				.delta(delta)
				.finishReason(finishReason)
				.index(0)
				.build())
			.created(now())
			.model(model)
			.object(CreateChatCompletionStreamResponse.OBJECT)
			.build();
	}

	private void write(OutputStream out, Object chunk) throws IOException {
		out.write(("data: " + this.jsonMapper.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	static String answer(String said) {
		return "Demo mode (no API key set): you said \"" + said + "\".";
	}

	private static String lastUserText(List<ChatCompletionRequestMessage> messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (messages.get(i) instanceof ChatCompletionRequestUserMessage user
					&& user.content() instanceof ChatCompletionRequestUserMessage.Content.OfString text) {
				return text.value();
			}
		}
		return "";
	}

	static int words(String text) {
		return text.isBlank() ? 0 : text.strip().split("\\s+").length;
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

}
