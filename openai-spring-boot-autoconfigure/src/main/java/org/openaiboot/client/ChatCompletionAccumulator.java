package org.openaiboot.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.chat.ChatCompletionFinishReason;
import org.openaiboot.models.chat.ChatCompletionMessageToolCall;
import org.openaiboot.models.chat.ChatCompletionMessageToolCallChunk;
import org.openaiboot.models.chat.ChatCompletionMessageToolCalls;
import org.openaiboot.models.chat.ChatCompletionResponseMessage;
import org.openaiboot.models.chat.ChatCompletionToolCall;
import org.openaiboot.models.chat.ChatCompletionStreamResponseDelta;
import org.openaiboot.models.chat.ChatCompletionTokenLogprob;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.chat.ServiceTier;
import org.openaiboot.models.common.CompletionUsage;

import org.springframework.util.Assert;

/**
 * Joins the chunks of a streamed chat completion into the completion a non-streamed call
 * would have returned: content, refusal, role, finish reason, log probabilities, and tool
 * calls whose pieces arrive by index, plus the usage of the last chunk when the request's
 * {@code stream_options} asked for it. Not thread-safe: feed it from the thread that reads the
 * stream.
 * <pre class="code">
 * ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
 * try (Stream&lt;CreateChatCompletionStreamResponse&gt; chunks = chat.createChatCompletionStream(request)) {
 *     chunks.forEach(accumulator::accumulate);
 * }
 * CreateChatCompletionResponse completion = accumulator.result();
 * </pre>
 */
public class ChatCompletionAccumulator {

	private final Map<Integer, ChoiceState> choices = new TreeMap<>();

	private @Nullable CreateChatCompletionStreamResponse first;

	private @Nullable CompletionUsage usage;

	private @Nullable ServiceTier serviceTier;

	/**
	 * Add one chunk.
	 * @param chunk the chunk
	 * @return this accumulator
	 */
	public ChatCompletionAccumulator accumulate(CreateChatCompletionStreamResponse chunk) {
		if (this.first == null) {
			this.first = chunk;
		}
		if (chunk.usage() != null) {
			this.usage = chunk.usage();
		}
		if (chunk.serviceTier() != null) {
			this.serviceTier = chunk.serviceTier();
		}
		for (CreateChatCompletionStreamResponse.Choice choice : chunk.choices()) {
			this.choices.computeIfAbsent(choice.index(), (index) -> new ChoiceState()).add(choice);
		}
		return this;
	}

	/**
	 * The completion so far.
	 * @return the completion, with the id, model and creation time of the first chunk,
	 * and the usage if a chunk carried it
	 * @throws IllegalStateException if no chunk was added
	 */
	public CreateChatCompletionResponse result() {
		CreateChatCompletionStreamResponse head = this.first;
		Assert.state(head != null, "No chunk was accumulated");
		List<CreateChatCompletionResponse.Choice> result = new ArrayList<>();
		this.choices.forEach((index, state) -> result.add(state.toChoice(index)));
		return CreateChatCompletionResponse.builder()
			.id(head.id())
			.choices(result)
			.created(head.created())
			.model(head.model())
			.systemFingerprint(head.systemFingerprint())
			.object(CreateChatCompletionResponse.OBJECT)
			.usage(this.usage)
			.serviceTier(this.serviceTier)
			.build();
	}

	private static final class ChoiceState {

		private final StringBuilder content = new StringBuilder();

		private boolean hasContent;

		private @Nullable StringBuilder refusal;

		private @Nullable List<ChatCompletionTokenLogprob> refusalLogprobs;

		private String role = ChatCompletionResponseMessage.ROLE;

		private @Nullable ChatCompletionFinishReason finishReason;

		private @Nullable List<ChatCompletionTokenLogprob> logprobs;

		private final Map<Integer, ToolCallState> toolCalls = new TreeMap<>();

		private @Nullable StringBuilder functionName;

		private final StringBuilder functionArguments = new StringBuilder();

		void add(CreateChatCompletionStreamResponse.Choice choice) {
			ChatCompletionStreamResponseDelta delta = choice.delta();
			if (delta.role() != null) {
				this.role = delta.role().value();
			}
			if (delta.content() != null) {
				this.content.append(delta.content());
				this.hasContent = true;
			}
			if (delta.refusal() != null) {
				this.refusal = (this.refusal == null) ? new StringBuilder() : this.refusal;
				this.refusal.append(delta.refusal());
			}
			if (delta.toolCalls() != null) {
				for (ChatCompletionMessageToolCallChunk piece : delta.toolCalls()) {
					this.toolCalls.computeIfAbsent(piece.index(), (index) -> new ToolCallState()).add(piece);
				}
			}
			if (delta.functionCall() != null) {
				if (delta.functionCall().name() != null) {
					this.functionName = (this.functionName == null) ? new StringBuilder() : this.functionName;
					this.functionName.append(delta.functionCall().name());
				}
				if (delta.functionCall().arguments() != null) {
					this.functionArguments.append(delta.functionCall().arguments());
				}
			}
			if (choice.finishReason() != null) {
				this.finishReason = choice.finishReason();
			}
			if (choice.logprobs() != null && choice.logprobs().content() != null) {
				this.logprobs = (this.logprobs == null) ? new ArrayList<>() : this.logprobs;
				this.logprobs.addAll(choice.logprobs().content());
			}
			if (choice.logprobs() != null && choice.logprobs().refusal() != null) {
				this.refusalLogprobs = (this.refusalLogprobs == null) ? new ArrayList<>() : this.refusalLogprobs;
				this.refusalLogprobs.addAll(choice.logprobs().refusal());
			}
		}

		CreateChatCompletionResponse.Choice toChoice(int index) {
			ChatCompletionMessageToolCalls calls = this.toolCalls.isEmpty() ? null : ChatCompletionMessageToolCalls
				.of(this.toolCalls.values().stream().map(ToolCallState::toToolCall).toList());
			ChatCompletionResponseMessage.FunctionCall functionCall = (this.functionName != null)
					? ChatCompletionResponseMessage.FunctionCall.builder()
						.arguments(this.functionArguments.toString())
						.name(this.functionName.toString())
						.build()
					: null;
			ChatCompletionResponseMessage message = ChatCompletionResponseMessage.builder()
				.content(this.hasContent ? this.content.toString() : null)
				.refusal((this.refusal != null) ? this.refusal.toString() : null)
				.toolCalls(calls)
				.role(this.role)
				.functionCall(functionCall)
				.build();
			CreateChatCompletionResponse.Choice.Logprobs logprobs = (this.logprobs != null
					|| this.refusalLogprobs != null)
							? CreateChatCompletionResponse.Choice.Logprobs.builder()
								.content((this.logprobs != null) ? List.copyOf(this.logprobs) : null)
								.refusal((this.refusalLogprobs != null) ? List.copyOf(this.refusalLogprobs) : null)
								.build()
							: null;
			ChatCompletionFinishReason reason = (this.finishReason != null) ? this.finishReason
					: ChatCompletionFinishReason.of("unfinished");
			return CreateChatCompletionResponse.Choice.builder()
				.finishReason(reason)
				.index(index)
				.message(message)
				.logprobs(logprobs)
				.build();
		}

	}

	private static final class ToolCallState {

		private @Nullable String id;

		private String type = ChatCompletionMessageToolCall.TYPE;

		private final StringBuilder name = new StringBuilder();

		private final StringBuilder arguments = new StringBuilder();

		void add(ChatCompletionMessageToolCallChunk piece) {
			if (piece.id() != null) {
				this.id = piece.id();
			}
			if (piece.type() != null) {
				this.type = piece.type();
			}
			if (piece.function() != null) {
				if (piece.function().name() != null) {
					this.name.append(piece.function().name());
				}
				if (piece.function().arguments() != null) {
					this.arguments.append(piece.function().arguments());
				}
			}
		}

		ChatCompletionToolCall toToolCall() {
			return ChatCompletionMessageToolCall.of((this.id != null) ? this.id : "",
					ChatCompletionMessageToolCall.Function.of(this.name.toString(), this.arguments.toString()));
		}

	}

}
