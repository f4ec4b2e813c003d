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
 * Declare one per answer type, as a constant: it is used on every call. It may also tell
 * which model answered ({@link #withModel}), for {@code gen_ai.response.model}.
 */
public final class TokenUsage {

	private final Function<Object, ?> usage;

	private final ToIntFunction<Object> inputTokens;

	private final ToIntFunction<Object> outputTokens;

	private final @Nullable Function<Object, @Nullable Integer> cachedTokens;

	private final @Nullable Function<Object, @Nullable Integer> reasoningTokens;

	private final @Nullable Function<Object, @Nullable String> model;

	private TokenUsage(Function<Object, ?> usage, ToIntFunction<Object> inputTokens, ToIntFunction<Object> outputTokens,
			@Nullable Function<Object, @Nullable Integer> cachedTokens,
			@Nullable Function<Object, @Nullable Integer> reasoningTokens,
			@Nullable Function<Object, @Nullable String> model) {
		this.usage = usage;
		this.inputTokens = inputTokens;
		this.outputTokens = outputTokens;
		this.cachedTokens = cachedTokens;
		this.reasoningTokens = reasoningTokens;
		this.model = model;
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
	public static <T, U> TokenUsage of(Function<T, @Nullable U> usage, ToIntFunction<U> inputTokens,
			ToIntFunction<U> outputTokens) {
		return of(usage, inputTokens, outputTokens, null, null);
	}

	/**
	 * Describe where an answer tells its usage, with the details the API breaks it into.
	 * @param <T> the type of the answer: the response, or a chunk of the stream
	 * @param <U> the type of its usage part
	 * @param usage finds the usage part of an answer, {@code null} when it has none
	 * @param inputTokens the tokens read (the prompt), recorded with {@code type=prompt}
	 * @param outputTokens the tokens written, recorded with {@code type=completion}
	 * @param cachedTokens the input tokens read from the prompt cache, a part of the input
	 * recorded again with {@code type=cached}; {@code null} when the answer cannot tell
	 * them, or a function that answers {@code null} when one answer does not
	 * @param reasoningTokens the output tokens spent reasoning, a part of the output
	 * recorded again with {@code type=reasoning}; {@code null} as for cached tokens
	 * @return the usage description
	 */
	@SuppressWarnings("unchecked")
	public static <T, U> TokenUsage of(Function<T, @Nullable U> usage, ToIntFunction<U> inputTokens,
			ToIntFunction<U> outputTokens, @Nullable Function<U, @Nullable Integer> cachedTokens,
			@Nullable Function<U, @Nullable Integer> reasoningTokens) {
		return new TokenUsage((Function<Object, ?>) usage, (ToIntFunction<Object>) inputTokens,
				(ToIntFunction<Object>) outputTokens, (Function<Object, @Nullable Integer>) cachedTokens,
				(Function<Object, @Nullable Integer>) reasoningTokens, null);
	}

	/**
	 * Also tell which model answered, as the answer names it.
	 * @param <T> the type of the answer
	 * @param model finds the model an answer names, {@code null} when it names none
	 * @return a usage description that tells the model too
	 */
	@SuppressWarnings("unchecked")
	public <T> TokenUsage withModel(Function<T, @Nullable String> model) {
		return new TokenUsage(this.usage, this.inputTokens, this.outputTokens, this.cachedTokens,
				this.reasoningTokens, (Function<Object, @Nullable String>) model);
	}

	/**
	 * Read the tokens an answer tells it used.
	 * @param answer the response or chunk, of the type this usage was declared for
	 * @return the counts, or {@code null} if the answer tells none
	 */
	public @Nullable Counts read(Object answer) {
		Object found = this.usage.apply(answer);
		if (found == null) {
			return null;
		}
		return new Counts(this.inputTokens.applyAsInt(found), this.outputTokens.applyAsInt(found),
				detail(this.cachedTokens, found), detail(this.reasoningTokens, found));
	}

	/**
	 * Read the model an answer names.
	 * @param answer the response or chunk, of the type this usage was declared for
	 * @return the model, or {@code null} if the answer names none or this usage was not
	 * told where to find it
	 */
	public @Nullable String model(Object answer) {
		return (this.model != null) ? this.model.apply(answer) : null;
	}

	private static @Nullable Integer detail(@Nullable Function<Object, @Nullable Integer> detail, Object usage) {
		return (detail != null) ? detail.apply(usage) : null;
	}

	/**
	 * The tokens one answer used.
	 *
	 * @param input the tokens read (the prompt)
	 * @param output the tokens written
	 * @param cached the part of the input read from the prompt cache, {@code null} when
	 * the answer does not tell it
	 * @param reasoning the part of the output spent reasoning, {@code null} when the
	 * answer does not tell it
	 */
	public record Counts(int input, int output, @Nullable Integer cached, @Nullable Integer reasoning) {

	}

}
