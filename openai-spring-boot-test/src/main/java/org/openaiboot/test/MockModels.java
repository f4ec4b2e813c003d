package org.openaiboot.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.chat.ChatCompletionFinishReason;
import org.openaiboot.models.chat.ChatCompletionResponseMessage;
import org.openaiboot.models.chat.ChatCompletionStreamResponseDelta;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.common.CompletionUsage;
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

/**
 * The model objects behind the text answers of {@link OpenAIMockAnswers}: one assistant
 * message, whole or in deltas, with fixed ids and times so that tests can name them.
 */
final class MockModels {

	static final String MODEL = "gpt-mock";

	static final String CHAT_COMPLETION_ID = "chatcmpl-mock";

	static final String RESPONSE_ID = "resp_mock";

	static final String MESSAGE_ID = "msg_mock";

	/** 2025-01-01T00:00:00Z: a fixed time keeps answers equal from run to run. */
	static final long CREATED = 1735689600L;

	private MockModels() {
	}

	static CreateChatCompletionResponse chatCompletion(String text) {
		ChatCompletionResponseMessage message = ChatCompletionResponseMessage.builder()
			.content(text)
			.role(ChatCompletionResponseMessage.ROLE)
			.build();
		int completionTokens = words(text);
		return CreateChatCompletionResponse.builder()
			.id(CHAT_COMPLETION_ID)
			.choices(CreateChatCompletionResponse.Choice.builder()
				.finishReason(ChatCompletionFinishReason.STOP)
				.index(0)
				.message(message)
				.build())
			.created(CREATED)
			.model(MODEL)
			.object(CreateChatCompletionResponse.OBJECT)
			.usage(CompletionUsage.builder()
				.promptTokens(1)
				.completionTokens(completionTokens)
				.totalTokens(1 + completionTokens)
				.build())
			.build();
	}

	/** A role chunk, one chunk per delta, and a chunk that finishes with {@code stop}. */
	static List<CreateChatCompletionStreamResponse> chatChunks(String... deltas) {
		List<CreateChatCompletionStreamResponse> chunks = new ArrayList<>();
		chunks.add(chatChunk(ChatCompletionStreamResponseDelta.builder().role("assistant").content("").build(), null));
		for (String delta : deltas) {
			chunks.add(chatChunk(ChatCompletionStreamResponseDelta.builder().content(delta).build(), null));
		}
		chunks.add(chatChunk(ChatCompletionStreamResponseDelta.builder().build(), ChatCompletionFinishReason.STOP));
		return chunks;
	}

	private static CreateChatCompletionStreamResponse chatChunk(ChatCompletionStreamResponseDelta delta,
			@Nullable ChatCompletionFinishReason finishReason) {
		return CreateChatCompletionStreamResponse.builder()
			.id(CHAT_COMPLETION_ID)
			.choices(CreateChatCompletionStreamResponse.Choice.builder()
				.delta(delta)
				.finishReason(finishReason)
				.index(0)
				.build())
			.created(CREATED)
			.model(MODEL)
			.object(CreateChatCompletionStreamResponse.OBJECT)
			.build();
	}

	static Response response(String text) {
		return Response.builder()
			.id(RESPONSE_ID)
			.createdAt(CREATED)
			.completedAt(CREATED)
			.status(Response.Status.COMPLETED)
			.model(MODEL)
			.metadata(Map.of())
			.tools(List.of())
			.toolChoice("auto")
			.parallelToolCalls(true)
			.output(message(OutputMessage.Status.COMPLETED, textPart(text)))
			.usage(ResponseUsage.builder()
				.inputTokens(1)
				.inputTokensDetails(ResponseUsage.InputTokensDetails.builder().cachedTokens(0).cacheWriteTokens(0).build())
				.outputTokens(words(text))
				.outputTokensDetails(ResponseUsage.OutputTokensDetails.builder().reasoningTokens(0).build())
				.totalTokens(1 + words(text))
				.build())
			.build();
	}

	/**
	 * The events of a response of one message, in the order the API sends them:
	 * {@code response.created}, {@code response.in_progress}, the message's item and
	 * content part added, one {@code response.output_text.delta} per delta, the text, part
	 * and item done, and {@code response.completed}.
	 */
	static List<ResponseStreamEvent> responseEvents(String... deltas) {
		String text = String.join("", deltas);
		Response completed = response(text);
		Response inProgress = completed.toBuilder()
			.status(Response.Status.IN_PROGRESS)
			.completedAt(null)
			.output(List.of())
			.usage(null)
			.build();
		List<IntFunction<ResponseStreamEvent>> events = new ArrayList<>();
		events.add((sequence) -> ResponseCreatedEvent.builder().response(inProgress).sequenceNumber(sequence).build());
		events.add((sequence) -> ResponseInProgressEvent.builder().response(inProgress).sequenceNumber(sequence).build());
		events.add((sequence) -> ResponseOutputItemAddedEvent.builder()
			.outputIndex(0)
			.item(message(OutputMessage.Status.IN_PROGRESS))
			.sequenceNumber(sequence)
			.build());
		events.add((sequence) -> ResponseContentPartAddedEvent.builder()
			.itemId(MESSAGE_ID)
			.outputIndex(0)
			.contentIndex(0)
			.part(textPart(""))
			.sequenceNumber(sequence)
			.build());
		for (String delta : deltas) {
			events.add((sequence) -> ResponseTextDeltaEvent.builder()
				.itemId(MESSAGE_ID)
				.outputIndex(0)
				.contentIndex(0)
				.delta(delta)
				.logprobs(List.of())
				.sequenceNumber(sequence)
				.build());
		}
		events.add((sequence) -> ResponseTextDoneEvent.builder()
			.itemId(MESSAGE_ID)
			.outputIndex(0)
			.contentIndex(0)
			.text(text)
			.logprobs(List.of())
			.sequenceNumber(sequence)
			.build());
		events.add((sequence) -> ResponseContentPartDoneEvent.builder()
			.itemId(MESSAGE_ID)
			.outputIndex(0)
			.contentIndex(0)
			.part(textPart(text))
			.sequenceNumber(sequence)
			.build());
		events.add((sequence) -> ResponseOutputItemDoneEvent.builder()
			.outputIndex(0)
			.item(completed.output().get(0))
			.sequenceNumber(sequence)
			.build());
		events.add((sequence) -> ResponseCompletedEvent.builder().response(completed).sequenceNumber(sequence).build());
		return IntStream.range(0, events.size()).mapToObj((sequence) -> events.get(sequence).apply(sequence)).toList();
	}

	private static OutputMessage message(OutputMessage.Status status, OutputTextContent... content) {
		return OutputMessage.builder()
			.id(MESSAGE_ID)
			.role(OutputMessage.ROLE)
			.status(status)
			.content(content)
			.build();
	}

	private static OutputTextContent textPart(String text) {
		return OutputTextContent.builder().text(text).annotations(List.of()).logprobs(List.of()).build();
	}

	/** Tokens counted as words: enough for the usage of a scripted answer to add up. */
	private static int words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

}
