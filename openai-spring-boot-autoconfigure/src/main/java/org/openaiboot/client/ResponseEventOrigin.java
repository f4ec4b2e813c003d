package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.responses.ResponseStreamEvent;

/**
 * Where an event of a Responses stream came from, to name it when it does not fit what
 * was accumulated before it.
 *
 * @param type the event's type
 * @param sequenceNumber the event's sequence number
 */
record ResponseEventOrigin(String type, @Nullable Integer sequenceNumber) {

	static ResponseEventOrigin of(ResponseStreamEvent event, @Nullable Integer sequenceNumber) {
		return new ResponseEventOrigin(event.type(), sequenceNumber);
	}

	/**
	 * An exception that names this event and what is wrong with it.
	 * @param problem what is wrong, phrased to follow the event's name
	 * @return the exception
	 */
	IllegalStateException fail(String problem) {
		return new IllegalStateException(
				"Event " + this.type + " (sequence_number " + this.sequenceNumber + ") " + problem);
	}

}
