package org.openaiboot.client.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.error.InvalidWebhookException;
import org.openaiboot.client.error.InvalidWebhookException.Reason;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Checks that a webhook delivery comes from OpenAI, as the Standard Webhooks
 * specification defines it: the {@code webhook-signature} header lists one or more
 * {@code v1,<base64>} signatures, of which one must be the HMAC-SHA256, keyed with the
 * secret, of the {@code webhook-id}, the {@code webhook-timestamp} and the body, joined by
 * dots; and the timestamp must be within the tolerance of now, 5 minutes unless told
 * otherwise.
 * <p>
 * The secret is the one OpenAI shows when the webhook is created: after its
 * {@code whsec_} prefix, the key in base64. A secret without the prefix is used as it is.
 * <p>
 * Immutable and thread-safe. It remembers nothing: to refuse a delivery sent again within
 * the tolerance, use a {@link WebhookReplayGuard} too.
 */
public final class WebhookVerifier {

	/**
	 * The tolerance when none is given.
	 */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	static final String ID_HEADER = "webhook-id";

	static final String TIMESTAMP_HEADER = "webhook-timestamp";

	static final String SIGNATURE_HEADER = "webhook-signature";

	private static final String SECRET_PREFIX = "whsec_";

	private static final String ALGORITHM = "HmacSHA256";

	private static final String SIGNATURE_VERSION = "v1";

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final Clock clock;

	private final WebhookPayloads payloads;

	/**
	 * A verifier with the default tolerance, the system clock and the wire format's JSON
	 * mapper.
	 * @param secret the webhook's secret, {@code whsec_} prefix included
	 */
	public WebhookVerifier(String secret) {
		this(secret, DEFAULT_TOLERANCE, Clock.systemUTC(), OpenAITransport.createJsonMapper());
	}

	/**
	 * A verifier.
	 * @param secret the webhook's secret, {@code whsec_} prefix included
	 * @param tolerance how far a delivery's timestamp may be from now, before or after
	 * @param clock the clock that tells now
	 * @param jsonMapper the mapper that reads the payloads
	 */
	public WebhookVerifier(String secret, Duration tolerance, Clock clock, JsonMapper jsonMapper) {
		Assert.isTrue(!tolerance.isNegative() && !tolerance.isZero(),
				() -> "tolerance must be positive, but was " + tolerance);
		this.key = new SecretKeySpec(decode(secret), ALGORITHM);
		this.tolerance = tolerance;
		this.clock = clock;
		this.payloads = new WebhookPayloads(jsonMapper);
	}

	private static byte[] decode(String secret) {
		Assert.hasText(secret, "secret must not be empty");
		if (!secret.startsWith(SECRET_PREFIX)) {
			return secret.getBytes(StandardCharsets.UTF_8);
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			// the decoder's message would quote a character of the secret
			throw new IllegalArgumentException("secret must be base64 after its 'whsec_' prefix, but is not");
		}
		Assert.isTrue(key.length > 0, "secret must have a key after its 'whsec_' prefix");
		return key;
	}

	/**
	 * Check a delivery's headers and signature, and read its payload.
	 * @param body the body exactly as received
	 * @param headers the delivery's headers
	 * @return the delivery
	 * @throws InvalidWebhookException if the delivery is refused
	 */
	public WebhookDelivery unwrap(byte[] body, HttpHeaders headers) {
		Instant timestamp = verify(body, headers);
		return this.payloads.read(required(headers, ID_HEADER), timestamp, body);
	}

	/**
	 * Check a delivery's headers and signature.
	 * @param body the body exactly as received
	 * @param headers the delivery's headers
	 * @return the delivery's timestamp
	 * @throws InvalidWebhookException if the delivery is refused
	 */
	public Instant verify(byte[] body, HttpHeaders headers) {
		String id = required(headers, ID_HEADER);
		String timestamp = required(headers, TIMESTAMP_HEADER);
		String signatures = String.join(" ", headers.getOrEmpty(SIGNATURE_HEADER));
		if (signatures.isBlank()) {
			throw missing(SIGNATURE_HEADER);
		}
		Instant sentAt = checkTimestamp(timestamp);
		byte[] expected = sign(id, timestamp, body);
		for (byte[] signature : parseSignatures(signatures)) {
			if (MessageDigest.isEqual(expected, signature)) {
				return sentAt;
			}
		}
		throw new InvalidWebhookException(Reason.SIGNATURE_MISMATCH, "No v1 signature of webhook " + id
				+ " in the " + SIGNATURE_HEADER + " header matches the body and the secret");
	}

	private Instant checkTimestamp(String timestamp) {
		Instant sentAt;
		try {
			sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
		}
		catch (RuntimeException ex) {
			throw new InvalidWebhookException(Reason.MALFORMED_HEADER, "The " + TIMESTAMP_HEADER
					+ " header must be seconds since the epoch, but was '" + StringUtils.truncate(timestamp, 40) + "'");
		}
		Instant now = this.clock.instant();
		Duration offset = Duration.between(now, sentAt).abs();
		if (offset.compareTo(this.tolerance) > 0) {
			String direction = sentAt.isBefore(now) ? "older" : "newer";
			throw new InvalidWebhookException(Reason.TIMESTAMP_OUTSIDE_TOLERANCE,
					"The " + TIMESTAMP_HEADER + " " + timestamp + " (" + sentAt + ") is " + offset.toSeconds() + "s "
							+ direction + " than now (" + now + "), more than the tolerance of " + this.tolerance);
		}
		return sentAt;
	}

	private byte[] sign(String id, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK cannot compute " + ALGORITHM, ex);
		}
	}

	/**
	 * The signatures of the version this verifier knows; entries of other versions are
	 * skipped, as the specification asks.
	 */
	private static List<byte[]> parseSignatures(String header) {
		return List.of(header.trim().split("\\s+")).stream().map(WebhookVerifier::parseSignature)
			.filter((signature) -> signature.length > 0)
			.toList();
	}

	private static byte[] parseSignature(String entry) {
		int comma = entry.indexOf(',');
		if (comma <= 0 || comma == entry.length() - 1) {
			throw new InvalidWebhookException(Reason.MALFORMED_HEADER, "The " + SIGNATURE_HEADER
					+ " header must list entries of the form 'v1,<base64>', but has '" + shown(entry) + "'");
		}
		if (!entry.substring(0, comma).equals(SIGNATURE_VERSION)) {
			return new byte[0];
		}
		try {
			return Base64.getDecoder().decode(entry.substring(comma + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidWebhookException(Reason.MALFORMED_HEADER,
					"The " + SIGNATURE_HEADER + " header has a v1 signature that is not base64: '" + shown(entry) + "'");
		}
	}

	/**
	 * A signature entry as a message quotes it: a header can be long.
	 */
	private static String shown(String entry) {
		return StringUtils.truncate(entry, 100);
	}

	private static String required(HttpHeaders headers, String name) {
		String value = headers.getFirst(name);
		if (value == null || value.isBlank()) {
			throw missing(name);
		}
		return value.trim();
	}

	private static InvalidWebhookException missing(String name) {
		return new InvalidWebhookException(Reason.MISSING_HEADER, "The webhook delivery has no " + name + " header");
	}

	@Override
	public String toString() {
		return "WebhookVerifier[tolerance=" + this.tolerance + "]";
	}

}
