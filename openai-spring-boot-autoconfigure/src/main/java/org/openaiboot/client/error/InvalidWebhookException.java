package org.openaiboot.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a webhook delivery is refused: a header is missing or malformed, its
 * timestamp is too far from now, no signature matches, it was delivered already, or its
 * body cannot be read. The message names what is wrong and never holds the secret.
 */
public class InvalidWebhookException extends OpenAIException {

	private final Reason reason;

	public InvalidWebhookException(Reason reason, String message) {
		this(reason, message, null);
	}

	public InvalidWebhookException(Reason reason, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/**
	 * Why the delivery was refused, short enough to be told to the sender.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * The ways a webhook delivery can be refused.
	 */
	public enum Reason {

		/**
		 * One of the {@code webhook-id}, {@code webhook-timestamp} and
		 * {@code webhook-signature} headers is absent or blank.
		 */
		MISSING_HEADER("missing webhook header"),

		/**
		 * The timestamp is not a number of seconds, or the signature list has an entry
		 * that is not a version and a value separated by a comma.
		 */
		MALFORMED_HEADER("malformed webhook header"),

		/**
		 * The timestamp is further from now than the tolerance, in either direction.
		 */
		TIMESTAMP_OUTSIDE_TOLERANCE("webhook timestamp outside tolerance"),

		/**
		 * None of the listed signatures is the one the secret gives.
		 */
		SIGNATURE_MISMATCH("no matching webhook signature"),

		/**
		 * A delivery with the same {@code webhook-id} was accepted already.
		 */
		REPLAYED("webhook already delivered"),

		/**
		 * The signed body is not a JSON object with a {@code type}, or does not fit the
		 * type it names.
		 */
		UNREADABLE_PAYLOAD("unreadable webhook payload");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		/**
		 * A short description, safe to answer the sender with.
		 * @return the description
		 */
		public String description() {
			return this.description;
		}

	}

}
