package org.openaiboot.client;

import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Where the answer of an operation tells how many tokens it used: the {@code usage}
 * member of a chat completion, say, or of the last chunk of its stream. An operation
 * declares it on its {@link ApiCall}, and the transport records the tokens in the
 * {@code openai.client.tokens} counter for every answer, or every chunk, that has them.
 * <pre class="code">
 * static final TokenUsage USAGE = TokenUsage.of(CreateChatCompletionResponse::usage,
 *         CompletionUsage::promptTokens, CompletionUsage::completionTokens);
 * </pre>
 * Declare one per answer type, as a constant: it is used on every call.
 */
public final class TokenUsage {

	private final Function<Object, ?> usage;

	private final ToIntFunction<Object> inputTokens;

	private final ToIntFunction<Object> outputTokens;

	private TokenUsage(Function<Object, ?> usage, ToIntFunction<Object> inputTokens,
			ToIntFunction<Object> outputTokens) {
		this.usage = usage;
		this.inputTokens = inputTokens;
		this.outputTokens = outputTokens;
	}

	/**
	 * Describe where an answer tells its usage.
	 * @param <T> the type of the answer: the response, or a chunk of the stream
	 * @param <U> the type of its usage part
	 * @param usage finds the usage part of an answer, {@code null} when it has none
	 * @param inputTokens the tokens read (the prompt), recorded with {@code type=prompt}
	 * @param outputTokens the tokens written, recorded with {@code type=completion}
	 * @return the usage description
	 */
	@SuppressWarnings("unchecked")
	public static <T, U> TokenUsage of(Function<T, @Nullable U> usage, ToIntFunction<U> inputTokens,
			ToIntFunction<U> outputTokens) {
		return new TokenUsage((Function<Object, ?>) usage, (ToIntFunction<Object>) inputTokens,
				(ToIntFunction<Object>) outputTokens);
	}

	/**
	 * Read the tokens an answer tells it used.
	 * @param answer the response or chunk, of the type this usage was declared for
	 * @return the counts, or {@code null} if the answer tells none
	 */
	public @Nullable Counts read(Object answer) {
		Object found = this.usage.apply(answer);
		return (found != null) ? new Counts(this.inputTokens.applyAsInt(found), this.outputTokens.applyAsInt(found))
				: null;
	}

	/**
	 * The tokens one answer used.
	 *
	 * @param input the tokens read (the prompt)
	 * @param output the tokens written
	 */
	public record Counts(int input, int output) {

	}

}
