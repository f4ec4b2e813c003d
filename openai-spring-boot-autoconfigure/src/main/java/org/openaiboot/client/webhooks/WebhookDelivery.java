package org.openaiboot.client.webhooks;

import java.time.Instant;

/**
 * A webhook delivery whose signature and timestamp were checked.
 * @param webhookId the {@code webhook-id} header: the same for every attempt to deliver
 * one event
 * @param timestamp the {@code webhook-timestamp} header: when this attempt was signed
 * @param type the {@code type} member of the payload, such as {@code response.completed}
 * @param payload the payload: one of the {@code org.openaiboot.models.webhooks} records,
 * such as {@code WebhookResponseCompleted}, or an {@link UnrecognizedWebhook} for a type
 * this version does not know
 */
public record WebhookDelivery(String webhookId, Instant timestamp, String type, Object payload) {

}
