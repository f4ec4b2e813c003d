package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A function the model called could not be run: the loop has no function of that name,
 * the arguments do not fit the function, or the function threw (the cause).
 *
 * @see org.openaiboot.client.ToolFunction
 * @see org.openaiboot.client.ToolLoop
 */
public class ToolCallException extends OpenAIException {

	private final String functionName;

	private final String callId;

	public ToolCallException(String message, String functionName, String callId, @Nullable Throwable cause) {
		super(message, cause);
		this.functionName = functionName;
		this.callId = callId;
	}

	/**
	 * The name of the function the model called.
	 * @return the name
	 */
	public String getFunctionName() {
		return this.functionName;
	}

	/**
	 * The {@code call_id} of the model's call.
	 * @return the call's id
	 */
	public String getCallId() {
		return this.callId;
	}

}
