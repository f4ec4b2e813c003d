package org.openaiboot.client.error;

/**
 * A tool loop gave up: the model still called functions when the loop had sent as many
 * requests as it may.
 *
 * @see org.openaiboot.client.ToolLoop
 */
public class ToolLoopException extends OpenAIException {

	private final String responseId;

	private final int rounds;

	public ToolLoopException(String message, String responseId, int rounds) {
		super(message);
		this.responseId = responseId;
		this.rounds = rounds;
	}

	/**
	 * The id of the last response, whose function calls were left unanswered.
	 * @return the response's id
	 */
	public String getResponseId() {
		return this.responseId;
	}

	/**
	 * The number of responses the loop created.
	 * @return the rounds
	 */
	public int getRounds() {
		return this.rounds;
	}

}
