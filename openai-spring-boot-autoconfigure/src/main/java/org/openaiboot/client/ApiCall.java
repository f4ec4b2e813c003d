package org.openaiboot.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One call of an API operation, as a resource client describes it to
 * {@link OpenAITransport}:
 * <pre class="code">
 * ApiCall.of("getMessage", HttpMethod.GET, "/threads/{thread_id}/messages/{message_id}")
 *     .pathVariable("thread_id", threadId)
 *     .pathVariable("message_id", messageId)
 *     .header(OpenAIHeaders.BETA, beta);
 * </pre>
 * Path variables are checked here, before anything is sent, and URL-encoded by the
 * transport. The operation's name tags its metrics and logs; the model, when the call
 * has one, tags them too. This is the API the resource clients of this library are
 * written with, and a client of an endpoint they do not cover yet can be written with it
 * too, with the same retries, metrics, errors and streams.
 */
public final class ApiCall {

	private static final MultiValueMap<String, String> NO_QUERY = CollectionUtils
		.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

	private final String operation;

	private final HttpMethod method;

	private final String path;

	// created when first needed: most calls have neither path variables, query nor headers

	private @Nullable Map<String, String> pathVariables;

	private @Nullable MultiValueMap<String, String> query;

	private @Nullable HttpHeaders headers;

	private @Nullable Object body;

	private @Nullable String model;

	private @Nullable TokenUsage usage;

	private ApiCall(String operation, HttpMethod method, String path) {
		this.operation = operation;
		this.method = method;
		this.path = path;
	}

	/**
	 * Describe a call.
	 * @param operation the operation id of the spec, used in metrics and logs
	 * @param method the HTTP method
	 * @param path the path below the base URL, with {@code {name}} placeholders
	 * @return the call
	 */
	public static ApiCall of(String operation, HttpMethod method, String path) {
		return new ApiCall(operation, method, path);
	}

	/**
	 * Describe a {@code POST} of a JSON body.
	 * @param operation the operation id of the spec, used in metrics and logs
	 * @param path the path below the base URL, with {@code {name}} placeholders
	 * @param body the body, written as JSON
	 * @param model the model the body asks for, a tag of the metrics; {@code null} if none
	 * @return the call
	 */
	public static ApiCall post(String operation, String path, Object body, @Nullable String model) {
		return of(operation, HttpMethod.POST, path).body(body).model(model);
	}

	/**
	 * Set a path variable.
	 * @param name the placeholder's name, which is also the parameter's name in the spec
	 * @param value the value; must not be {@code null}, blank, {@code .} or {@code ..}
	 * @return this call
	 * @throws ValidationException if the value is null, blank or a dot segment
	 */
	public ApiCall pathVariable(String name, @Nullable String value) {
		String checked = Validate.requiredText(value, name);
		if (checked.equals(".") || checked.equals("..")) {
			// encoding keeps dots as they are, and servers and proxies resolve them to another path
			throw new ValidationException(name, "must not be a dot segment ('.' or '..')", checked);
		}
		if (this.pathVariables == null) {
			this.pathVariables = new LinkedHashMap<>();
		}
		this.pathVariables.put(name, checked);
		return this;
	}

	/**
	 * Add a query parameter, unless the value is {@code null}.
	 * @param name the parameter name
	 * @param value the value, sent as its {@code toString()}
	 * @return this call
	 */
	public ApiCall query(String name, @Nullable Object value) {
		if (value != null) {
			if (this.query == null) {
				this.query = new LinkedMultiValueMap<>();
			}
			this.query.add(name, value.toString());
		}
		return this;
	}

	/**
	 * Set a header of this call only, such as {@code OpenAI-Beta}.
	 * @param name the header's name
	 * @param value its value
	 * @return this call
	 */
	public ApiCall header(String name, String value) {
		if (this.headers == null) {
			this.headers = new HttpHeaders();
		}
		this.headers.set(name, value);
		return this;
	}

	/**
	 * Set the body, written as JSON.
	 * @param body the body, {@code null} for none
	 * @return this call
	 */
	public ApiCall body(@Nullable Object body) {
		this.body = body;
		return this;
	}

	/**
	 * Set the model the call asks for, a tag of its metrics.
	 * @param model the model's id, {@code null} for none
	 * @return this call
	 */
	public ApiCall model(@Nullable String model) {
		this.model = model;
		return this;
	}

	/**
	 * Declare where the answer tells the tokens it used, for the token metrics.
	 * @param usage the usage of the answer's type: the response's, or a chunk's for a
	 * stream
	 * @return this call
	 */
	public ApiCall usage(TokenUsage usage) {
		this.usage = usage;
		return this;
	}

	/**
	 * The operation id, as the observation and the metrics name it.
	 * @return the operation id
	 */
	public String operation() {
		return this.operation;
	}

	HttpMethod method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	Map<String, String> pathVariables() {
		return (this.pathVariables != null) ? this.pathVariables : Map.of();
	}

	MultiValueMap<String, String> query() {
		return (this.query != null) ? this.query : NO_QUERY;
	}

	HttpHeaders headers() {
		return (this.headers != null) ? this.headers : HttpHeaders.EMPTY;
	}

	@Nullable Object body() {
		return this.body;
	}

	/**
	 * The model the call asks for, if it names one.
	 * @return the model, or {@code null}
	 */
	public @Nullable String model() {
		return this.model;
	}

	/**
	 * Where the answer tells its token usage, if the operation declared it.
	 * @return the usage description, or {@code null}
	 */
	public @Nullable TokenUsage usage() {
		return this.usage;
	}

}
