/**
 * Streaming answers. {@link StreamEnd}, the one type here that belongs to the API, says
 * how the stream of an operation ends: at the {@code [DONE]} sentinel, after a terminal
 * event, or with the body. The rest reads a {@code text/event-stream} body event by event
 * into a lazy {@link java.util.stream.Stream} of chunks, within the event size limit and
 * the idle timeout; {@link EventStreams} is public only for the transport, and is not part
 * of the API.
 */
@NullMarked
package org.openaiboot.client.stream;

import org.jspecify.annotations.NullMarked;
