package org.openaiboot.client.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.transport.BodyHeadInputStream;
import org.openaiboot.client.transport.SecretMasker;
import org.openaiboot.models.common.ErrorResponse;
import org.openaiboot.models.common.OpenAIError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Chooses the {@link OpenAIApiException} for an error answer of the API, an error
 * status or an error sent as an event of a stream: the one place that knows which
 * subclass fits which status. The error object of the body, its start when it has none,
 * and the headers are masked first, so that a quoted API key never reaches the
 * exception.
 * <p>
 * Internal; not part of the API.
 */
public final class ApiExceptionMapper {

	private static final int MAX_ERROR_BODY = 64 * 1024;

	private final JsonMapper jsonMapper;

	private final SecretMasker masker;

	public ApiExceptionMapper(JsonMapper jsonMapper, SecretMasker masker) {
		this.jsonMapper = jsonMapper;
		this.masker = masker;
	}

	/**
	 * Whether a response is an error, or a redirect, which is never followed.
	 * @param response the response
	 * @return whether its status fails the call
	 * @throws IOException if the status cannot be read
	 */
	public static boolean isError(ClientHttpResponse response) throws IOException {
		return response.getStatusCode().isError() || response.getStatusCode().is3xxRedirection();
	}

	/**
	 * The exception for a response with an error or redirect status, from its error
	 * object or, failing that, the start of its body.
	 * @param response the response, its body unread
	 * @return the exception
	 * @throws IOException if the body cannot be read
	 */
	public OpenAIApiException exception(ClientHttpResponse response) throws IOException {
		byte[] body = response.getBody().readNBytes(MAX_ERROR_BODY);
		int status = response.getStatusCode().value();
		OpenAIError error = parseError(body);
		String fallback = (error != null) ? null
				: describeBody(status, this.masker.maskCut(new String(body, StandardCharsets.UTF_8)));
		return forStatus(status, this.masker.mask(error), fallback, this.masker.mask(response.getHeaders()));
	}

	/**
	 * The exception for an error sent as an event of a successful stream.
	 * @param data the event's data, as UTF-8
	 * @param response the stream's response
	 * @return the exception
	 * @throws IOException if the status cannot be read
	 */
	public OpenAIApiException streamError(byte[] data, ClientHttpResponse response) throws IOException {
		OpenAIError wrapped = parseError(data);
		OpenAIError error = this.masker.mask((wrapped != null) ? wrapped : parseErrorEvent(data));
		return forStatus(response.getStatusCode().value(), error,
				describeBody(200, this.masker.maskCut(new String(data, StandardCharsets.UTF_8))),
				this.masker.mask(response.getHeaders()));
	}

	/**
	 * The error object of a body of the form {@code {"error": {...}}}.
	 * @param body the body
	 * @return the error object, or {@code null} when the body is not of that form
	 */
	public @Nullable OpenAIError parseError(byte[] body) {
		try {
			JsonNode tree = this.jsonMapper.readTree(body);
			if (tree != null && tree.get("error") != null && tree.get("error").isObject()) {
				return this.jsonMapper.treeToValue(tree, ErrorResponse.class).error();
			}
		}
		catch (JacksonException ex) {
			// not JSON: the caller quotes the body instead
		}
		return null;
	}

	/**
	 * The error of an event that is one itself, as the Responses API writes them:
	 * {@code {"type": "error", "code": ..., "message": ..., "param": ...}}.
	 */
	private @Nullable OpenAIError parseErrorEvent(byte[] data) {
		try {
			JsonNode tree = this.jsonMapper.readTree(data);
			if (tree != null && tree.path("message").isString()) {
				return this.jsonMapper.treeToValue(tree, OpenAIError.class);
			}
		}
		catch (JacksonException ex) {
			// not JSON: the caller quotes the data instead
		}
		return null;
	}

	/**
	 * The exception that fits a status: one class per family.
	 * @param statusCode the HTTP status
	 * @param error the error object of the body, if the body had one
	 * @param fallbackMessage what to report when there is no error object (for example
	 * the start of a proxy's HTML page)
	 * @param headers the response headers
	 * @return the exception
	 */
	private static OpenAIApiException forStatus(int statusCode, @Nullable OpenAIError error,
			@Nullable String fallbackMessage, HttpHeaders headers) {
		return switch (statusCode) {
			case 400 -> new BadRequestException(statusCode, error, fallbackMessage, headers);
			case 401 -> new AuthenticationException(statusCode, error, fallbackMessage, headers);
			case 403 -> new PermissionDeniedException(statusCode, error, fallbackMessage, headers);
			case 404 -> new NotFoundException(statusCode, error, fallbackMessage, headers);
			case 409 -> new ConflictException(statusCode, error, fallbackMessage, headers);
			case 422 -> new UnprocessableEntityException(statusCode, error, fallbackMessage, headers);
			case 429 -> new RateLimitException(statusCode, error, fallbackMessage, headers);
			default -> (statusCode >= 500) ? new InternalServerException(statusCode, error, fallbackMessage, headers)
					: (statusCode >= 300 && statusCode < 400)
							? new RedirectException(statusCode, error, fallbackMessage, headers)
							: new OpenAIApiException(statusCode, error, fallbackMessage, headers);
		};
	}

	private static String describeBody(int status, String body) {
		String head = BodyHeadInputStream.quote(body);
		return head.isEmpty() ? "HTTP " + status + " with an empty body" : "HTTP " + status + ": " + head;
	}

}
