package org.openaiboot.client.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpHeaders;

/**
 * Signs webhook deliveries the way the Standard Webhooks specification describes it,
 * written apart from {@link WebhookVerifier} so that the tests do not check the code
 * against itself.
 */
public final class TestWebhooks {

	/** A key of 24 bytes, in the form OpenAI shows secrets. */
	public static final String SECRET = "whsec_" + Base64.getEncoder()
		.encodeToString("test-webhook-signing-key".getBytes(StandardCharsets.US_ASCII));

	private TestWebhooks() {
	}

	/**
	 * The {@code v1,<base64>} signature of a delivery.
	 * @param secret the secret, {@code whsec_} prefix included
	 * @param id the webhook id
	 * @param timestamp the timestamp in seconds
	 * @param body the body
	 * @return the signature entry
	 */
	public static String sign(String secret, String id, long timestamp, String body) {
		byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
		String content = id + "." + timestamp + "." + body;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The headers of a delivery signed with {@link #SECRET}.
	 * @param id the webhook id
	 * @param timestamp when it was sent
	 * @param body the body
	 * @return the headers
	 */
	public static HttpHeaders headers(String id, Instant timestamp, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("webhook-id", id);
		headers.set("webhook-timestamp", Long.toString(timestamp.getEpochSecond()));
		headers.set("webhook-signature", sign(SECRET, id, timestamp.getEpochSecond(), body));
		return headers;
	}

	/**
	 * A payload of a type.
	 * @param type the type
	 * @param eventId the {@code id} member
	 * @return the JSON
	 */
	public static String payload(String type, String eventId) {
		return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"created_at\":1750000000,\"type\":\"" + type
				+ "\",\"data\":{\"id\":\"resp_123\"}}";
	}

	/**
	 * A clock that the test moves.
	 */
	public static final class MovableClock extends Clock {

		private Instant now;

		public MovableClock(Instant now) {
			this.now = now;
		}

		public void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
