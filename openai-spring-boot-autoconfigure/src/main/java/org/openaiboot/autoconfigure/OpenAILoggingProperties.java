package org.openaiboot.autoconfigure;

import org.openaiboot.client.LoggingSettings;

import org.springframework.util.unit.DataSize;

/**
 * The logging of the clients' requests and responses, bound from {@code openai.logging.*}.
 * Lines go to the {@value LoggingSettings#LOGGER} logger at {@code DEBUG}, and stream
 * events at {@code TRACE}; credentials are masked.
 */
public class OpenAILoggingProperties {

	/**
	 * Whether to log each request: method, URL, headers with the credentials masked, and
	 * the start of its body; file parts are described by name, type and size. Needs the
	 * org.openaiboot.client.logging logger at DEBUG.
	 */
	private boolean requests;

	/**
	 * Whether to log each response: status, time taken, request id, headers and the start
	 * of its body; a download by its type and size. Each event of a stream is logged when
	 * the org.openaiboot.client.logging logger is at TRACE.
	 */
	private boolean responses;

	/**
	 * Most bytes of a body, or of a stream event, to log; the rest is counted, not
	 * logged, and never held in memory for the log. 10 KB by default.
	 */
	private DataSize maxBodySize = LoggingSettings.OFF.maxBodySize();

	public boolean isRequests() {
		return this.requests;
	}

	public void setRequests(boolean requests) {
		this.requests = requests;
	}

	public boolean isResponses() {
		return this.responses;
	}

	public void setResponses(boolean responses) {
		this.responses = responses;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	LoggingSettings toSettings() {
		return new LoggingSettings(this.requests, this.responses, this.maxBodySize);
	}

}
