package org.openaiboot.client;

/**
 * The names of the HTTP headers the OpenAI API reads and writes besides the standard
 * ones.
 */
public final class OpenAIHeaders {

	/** Selects the organization a request is billed to. */
	public static final String ORGANIZATION = "OpenAI-Organization";

	/** Selects the project a request belongs to. */
	public static final String PROJECT = "OpenAI-Project";

	/** Opts in to a beta API, such as {@code assistants=v1}. */
	public static final String BETA = "OpenAI-Beta";

	/** The id OpenAI gives each request; quote it to their support. */
	public static final String REQUEST_ID = "x-request-id";

	/** How long the server took to process a request, in milliseconds. */
	public static final String PROCESSING_MS = "openai-processing-ms";

	/** The server's own verdict on whether a failed request is worth retrying. */
	public static final String SHOULD_RETRY = "x-should-retry";

	/** How long to wait before retrying, in milliseconds. */
	public static final String RETRY_AFTER_MS = "retry-after-ms";

	private OpenAIHeaders() {
	}

	/**
	 * Check that a header value (or name) has no control character: a line break would
	 * split the header and send the rest as another one, or be refused by the engine
	 * mid-call. A trailing newline read from a secret file is the usual cause. The value
	 * itself is never quoted, as it is often a credential.
	 * @param value the value to check
	 * @param what what the value is, for the message, such as {@code openai.api-key}
	 * @return the value
	 * @throws IllegalArgumentException if the value has a control character
	 */
	public static String checkValue(String value, String what) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < ' ' || c == 0x7F) {
				throw new IllegalArgumentException(what + " contains a control character (U+%04X) at index %d of %d;"
					.formatted((int) c, i, value.length())
						+ " header values cannot carry it. If the value was read from a file, strip its line end.");
			}
		}
		return value;
	}

}
