package org.openaiboot.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.client.error.OpenAIException;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;
import org.openaiboot.models.responses.ResponseUsage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Responses API endpoints for a browser or {@code curl}: {@code GET /api/responses}
 * answers a question as JSON, {@code GET /api/responses/stream} passes the answer's text
 * on as Server-Sent Events as it arrives, and {@code GET /api/responses/conversation}
 * does so for the page: one turn of a conversation chained by
 * {@code previous_response_id}, as named events ({@code delta}, then {@code completed}
 * with the response's id, or {@code failed} with the status and request id).
 */
@RestController
@RequestMapping("/api/responses")
class ResponsesController {

	private final OpenAIResponsesClient responses;

	private final String model;

	private final LastCallMetrics metrics;

	private final Executor streamExecutor = new SimpleAsyncTaskExecutor("responses-stream-");

	ResponsesController(OpenAIResponsesClient responses, @Value("${sample.model}") String model,
			LastCallMetrics metrics) {
		this.responses = responses;
		this.model = model;
		this.metrics = metrics;
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

	@GetMapping("/conversation")
	SseEmitter converse(@RequestParam String question,
			@RequestParam(required = false) @Nullable String previousResponseId) {
		CreateResponse request = request(question).toBuilder().previousResponseId(previousResponseId).build();
		SseEmitter emitter = new SseEmitter(Duration.ofMinutes(2).toMillis());
		this.streamExecutor.execute(() -> {
			try {
				emitter.send(turn(request, emitter));
				emitter.complete();
			}
			catch (IOException | RuntimeException ex) {
				emitter.completeWithError(ex);
			}
		});
		return emitter;
	}

	/** Stream one turn's text to the emitter; the event that ends the turn. */
	private SseEmitter.SseEventBuilder turn(CreateResponse request, SseEmitter emitter) throws IOException {
		LastCallMetrics.Snapshot before = this.metrics.start();
		@Nullable String responseId = null;
		try (Stream<ResponseStreamEvent> events = this.responses.createResponseStream(request)) {
			for (ResponseStreamEvent event : (Iterable<ResponseStreamEvent>) events::iterator) {
				if (event instanceof ResponseTextDeltaEvent delta) {
					emitter.send(named("delta", new Delta(delta.delta())));
				}
				else if (event instanceof ResponseCompletedEvent completed) {
					responseId = completed.response().id();
				}
			}
		}
		catch (OpenAIException ex) {
			this.metrics.finish(before);
			return named("failed", CallFailure.of(ex));
		}
		this.metrics.finish(before);
		return named("completed", new Completed(responseId));
	}

	private static SseEmitter.SseEventBuilder named(String name, Object data) {
		return SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
	}

	private CreateResponse request(String question) {
		return CreateResponse.builder().model(this.model).input(question).build();
	}

	/** A piece of the answer's text. */
	record Delta(String text) {
	}

	/** The end of a turn: the id of the response to chain the next turn to. */
	record Completed(@Nullable String responseId) {
	}

	/** The text of the response's output messages, joined in order. */
	record ResponsesAnswer(String answer, String model, @Nullable Integer totalTokens) {
	}

}
