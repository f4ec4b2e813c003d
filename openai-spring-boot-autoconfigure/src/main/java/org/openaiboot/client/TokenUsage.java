package org.openaiboot.client;

import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.observation.OpenAIMetrics;

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
	 * Record the tokens an answer tells it used, if it tells any. Internal: called by the
	 * transport's metrics; not part of the API.
	 * @param answer the response or chunk, of the type this usage was declared for
	 * @param operation the operation, for the tag
	 * @param model the model, for the tag
	 * @param metrics where to record them
	 */
	public void record(Object answer, String operation, @Nullable String model, OpenAIMetrics metrics) {
		Object found = this.usage.apply(answer);
		if (found != null) {
			metrics.tokens(operation, model, this.inputTokens.applyAsInt(found), this.outputTokens.applyAsInt(found));
		}
	}

}
