package org.openaiboot.client.stream;

import java.util.Set;

import org.openaiboot.client.OpenAITransport;

/**
 * How the event stream of an operation ends. Chat and text completions end with the
 * {@code [DONE]} sentinel, and a body that ends before it was cut off. A Responses
 * stream ends after its terminal event ({@code response.completed},
 * {@code response.failed}, {@code response.incomplete}) or with the body, and sends no
 * {@code [DONE]}. An {@code error} event fails any stream. A client tells
 * {@link OpenAITransport#stream} which of these its operation's streams do.
 */
public final class StreamEnd {

	/** The {@code [DONE]} sentinel of chat and text completions. */
	public static final StreamEnd DONE = new StreamEnd(Set.of(), false);

	/** The terminal events of a Responses stream, or the end of the body. */
	public static final StreamEnd RESPONSE = afterEvents("response.completed", "response.failed", "response.incomplete");

	private final Set<String> terminalEvents;

	private final boolean bodyMayEnd;

	private StreamEnd(Set<String> terminalEvents, boolean bodyMayEnd) {
		this.terminalEvents = terminalEvents;
		this.bodyMayEnd = bodyMayEnd;
	}

	/**
	 * A stream that ends after an event of one of the given names, or with the body.
	 * @param terminalEvents the names of the events after which nothing follows
	 * @return the stream end
	 */
	public static StreamEnd afterEvents(String... terminalEvents) {
		return new StreamEnd(Set.of(terminalEvents), true);
	}

	/**
	 * Whether the stream is over once this event is handed out.
	 * @param event the event
	 * @return whether it is the last one
	 */
	boolean isLast(ServerSentEvent event) {
		return event.event() != null && this.terminalEvents.contains(event.event());
	}

	/**
	 * Whether the body may end without a sentinel or a terminal event.
	 * @return whether the end of the body is a clean end
	 */
	boolean bodyMayEnd() {
		return this.bodyMayEnd;
	}

}
