package org.openaiboot.client;

import org.jspecify.annotations.Nullable;

/**
 * One event of a {@code text/event-stream} body.
 *
 * @param event the {@code event:} field, or {@code null} for the default type
 * @param data the {@code data:} lines joined by {@code \n}
 */
record ServerSentEvent(@Nullable String event, String data) {

}
