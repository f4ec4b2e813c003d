package org.openaiboot.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.openaiboot.client.ResponseLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads the whole body of a successful response, as JSON or as text, within the size
 * limits: a body that cannot be read as expected fails with an exception that quotes its
 * start.
 * <p>
 * Internal; not part of the API.
 */
public final class ResponseBodies {

	private final JsonMapper jsonMapper;

	private final Failures failures;

	private final ResponseLimits limits;

	public ResponseBodies(JsonMapper jsonMapper, Failures failures, ResponseLimits limits) {
		this.jsonMapper = jsonMapper;
		this.failures = failures;
		this.limits = limits;
	}

	/**
	 * Read a body as JSON.
	 * @param response the response
	 * @param type the type to read
	 * @return the value, never {@code null}
	 * @throws IOException if the connection broke, or the body went past its limit
	 */
	public <T> T json(ClientHttpResponse response, Class<T> type) throws IOException {
		BodyHeadInputStream body = new BodyHeadInputStream(limited(response));
		try {
			T value = this.jsonMapper.readValue(body, type);
			if (value == null) {
				throw this.failures.unreadable("The response body was JSON null", response, body.head(), null);
			}
			return value;
		}
		catch (JacksonIOException ex) {
			// the connection broke, or the body went past its limit, while it was read: not a
			// malformed body
			throw ex.getCause();
		}
		catch (StreamConstraintsException ex) {
			throw this.failures.tooLarge(ex);
		}
		catch (JacksonException ex) {
			String problem = (body.head().isEmpty()) ? "The response body was empty"
					: "The response body could not be read as " + type.getSimpleName();
			throw this.failures.unreadable(problem, response, body.head(), ex);
		}
	}

	/**
	 * Read a body as text, in the charset it declares, UTF-8 by default.
	 * @param response the response
	 * @return the text
	 * @throws IOException if the connection broke, or the body went past its limit
	 */
	public String text(ClientHttpResponse response) throws IOException {
		MediaType contentType = response.getHeaders().getContentType();
		Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
				: StandardCharsets.UTF_8;
		return new String(limited(response).readAllBytes(), charset);
	}

	private InputStream limited(ClientHttpResponse response) throws IOException {
		return new LimitedInputStream(response.getBody(), this.limits.maxBodySize());
	}

}
