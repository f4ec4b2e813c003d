package org.openaiboot.client.error;

/**
 * Thrown when a background job (a response created with {@code background=true}, say)
 * did not reach a final status within the time the caller gave it to. The job goes on
 * on the server: cancel it, or wait again, with the state it was last seen in.
 */
public class PollingTimeoutException extends OpenAIException {

	private final transient Object lastSeen;

	public PollingTimeoutException(String message, Object lastSeen) {
		super(message);
		this.lastSeen = lastSeen;
	}

	/**
	 * The job as it was last fetched.
	 * @return the last state, such as a {@code Response} still in progress
	 */
	public Object getLastSeen() {
		return this.lastSeen;
	}

}
