package org.openaiboot.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseCreatedEvent;
import org.openaiboot.models.responses.ResponseFailedEvent;
import org.openaiboot.models.responses.ResponseInProgressEvent;
import org.openaiboot.models.responses.ResponseIncompleteEvent;
import org.openaiboot.models.responses.ResponseQueuedEvent;
import org.openaiboot.models.responses.ResponseStreamEvent;

import org.springframework.util.Assert;

/**
 * Joins the events of a streamed response into the response a non-streamed call would have
 * returned. The output is built from the events about output items, their content parts
 * and their deltas, so it is whole even when the terminal event's response carries no
 * output; the status, usage and every other member come from the latest response the
 * events carried ({@code response.queued}, {@code response.created},
 * {@code response.in_progress} or the terminal event). Events of unknown types and the
 * audio events, which have no place in a response, are passed over. Not thread-safe: feed
 * it from the thread that reads the stream.
 * <pre class="code">
 * ResponseAccumulator accumulator = new ResponseAccumulator();
 * try (Stream&lt;ResponseStreamEvent&gt; events = responses.createResponseStream(request)) {
 *     events.forEach(accumulator::accumulate);
 * }
 * Response response = accumulator.result();
 * </pre>
 * When the stream breaks, {@link #result()} still returns what arrived before: items and
 * parts without their done event carry the text of their deltas so far.
 */
public class ResponseAccumulator {

	private final ResponseOutputItems output = new ResponseOutputItems();

	private final ResponseContentEvents contentEvents = new ResponseContentEvents(this.output);

	private final ResponseToolCallEvents toolCallEvents = new ResponseToolCallEvents(this.output);

	private @Nullable Response latest;

	/**
	 * Add one event. Events have to come in the order of the stream, from its first one.
	 * @param event the event
	 * @return this accumulator
	 * @throws IllegalStateException if the event is about an output item, content part,
	 * summary part or shell command that no earlier event added, or about an item of
	 * another kind than the one at its index
	 */
	public ResponseAccumulator accumulate(ResponseStreamEvent event) {
		Assert.notNull(event, "event must not be null");
		Response snapshot = snapshotOf(event);
		if (snapshot != null) {
			this.latest = snapshot;
		}
		else if (!this.output.accept(event) && !this.contentEvents.accept(event)) {
			this.toolCallEvents.accept(event);
		}
		return this;
	}

	/**
	 * The response so far.
	 * @return the latest response an event carried, with the output the events built; its
	 * own output when no output item was added
	 * @throws IllegalStateException if no event carried a response
	 */
	public Response result() {
		Response snapshot = this.latest;
		Assert.state(snapshot != null, "No event that carries the response (such as response.created) was accumulated");
		return this.output.isEmpty() ? snapshot : withOutput(snapshot, this.output.build());
	}

	private static @Nullable Response snapshotOf(ResponseStreamEvent event) {
		if (event instanceof ResponseQueuedEvent queued) {
			return queued.response();
		}
		if (event instanceof ResponseCreatedEvent created) {
			return created.response();
		}
		if (event instanceof ResponseInProgressEvent inProgress) {
			return inProgress.response();
		}
		if (event instanceof ResponseCompletedEvent completed) {
			return completed.response();
		}
		if (event instanceof ResponseIncompleteEvent incomplete) {
			return incomplete.response();
		}
		return (event instanceof ResponseFailedEvent failed) ? failed.response() : null;
	}

	/**
	 * The response with other output. Built member for member rather than with the
	 * builder, which checks the required members: a response is taken as the server sent
	 * it, as a non-streamed call takes it.
	 */
	private static Response withOutput(Response response, List<OutputItem> output) {
		return new Response(response.metadata(), response.topLogprobs(), response.temperature(), response.topP(),
				response.user(), response.safetyIdentifier(), response.promptCacheKey(),
				response.promptCacheRetention(), response.previousResponseId(), response.model(),
				response.background(), response.maxToolCalls(), response.text(), response.tools(),
				response.toolChoice(), response.prompt(), response.serviceTier(), response.truncation(), response.id(),
				response.object(), response.status(), response.createdAt(), response.completedAt(), response.error(),
				response.incompleteDetails(), output, response.reasoning(), response.instructions(),
				response.usage(), response.promptCacheOptions(), response.moderation(),
				response.parallelToolCalls(), response.conversation(), response.maxOutputTokens(),
				response.additionalProperties());
	}

}
