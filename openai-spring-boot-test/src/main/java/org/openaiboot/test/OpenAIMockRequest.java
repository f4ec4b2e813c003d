package org.openaiboot.test;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;

/**
 * A request that {@link OpenAIMockServer} received, as it was sent: the operation it
 * calls, method, path, query, headers (the {@code Authorization} value masked) and body,
 * which can be read back as the model type the operation takes:
 * <pre class="code">
 * CreateChatCompletionRequest sent = server.lastRequest("createChatCompletion")
 *     .body(CreateChatCompletionRequest.class);
 * </pre>
 */
public final class OpenAIMockRequest {

	private final @Nullable String operation;

	private final HttpMethod method;

	private final String path;

	private final MultiValueMap<String, String> query;

	private final HttpHeaders headers;

	private final byte[] body;

	private final JsonMapper jsonMapper;

	OpenAIMockRequest(@Nullable String operation, HttpMethod method, String path, MultiValueMap<String, String> query,
			HttpHeaders headers, byte[] body, JsonMapper jsonMapper) {
		this.operation = operation;
		this.method = method;
		this.path = path;
		this.query = query;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.body = body;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The operation the request calls, such as {@code createChatCompletion}.
	 * @return the operation, or {@code null} if no client of the starter calls this method
	 * and path
	 */
	public @Nullable String operation() {
		return this.operation;
	}

	/**
	 * The request's method.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * The path below the base URL, such as {@code /chat/completions}.
	 * @return the path, decoded
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The query parameters.
	 * @return the parameters, decoded, read-only
	 */
	public MultiValueMap<String, String> query() {
		return this.query;
	}

	/**
	 * The request's headers, with the value of {@code Authorization} masked after its
	 * scheme ({@code Bearer ******}).
	 * @return the headers, read-only
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * The first value of a header.
	 * @param name the header's name, in any case
	 * @return the value, or {@code null} if the request had none
	 */
	public @Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

	/**
	 * The body as it was sent.
	 * @return a copy of the body's bytes, empty if it had none
	 */
	public byte[] bodyBytes() {
		return this.body.clone();
	}

	/**
	 * The body as text.
	 * @return the body read as UTF-8
	 */
	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * The body as a JSON tree.
	 * @return the tree
	 * @throws IllegalStateException if the body is not JSON
	 */
	public JsonNode bodyJson() {
		return body(JsonNode.class);
	}

	/**
	 * The body read as the given type by the wire format's mapper, typically the request
	 * model of the operation ({@code CreateChatCompletionRequest},
	 * {@code CreateResponse}, ...).
	 * @param <T> the type
	 * @param type the type
	 * @return the body
	 * @throws IllegalStateException if the body is not JSON or not of that type
	 */
	public <T> T body(Class<T> type) {
		MediaType contentType = this.headers.getContentType();
		if (contentType != null && !contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
			throw new IllegalStateException("The body of " + this + " is " + contentType + ", not JSON: read "
					+ "bodyBytes() or bodyText() instead");
		}
		try {
			return this.jsonMapper.readValue(this.body, type);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The body of " + this + " could not be read as " + type.getName(), ex);
		}
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + ((this.operation != null) ? " (" + this.operation + ")" : "");
	}

}
