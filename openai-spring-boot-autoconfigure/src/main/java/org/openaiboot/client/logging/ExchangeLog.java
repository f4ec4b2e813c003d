package org.openaiboot.client.logging;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.LoggingSettings;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.client.transport.SecretMasker;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMap;

/**
 * Logs the requests and responses of one transport to the {@value LoggingSettings#LOGGER}
 * logger, as its {@link LoggingSettings} say: a line at {@code DEBUG} for each request
 * before it is sent, one for each response once its body is read (a stream as soon as it
 * arrives, a download when it is closed), and one at {@code TRACE} for each event of a
 * stream.
 * The credentials are masked wherever they appear: by header name, and by value in URLs,
 * headers and bodies.
 * <p>
 * Internal; not part of the API.
 */
public final class ExchangeLog {

	private static final Log logger = LogFactory.getLog(LoggingSettings.LOGGER);

	private static final List<String> CREDENTIAL_HEADERS = List.of(HttpHeaders.AUTHORIZATION, "api-key",
			OpenAIHeaders.ORGANIZATION, OpenAIHeaders.PROJECT, HttpHeaders.PROXY_AUTHORIZATION);

	private final boolean requests;

	private final boolean responses;

	private final int maxBodySize;

	private final SecretMasker masker;

	public ExchangeLog(LoggingSettings settings, SecretMasker masker) {
		this.requests = settings.requests();
		this.responses = settings.responses();
		this.maxBodySize = (int) settings.maxBodySize().toBytes();
		this.masker = masker;
	}

	/**
	 * Log a request about to be sent.
	 * @param request the request, its headers complete
	 * @param body the JSON body, the parts of a {@code multipart/form-data} body, or
	 * {@code null} when there is none
	 */
	public void request(HttpRequest request, @Nullable Object body) {
		if (!this.requests || !logger.isDebugEnabled()) {
			return;
		}
		logger.debug("--> " + request.getMethod() + " " + url(request.getURI()) + " " + headers(request.getHeaders())
				+ " " + describe(body));
	}

	private String describe(@Nullable Object body) {
		if (body instanceof byte[] json) {
			return BodyText.of(json, this.maxBodySize).describe(this.masker);
		}
		if (body instanceof MultiValueMap<?, ?> parts) {
			return MultipartSummary.describe(parts, this.maxBodySize, this.masker);
		}
		return "no body";
	}

	/**
	 * Watch the response of an attempt for the log; {@link #exchangeEnded} or closing what
	 * this returns logs it.
	 * @param request the request sent
	 * @param response its response
	 * @param sentAt when the request was sent, in {@link System#nanoTime()}
	 * @param open whether the response is handed out open (a stream or a download), in
	 * which case a successful one is logged without its body
	 * @return the response to read from instead, or the same one when responses are not
	 * logged
	 */
	public ClientHttpResponse response(HttpRequest request, ClientHttpResponse response, long sentAt, boolean open)
			throws IOException {
		if (!this.responses || !logger.isDebugEnabled()) {
			return response;
		}
		return new LoggedResponse(this, request, response, sentAt, open);
	}

	/**
	 * The exchange of a response watched by {@link #response} is over: log it, with as
	 * much of its body as was read, unless it is a download, logged when it is closed.
	 * Once only; later calls and closes log nothing.
	 * @param response the response {@link #response} returned
	 */
	public static void exchangeEnded(ClientHttpResponse response) {
		if (response instanceof LoggedResponse logged) {
			logged.exchangeEnded();
		}
	}

	/**
	 * The response from the engine, for dropping its connection.
	 * @param response a response, watched by {@link #response} or not
	 * @return the engine's response
	 */
	public static ClientHttpResponse unwrap(ClientHttpResponse response) {
		return (response instanceof LoggedResponse logged) ? logged.response() : response;
	}

	/**
	 * Log one event of a stream at {@code TRACE}.
	 * @param type the event type, or {@code null} for the default
	 * @param data the event's data
	 */
	public void event(@Nullable String type, byte[] data) {
		if (this.responses && logger.isTraceEnabled()) {
			String name = (type != null) ? "event " + type : "event";
			logger.trace("<-- " + name + " " + BodyText.of(data, this.maxBodySize).describe(this.masker));
		}
	}

	int maxBodySize() {
		return this.maxBodySize;
	}

	void response(HttpRequest request, ClientHttpResponse response, long sentAt, String body) {
		try {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
			HttpHeaders headers = response.getHeaders();
			String requestId = headers.getFirst(OpenAIHeaders.REQUEST_ID);
			logger.debug("<-- " + response.getStatusCode().value() + " " + request.getMethod() + " "
					+ url(request.getURI()) + " (" + millis + " ms"
					+ ((requestId != null) ? ", " + OpenAIHeaders.REQUEST_ID + " " + this.masker.mask(requestId) : "")
					+ ") " + headers(headers) + " " + body);
		}
		catch (IOException | RuntimeException ex) {
			// the log line must never fail the call it describes
			logger.debug("<-- " + request.getMethod() + " " + url(request.getURI()) + ": response not readable");
		}
	}

	String describe(BodyText body) {
		return body.describe(this.masker);
	}

	private String url(URI uri) {
		return this.masker.mask(uri.toString());
	}

	private String headers(HttpHeaders headers) {
		StringJoiner joined = new StringJoiner(", ", "[", "]");
		for (Map.Entry<String, List<String>> header : headers.headerSet()) {
			String name = header.getKey();
			boolean credential = CREDENTIAL_HEADERS.stream().anyMatch(name::equalsIgnoreCase);
			for (String value : header.getValue()) {
				joined.add(name + ":\"" + (credential ? SecretMasker.MASK : this.masker.mask(value)) + "\"");
			}
		}
		return joined.toString();
	}

}
