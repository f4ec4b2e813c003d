/**
 * Webhooks of the OpenAI API: {@link WebhookVerifier} checks a delivery's signature and
 * timestamp and reads its payload as the record its type names,
 * {@link WebhookReplayGuard} refuses a delivery accepted already. Usable without Spring
 * Boot; the auto-configuration builds an endpoint on them.
 */
@NullMarked
package org.openaiboot.client.webhooks;

import org.jspecify.annotations.NullMarked;
