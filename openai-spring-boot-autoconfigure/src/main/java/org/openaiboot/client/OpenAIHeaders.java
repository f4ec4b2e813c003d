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

	/** The server's own verdict on whether a failed request is worth retrying. */
	public static final String SHOULD_RETRY = "x-should-retry";

	/** How long to wait before retrying, in milliseconds. */
	public static final String RETRY_AFTER_MS = "retry-after-ms";

	private OpenAIHeaders() {
	}

}
