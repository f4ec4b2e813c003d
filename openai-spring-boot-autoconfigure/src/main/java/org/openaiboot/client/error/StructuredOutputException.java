package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.StructuredOutput;

/**
 * The answer of a Structured Outputs request could not be turned into the requested
 * Java type: the model refused, stopped early, or wrote something that is not JSON of
 * that type.
 *
 * @see StructuredOutput
 */
public class StructuredOutputException extends OpenAIException {

	private final @Nullable String refusal;

	private final @Nullable String content;

	public StructuredOutputException(String message, @Nullable String refusal, @Nullable String content,
			@Nullable Throwable cause) {
		super(message, cause);
		this.refusal = refusal;
		this.content = content;
	}

	/**
	 * The model's refusal, when it declined to answer.
	 * @return the refusal, or {@code null} when the model did not refuse
	 */
	public @Nullable String getRefusal() {
		return this.refusal;
	}

	/**
	 * The text the model wrote, when there was one.
	 * @return the content, or {@code null}
	 */
	public @Nullable String getContent() {
		return this.content;
	}

}
