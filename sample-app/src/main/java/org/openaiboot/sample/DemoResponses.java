package org.openaiboot.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.ModelIdsResponses;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.OutputTextContent;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseContentPartAddedEvent;
import org.openaiboot.models.responses.ResponseContentPartDoneEvent;
import org.openaiboot.models.responses.ResponseCreatedEvent;
import org.openaiboot.models.responses.ResponseInProgressEvent;
import org.openaiboot.models.responses.ResponseOutputItemAddedEvent;
import org.openaiboot.models.responses.ResponseOutputItemDoneEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseTextDeltaEvent;
import org.openaiboot.models.responses.ResponseTextDoneEvent;
import org.openaiboot.models.responses.ResponseUsage;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The offline demo's {@code POST /demo/v1/responses}: the answer of the {@link DemoModel}
 * (an assistant message, or a function call), written as one JSON {@link Response} or,
 * for a streamed request, as the Server-Sent Events the API writes from
 * {@code response.created} to {@code response.completed}, one text delta per word.
 */
class DemoResponses {

	private final JsonMapper jsonMapper;

	private final DemoModel model;

	DemoResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		this.model = new DemoModel(jsonMapper);
	}

	ResponseEntity<StreamingResponseBody> create(CreateResponse request) {
		ModelIdsResponses model = request.model();
		if (model == null) {
			throw DemoError.invalidRequest("model", "model is required but was null");
		}
		DemoModel.Reply reply = this.model.reply(request);
		boolean stream = Boolean.TRUE.equals(request.stream());
		if (stream && reply.text() == null) {
			throw DemoError.invalidRequest("stream",
					"The demo streams text answers only: create a response that calls functions without stream");
		}
		long now = Instant.now().getEpochSecond();
		String messageId = reply.id().replace("resp_", "msg_");
		Response response = Response.builder()
			.id(reply.id())
			.createdAt(now)
			.completedAt(now)
			.status(Response.Status.COMPLETED)
			.model(model)
			.previousResponseId(request.previousResponseId())
			.instructions(request.instructions())
			.metadata(Map.of())
			.temperature(1.0)
			.topP(1.0)
			.text(request.text())
			.tools((request.tools() != null) ? request.tools() : List.of())
			.toolChoice("auto")
			.parallelToolCalls(true)
			.output((reply.call() != null) ? reply.call()
					: message(messageId, OutputMessage.Status.COMPLETED, textPart(reply.written())))
			.usage(usage(DemoOpenAIController.words(reply.said()), DemoOpenAIController.words(reply.written())))
			.build();
		if (stream) {
			return ResponseEntity.ok()
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.body(stream(response, messageId, reply.written()));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body((out) -> this.jsonMapper.writeValue(out, response));
	}

	private StreamingResponseBody stream(Response completed, String messageId, String answer) {
		Response inProgress = completed.toBuilder()
			.status(Response.Status.IN_PROGRESS)
			.completedAt(null)
			.output(List.of())
			.usage(null)
			.build();
		OutputTextContent emptyPart = textPart("");
		OutputTextContent fullPart = textPart(answer);
		return (out) -> {
			EventWriter events = new EventWriter(out);
			events.send((sequence) -> ResponseCreatedEvent.builder()
				.response(inProgress)
				.sequenceNumber(sequence)
				.build());
			events.send((sequence) -> ResponseInProgressEvent.builder()
				.response(inProgress)
				.sequenceNumber(sequence)
				.build());
			events.send((sequence) -> ResponseOutputItemAddedEvent.builder()
				.outputIndex(0)
				.item(message(messageId, OutputMessage.Status.IN_PROGRESS))
				.sequenceNumber(sequence)
				.build());
			events.send((sequence) -> ResponseContentPartAddedEvent.builder()
				.itemId(messageId)
				.outputIndex(0)
				.contentIndex(0)
				.part(emptyPart)
				.sequenceNumber(sequence)
				.build());
			// one delta per word, as a model writes them
			for (String word : answer.split("(?<=\\s)(?=\\S)")) {
				events.send((sequence) -> ResponseTextDeltaEvent.builder()
					.itemId(messageId)
					.outputIndex(0)
					.contentIndex(0)
					.delta(word)
					.logprobs(List.of())
					.sequenceNumber(sequence)
					.build());
			}
			events.send((sequence) -> ResponseTextDoneEvent.builder()
				.itemId(messageId)
				.outputIndex(0)
				.contentIndex(0)
				.text(answer)
				.logprobs(List.of())
				.sequenceNumber(sequence)
				.build());
			events.send((sequence) -> ResponseContentPartDoneEvent.builder()
				.itemId(messageId)
				.outputIndex(0)
				.contentIndex(0)
				.part(fullPart)
				.sequenceNumber(sequence)
				.build());
			events.send((sequence) -> ResponseOutputItemDoneEvent.builder()
				.outputIndex(0)
				.item(completed.output().get(0))
				.sequenceNumber(sequence)
				.build());
			events.send((sequence) -> ResponseCompletedEvent.builder()
				.response(completed)
				.sequenceNumber(sequence)
				.build());
		};
	}

	private static OutputMessage message(String id, OutputMessage.Status status, OutputTextContent... content) {
		return OutputMessage.builder()
			.id(id)
			.role(OutputMessage.ROLE)
			.status(status)
			.content(content)
			.build();
	}

	private static OutputTextContent textPart(String text) {
		return OutputTextContent.builder().text(text).annotations(List.of()).logprobs(List.of()).build();
	}

	private static ResponseUsage usage(int inputTokens, int outputTokens) {
		return ResponseUsage.builder()
			.inputTokens(inputTokens)
			.inputTokensDetails(
					ResponseUsage.InputTokensDetails.builder().cachedTokens(0).cacheWriteTokens(0).build())
			.outputTokens(outputTokens)
			.outputTokensDetails(ResponseUsage.OutputTokensDetails.builder().reasoningTokens(0).build())
			.totalTokens(inputTokens + outputTokens)
			.build();
	}

	/** Writes events as the API does, numbering them from 0. */
	private final class EventWriter {

		private final OutputStream out;

		private int nextSequenceNumber;

		EventWriter(OutputStream out) {
			this.out = out;
		}

		void send(IntFunction<ResponseStreamEvent> numberedEvent) throws IOException {
			ResponseStreamEvent event = numberedEvent.apply(this.nextSequenceNumber++);
			String frame = "event: " + event.type() + "\ndata: " + DemoResponses.this.jsonMapper.writeValueAsString(event)
					+ "\n\n";
			this.out.write(frame.getBytes(StandardCharsets.UTF_8));
			this.out.flush();
		}

	}

}
