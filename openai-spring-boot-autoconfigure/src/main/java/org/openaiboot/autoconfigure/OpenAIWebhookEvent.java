package org.openaiboot.autoconfigure;

import java.time.Instant;

import org.openaiboot.client.webhooks.WebhookDelivery;

import org.springframework.context.PayloadApplicationEvent;

/**
 * A verified webhook of OpenAI, published by the webhook endpoint. As a
 * {@link PayloadApplicationEvent}, it reaches both kinds of listener:
 * <pre class="code">
 * &#64;EventListener
 * void onCompleted(WebhookResponseCompleted completed) { ... }
 *
 * &#64;EventListener
 * void onCompleted(OpenAIWebhookEvent&lt;WebhookResponseCompleted&gt; event) { ... event.getWebhookId() ... }
 * </pre>
 * The payload is one of the {@code org.openaiboot.models.webhooks} records, or an
 * {@link org.openaiboot.client.webhooks.UnrecognizedWebhook} for a type this version
 * does not know.
 *
 * @param <T> the type of the payload
 */
public class OpenAIWebhookEvent<T> extends PayloadApplicationEvent<T> {

	private final String webhookId;

	private final Instant timestamp;

	private final String type;

	/**
	 * An event for a delivery.
	 * @param source the object that publishes it
	 * @param delivery the verified delivery
	 * @param payload its payload
	 */
	OpenAIWebhookEvent(Object source, WebhookDelivery delivery, T payload) {
		super(source, payload);
		this.webhookId = delivery.webhookId();
		this.timestamp = delivery.timestamp();
		this.type = delivery.type();
	}

	/**
	 * The {@code webhook-id} header: the same for every attempt to deliver one event, so
	 * the key to handle each event once.
	 * @return the webhook id
	 */
	public String getWebhookId() {
		return this.webhookId;
	}

	/**
	 * The {@code webhook-timestamp} header: when this attempt was signed.
	 * @return the timestamp
	 */
	public Instant getWebhookTimestamp() {
		return this.timestamp;
	}

	/**
	 * The {@code type} of the payload, such as {@code response.completed}.
	 * @return the type
	 */
	public String getType() {
		return this.type;
	}

}
