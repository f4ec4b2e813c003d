/**
 * Clients for the OpenAI REST API on Spring's {@code RestClient}: {@link OpenAIClient} and
 * one resource client per API resource, all on one shared {@link OpenAITransport}, with
 * the types their operations take and return. {@link ApiCall} and the transport's
 * {@code execute}, {@code stream} and {@code download} are public, for a client of an
 * endpoint this starter does not cover. Usable without Spring Boot.
 * <p>
 * The exceptions are in {@link org.openaiboot.client.error}, stream endings in
 * {@link org.openaiboot.client.stream}, the observation and meters in
 * {@link org.openaiboot.client.observation}, the verification of webhook deliveries in
 * {@link org.openaiboot.client.webhooks}; {@link org.openaiboot.client.transport} is
 * internal.
 */
@NullMarked
package org.openaiboot.client;

import org.jspecify.annotations.NullMarked;
