package org.openaiboot.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;
import org.openaiboot.models.responses.ResponseUsage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Responses API endpoints for a browser or {@code curl}: {@code GET /api/responses}
 * answers a question as JSON, {@code GET /api/responses/stream} passes the answer's text
 * on as Server-Sent Events as it arrives.
 */
@RestController
@RequestMapping("/api/responses")
class ResponsesController {

	private final OpenAIResponsesClient responses;

	private final String model;

	private final Executor streamExecutor = new SimpleAsyncTaskExecutor("responses-stream-");

	ResponsesController(OpenAIResponsesClient responses, @Value("${sample.model}") String model) {
		this.responses = responses;
		this.model = model;
	}

	@GetMapping
	ResponsesAnswer answer(@RequestParam String question) {
		Response response = this.responses.createResponse(request(question));
		ResponseUsage usage = response.usage();
		return new ResponsesAnswer(response.outputText(), response.model().value(),
				(usage != null) ? usage.totalTokens() : null);
	}

	@GetMapping("/stream")
	SseEmitter stream(@RequestParam String question) {
		SseEmitter emitter = new SseEmitter(Duration.ofMinutes(2).toMillis());
		this.streamExecutor.execute(() -> {
			try (Stream<ResponseStreamEvent> events = this.responses.createResponseStream(request(question))) {
				for (ResponseStreamEvent event : (Iterable<ResponseStreamEvent>) events::iterator) {
					if (event instanceof ResponseTextDeltaEvent delta) {
						emitter.send(delta.delta());
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

	private CreateResponse request(String question) {
		return CreateResponse.builder().model(this.model).input(question).build();
	}

	/** The text of the response's output messages, joined in order. */
	record ResponsesAnswer(String answer, String model, @Nullable Integer totalTokens) {
	}

}
