package org.openaiboot.client.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openaiboot.client.error.InvalidWebhookException;
import org.openaiboot.client.error.InvalidWebhookException.Reason;

import org.springframework.util.Assert;

/**
 * Refuses a webhook delivery whose {@code webhook-id} was accepted already: the same
 * signed delivery sent again, which the signature alone cannot tell apart, while its
 * timestamp is still within the tolerance. Once the tolerance has passed, the
 * {@link WebhookVerifier} refuses it anyway, and its id is forgotten.
 * <p>
 * The memory is bounded: it holds at most {@code capacity} ids, and when more arrive
 * within the tolerance, the oldest are forgotten first, so a replay of one of those would
 * pass. Check only deliveries whose signature was verified, so that only OpenAI's can fill
 * it. Thread-safe.
 */
public final class WebhookReplayGuard {

	/**
	 * The capacity when none is given.
	 */
	public static final int DEFAULT_CAPACITY = 10_000;

	private final int capacity;

	private final Duration tolerance;

	private final Clock clock;

	/** When each remembered id may be forgotten, in the order the ids were accepted. */
	private final LinkedHashMap<String, Instant> expiries = new LinkedHashMap<>();

	/**
	 * A guard with the default capacity and tolerance and the system clock.
	 */
	public WebhookReplayGuard() {
		this(DEFAULT_CAPACITY, WebhookVerifier.DEFAULT_TOLERANCE, Clock.systemUTC());
	}

	/**
	 * A guard.
	 * @param capacity the most ids it remembers
	 * @param tolerance the verifier's tolerance: how long after its timestamp a delivery
	 * can still be accepted
	 * @param clock the clock that tells now
	 */
	public WebhookReplayGuard(int capacity, Duration tolerance, Clock clock) {
		Assert.isTrue(capacity > 0, () -> "capacity must be positive, but was " + capacity);
		Assert.isTrue(!tolerance.isNegative() && !tolerance.isZero(),
				() -> "tolerance must be positive, but was " + tolerance);
		this.capacity = capacity;
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/**
	 * Remember a verified delivery's id, or refuse the delivery if it is remembered
	 * already.
	 * @param delivery the delivery
	 * @throws InvalidWebhookException if a delivery with the same id was accepted within
	 * the tolerance
	 */
	public void check(WebhookDelivery delivery) {
		Instant now = this.clock.instant();
		synchronized (this.expiries) {
			forgetExpired(now);
			if (this.expiries.containsKey(delivery.webhookId())) {
				throw new InvalidWebhookException(Reason.REPLAYED,
						"The webhook " + delivery.webhookId() + " was accepted already");
			}
			if (this.expiries.size() == this.capacity) {
				Iterator<String> oldest = this.expiries.keySet().iterator();
				oldest.next();
				oldest.remove();
			}
			this.expiries.put(delivery.webhookId(), delivery.timestamp().plus(this.tolerance));
		}
	}

	/**
	 * Forget an accepted delivery's id, so that it can be delivered again: when it could
	 * not be handled, and its sender should retry.
	 * @param webhookId the {@code webhook-id}
	 */
	public void forget(String webhookId) {
		synchronized (this.expiries) {
			this.expiries.remove(webhookId);
		}
	}

	/**
	 * Forget the ids that expired, from the oldest on. The order of acceptance is nearly
	 * the order of expiry; an id that expires earlier than one accepted before it stays
	 * until that one goes, which only delays its removal.
	 */
	private void forgetExpired(Instant now) {
		Iterator<Map.Entry<String, Instant>> entries = this.expiries.entrySet().iterator();
		while (entries.hasNext() && entries.next().getValue().isBefore(now)) {
			entries.remove();
		}
	}

	@Override
	public String toString() {
		return "WebhookReplayGuard[capacity=" + this.capacity + ", tolerance=" + this.tolerance + "]";
	}

}
