package org.openaiboot.test;

/**
 * A failure of the connection that {@link OpenAIMockServer} can play instead of, or in the
 * middle of, an answer.
 */
public enum OpenAIMockFault {

	/**
	 * The connection is closed before anything is sent: no status, no headers.
	 */
	EMPTY_REPLY,

	/**
	 * The status and headers are sent with the full length of the body, then half of the
	 * body, then the connection is closed: a whole answer or a stream cut off in the
	 * middle.
	 */
	CLOSED_MID_BODY

}
