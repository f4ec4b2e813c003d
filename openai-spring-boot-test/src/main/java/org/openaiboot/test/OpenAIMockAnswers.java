package org.openaiboot.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.OpenAIHeaders;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.common.ErrorResponse;
import org.openaiboot.models.common.OpenAIError;
import org.openaiboot.models.responses.ResponseStreamEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * Factories of the answers {@link OpenAIMockServer} plays: model objects as JSON, event
 * streams, error bodies and faults, each an {@link OpenAIMockAnswer} that can be changed
 * further (status, headers, delay, fault).
 * <pre class="code">
 * server.on("createChatCompletion")
 *     .respond(OpenAIMockAnswers.rateLimited().retryAfter(Duration.ZERO))
 *     .thenRespond(OpenAIMockAnswers.chatCompletion("Hello"));
 * </pre>
 */
public final class OpenAIMockAnswers {

	private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

	private OpenAIMockAnswers() {
	}

	/**
	 * A {@code 200} whose body is the given object written as JSON by the wire format's
	 * mapper: a record of {@code org.openaiboot.models}, a map, a list; not text (see
	 * {@link #jsonText(String)}).
	 * @param body the body
	 * @return the answer
	 */
	public static OpenAIMockAnswer json(Object body) {
		Assert.notNull(body, "body must not be null");
		// written as JSON, text would become one JSON string: almost surely not what was meant
		Assert.isTrue(!(body instanceof CharSequence),
				() -> "body must be an object to write as JSON, was the text '" + body + "': use jsonText(...) to send "
						+ "JSON text as it is");
		return OpenAIMockAnswer.whole(200, MediaType.APPLICATION_JSON, (mapper) -> mapper.writeValueAsBytes(body));
	}

	/**
	 * A {@code 200} whose body is the given JSON text, sent as it is.
	 * @param json the body
	 * @return the answer
	 */
	public static OpenAIMockAnswer jsonText(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return OpenAIMockAnswer.whole(200, MediaType.APPLICATION_JSON, (mapper) -> bytes);
	}

	/**
	 * A {@code 200} with a binary body, such as the audio of {@code createSpeech} or a
	 * file's content.
	 * @param contentType the body's content type
	 * @param body the body
	 * @return the answer
	 */
	public static OpenAIMockAnswer bytes(MediaType contentType, byte[] body) {
		byte[] copy = body.clone();
		return OpenAIMockAnswer.whole(200, contentType, (mapper) -> copy);
	}

	/**
	 * A chat completion of one assistant message with the given text, finished with
	 * {@code stop}; its model is {@code gpt-mock} and its id {@code chatcmpl-mock}.
	 * @param text the message's text
	 * @return the answer
	 */
	public static OpenAIMockAnswer chatCompletion(String text) {
		return json(MockModels.chatCompletion(text));
	}

	/**
	 * A streamed chat completion of one assistant message: a role chunk, one chunk per
	 * delta, a chunk finished with {@code stop}, then {@code [DONE]}.
	 * @param deltas the pieces of the message's text
	 * @return the answer
	 */
	public static OpenAIMockAnswer chatCompletionStream(String... deltas) {
		return chatCompletionStream(MockModels.chatChunks(deltas));
	}

	/**
	 * A streamed chat completion: each chunk as a {@code data:} event, then
	 * {@code [DONE]}.
	 * @param chunks the chunks
	 * @return the answer
	 */
	public static OpenAIMockAnswer chatCompletionStream(List<CreateChatCompletionStreamResponse> chunks) {
		List<CreateChatCompletionStreamResponse> copy = List.copyOf(chunks);
		return OpenAIMockAnswer.eventStream((mapper) -> {
			List<byte[]> frames = new ArrayList<>();
			for (CreateChatCompletionStreamResponse chunk : copy) {
				frames.add(frame(null, mapper, chunk));
			}
			frames.add(DONE);
			return frames;
		});
	}

	/**
	 * A Responses response of one completed assistant message with the given text; its
	 * model is {@code gpt-mock} and its id {@code resp_mock}.
	 * @param text the message's text
	 * @return the answer
	 */
	public static OpenAIMockAnswer response(String text) {
		return json(MockModels.response(text));
	}

	/**
	 * A streamed Responses response of one assistant message, every event the API sends
	 * for it from {@code response.created} to {@code response.completed}, with one
	 * {@code response.output_text.delta} per delta: a {@code ResponseAccumulator} builds
	 * the same response as {@link #response(String)} from them.
	 * @param deltas the pieces of the message's text
	 * @return the answer
	 */
	public static OpenAIMockAnswer responseStream(String... deltas) {
		return responseStream(MockModels.responseEvents(deltas));
	}

	/**
	 * A streamed Responses response: each event named by its type ({@code event:}) with
	 * its JSON as {@code data:}, as the API sends them; no {@code [DONE]} follows.
	 * @param events the events
	 * @return the answer
	 */
	public static OpenAIMockAnswer responseStream(List<? extends ResponseStreamEvent> events) {
		List<ResponseStreamEvent> copy = List.copyOf(events);
		return OpenAIMockAnswer.eventStream((mapper) -> copy.stream()
			.map((event) -> frame(event.type(), mapper, event))
			.toList());
	}

	/**
	 * An error of the API: the status with an {@code {"error": {...}}} body.
	 * @param status the status, from 400 to 599
	 * @param type the error's type, such as {@code invalid_request_error}
	 * @param code the error's code, such as {@code rate_limit_exceeded}, or {@code null}
	 * @param param the request parameter it is about, or {@code null}
	 * @param message the error's message
	 * @return the answer
	 */
	public static OpenAIMockAnswer error(int status, String type, @Nullable String code, @Nullable String param,
			String message) {
		Assert.isTrue(status >= 400 && status <= 599, () -> "error status must be from 400 to 599, was " + status);
		OpenAIError error = OpenAIError.builder().type(type).code(code).param(param).message(message).build();
		return json(ErrorResponse.builder().error(error).build()).status(status);
	}

	/**
	 * A {@code 429} as the API sends when a rate limit is reached (type {@code requests},
	 * code {@code rate_limit_exceeded}); add {@link OpenAIMockAnswer#retryAfter} to say
	 * when to try again.
	 * @return the answer
	 */
	public static OpenAIMockAnswer rateLimited() {
		return error(429, "requests", "rate_limit_exceeded", null, "Rate limit reached (scripted by OpenAIMockServer)");
	}

	/**
	 * A {@code 400} about one parameter of the request.
	 * @param param the parameter
	 * @param message the error's message
	 * @return the answer
	 */
	public static OpenAIMockAnswer badRequest(String param, String message) {
		return error(400, "invalid_request_error", null, param, message);
	}

	/**
	 * A {@code 500} of the API.
	 * @return the answer
	 */
	public static OpenAIMockAnswer serverError() {
		return error(500, "server_error", null, null, "The server had an error (scripted by OpenAIMockServer)");
	}

	/**
	 * No answer at all: the connection is closed before anything is sent.
	 * @return the answer
	 */
	public static OpenAIMockAnswer emptyReply() {
		return jsonText("{}").fault(OpenAIMockFault.EMPTY_REPLY);
	}

	/**
	 * The answer of the server itself, when nothing was scripted for a request or the
	 * scripted answer cannot be written: it tells what went wrong, and the client not to
	 * retry.
	 */
	static OpenAIMockAnswer mockError(int status, String message) {
		return error(status, "invalid_request_error", "openai_mock_error", null, message)
			.header(OpenAIHeaders.SHOULD_RETRY, "false");
	}

	private static byte[] frame(@Nullable String event, JsonMapper mapper, Object data) {
		String name = (event != null) ? "event: " + event + "\n" : "";
		return (name + "data: " + mapper.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

}
