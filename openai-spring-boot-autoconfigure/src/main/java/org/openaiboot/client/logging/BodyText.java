package org.openaiboot.client.logging;

import java.nio.charset.StandardCharsets;

import org.openaiboot.client.transport.SecretMasker;

/**
 * The start of a body as it is logged, with its size.
 *
 * @param head holds the first bytes of the body
 * @param length how many bytes of {@code head} are the body's
 * @param size the size of the whole body, or of the part of it that was read
 */
record BodyText(byte[] head, int length, long size) {

	static BodyText of(byte[] body, int maxSize) {
		return new BodyText(body, Math.min(body.length, maxSize), body.length);
	}

	/**
	 * Describe the body, its secrets masked.
	 * @param masker hides the credentials
	 * @return for example {@code body (first 10 of 12 bytes): {"model":"}
	 */
	String describe(SecretMasker masker) {
		if (this.size == 0) {
			return "no body";
		}
		String text = new String(this.head, 0, this.length, StandardCharsets.UTF_8);
		if (this.length < this.size) {
			return "body (first " + this.length + " of " + this.size + " bytes): " + masker.maskCut(text);
		}
		return "body (" + this.size + " bytes): " + masker.mask(text);
	}

	/**
	 * The text alone, its secrets masked, noting the size when it was cut.
	 * @param masker hides the credentials
	 * @return the text
	 */
	String text(SecretMasker masker) {
		String text = new String(this.head, 0, this.length, StandardCharsets.UTF_8);
		return (this.length < this.size) ? masker.maskCut(text) + "... (" + this.size + " bytes)" : masker.mask(text);
	}

}
