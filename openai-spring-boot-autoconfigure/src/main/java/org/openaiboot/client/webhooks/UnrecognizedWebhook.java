package org.openaiboot.client.webhooks;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The payload of a webhook whose {@code type} this version does not know, kept as the JSON
 * members it was sent with so that nothing is lost.
 * @param type the {@code type} member
 * @param json every member of the payload, {@code type} included, as Jackson reads untyped
 * JSON: maps, lists, strings, numbers and booleans
 */
public record UnrecognizedWebhook(String type, Map<String, @Nullable Object> json) {

}
