package org.openaiboot.client.logging;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response whose body goes through a {@link BodyTee} as its reader reads it, logged
 * once with the start of that body when the exchange ends. A successful stream is logged
 * as it arrives, its body untouched; a successful download when it is closed, with the
 * number of bytes read but none of them.
 */
final class LoggedResponse implements ClientHttpResponse {

	private final ExchangeLog log;

	private final HttpRequest request;

	private final ClientHttpResponse response;

	private final long sentAt;

	/** A successful event stream, whose events are logged one by one. */
	private final boolean eventStream;

	/** A successful binary answer, handed out open. */
	private final boolean download;

	private @Nullable BodyTee body;

	private boolean logged;

	LoggedResponse(ExchangeLog log, HttpRequest request, ClientHttpResponse response, long sentAt, boolean open)
			throws IOException {
		this.log = log;
		this.request = request;
		this.response = response;
		this.sentAt = sentAt;
		boolean success = open && !response.getStatusCode().isError();
		this.eventStream = success && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(getHeaders().getContentType());
		this.download = success && !this.eventStream;
	}

	ClientHttpResponse response() {
		return this.response;
	}

	@Override
	public HttpStatusCode getStatusCode() throws IOException {
		return this.response.getStatusCode();
	}

	@Override
	public String getStatusText() throws IOException {
		return this.response.getStatusText();
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.response.getHeaders();
	}

	@Override
	public InputStream getBody() throws IOException {
		if (this.eventStream) {
			return this.response.getBody();
		}
		if (this.body == null) {
			this.body = new BodyTee(this.response.getBody(), this.download ? 0 : this.log.maxBodySize());
		}
		return this.body;
	}

	void exchangeEnded() {
		if (!this.download) {
			finished();
		}
	}

	private void finished() {
		if (this.logged) {
			return;
		}
		this.logged = true;
		this.log.response(this.request, this.response, this.sentAt, describeBody());
	}

	@Override
	public void close() {
		try {
			finished();
		}
		finally {
			this.response.close();
		}
	}

	private String describeBody() {
		if (this.eventStream) {
			return "body: event stream, its events logged at TRACE";
		}
		if (this.download) {
			MediaType contentType = getHeaders().getContentType();
			long read = (this.body != null) ? this.body.text().size() : 0;
			return "body: " + ((contentType != null) ? contentType : "binary") + ", " + read + " bytes read, not logged";
		}
		return (this.body != null) ? this.log.describe(this.body.text()) : "body not read";
	}

}
