package org.openaiboot.client;

import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.StructuredOutputException;
import org.openaiboot.models.chat.ChatCompletionDeleted;
import org.openaiboot.models.chat.ChatCompletionList;
import org.openaiboot.models.chat.ChatCompletionMessageList;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.common.Validate;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The chat completions API: {@code POST /chat/completions}, whole or streamed.
 * <p>
 * With Spring Boot, inject the auto-configured bean. Without it:
 * <pre class="code">
 * OpenAIChatClient chat = new OpenAIChatClient(OpenAITransport.builder().apiKey(key).build());
 * </pre>
 */
public class OpenAIChatClient implements OpenAIResourceClient {

	private static final String PATH = "/chat/completions";

	private static final String COMPLETION = PATH + "/{completion_id}";

	private static final String COMPLETION_ID = "completion_id";

	private static final String CREATE = "createChatCompletion";

	private static final TokenUsage USAGE = TokenUsage.of(CreateChatCompletionResponse::usage,
			CompletionUsage::promptTokens, CompletionUsage::completionTokens, OpenAIChatClient::cachedTokens,
			OpenAIChatClient::reasoningTokens)
		.withModel(CreateChatCompletionResponse::model);

	private static final TokenUsage STREAM_USAGE = TokenUsage.of(CreateChatCompletionStreamResponse::usage,
			CompletionUsage::promptTokens, CompletionUsage::completionTokens, OpenAIChatClient::cachedTokens,
			OpenAIChatClient::reasoningTokens)
		.withModel(CreateChatCompletionStreamResponse::model);

	private final OpenAITransport transport;

	public OpenAIChatClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Ask the model for a completion of the conversation and wait for the whole answer.
	 * @param request the request; its {@code stream} flag must not be set
	 * @return the completion
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public CreateChatCompletionResponse createChatCompletion(CreateChatCompletionRequest request) {
		Assert.notNull(request, "request must not be null");
		Assert.isTrue(!Boolean.TRUE.equals(request.stream()),
				"request.stream is true: use createChatCompletionStream for a streamed answer");
		return this.transport.execute(ApiCall.post(CREATE, PATH, request, request.model().value()).usage(USAGE),
				CreateChatCompletionResponse.class);
	}

	/**
	 * Ask the model for an answer in the shape of a Java type (Structured Outputs) and
	 * read it into that type. The request's {@code response_format} is replaced by a
	 * strict JSON Schema derived from the type, see {@link StructuredOutput}.
	 * <pre class="code">
	 * record Weather(String city, double celsius) {}
	 * Weather weather = chat.createChatCompletion(request, Weather.class);
	 * </pre>
	 * Needs {@code com.github.victools:jsonschema-generator} on the class path.
	 * @param <T> the type of the answer
	 * @param request the request; its {@code stream} flag must not be set
	 * @param type a record or class whose properties the answer fills in
	 * @return the answer of the first choice, read into {@code type}
	 * @throws StructuredOutputException when the model refused, or its answer does not
	 * fit the type
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public <T> T createChatCompletion(CreateChatCompletionRequest request, Class<T> type) {
		Assert.notNull(type, "type must not be null");
		return createChatCompletion(request, StructuredOutput.of(type, this.transport.getJsonMapper()));
	}

	/**
	 * Ask the model for an answer in the shape of a Java type (Structured Outputs) and
	 * read it into that type. Reuse one {@link StructuredOutput} per type to derive its
	 * schema once.
	 * @param <T> the type of the answer
	 * @param request the request; its {@code stream} flag must not be set
	 * @param output the type's schema and reader
	 * @return the answer of the first choice, read into the type
	 * @throws StructuredOutputException when the model refused, or its answer does not
	 * fit the type
	 */
	public <T> T createChatCompletion(CreateChatCompletionRequest request, StructuredOutput<T> output) {
		Assert.notNull(request, "request must not be null");
		Assert.notNull(output, "output must not be null");
		return output.read(createChatCompletion(output.apply(request)));
	}

	/**
	 * Ask the model for a completion and receive it chunk by chunk as it is written. The
	 * HTTP status is checked before the stream is returned. Close the stream when done,
	 * best with try-with-resources: closing it early drops the connection.
	 * <pre class="code">
	 * try (Stream&lt;CreateChatCompletionStreamResponse&gt; chunks = chat.createChatCompletionStream(request)) {
	 *     chunks.forEach(accumulator::accumulate);
	 * }
	 * </pre>
	 * A chunk that carries {@code usage} (the last one, when the request's
	 * {@code stream_options} ask for it) is recorded in the token metrics.
	 * @param request the request; {@code stream} is set to {@code true}
	 * @return the chunks, read lazily from the open response
	 * @see ChatCompletionAccumulator
	 */
	public Stream<CreateChatCompletionStreamResponse> createChatCompletionStream(CreateChatCompletionRequest request) {
		Assert.notNull(request, "request must not be null");
		CreateChatCompletionRequest streaming = Boolean.TRUE.equals(request.stream()) ? request
				: request.toBuilder().stream(true).build();
		return this.transport.stream(
				ApiCall.post(CREATE, PATH, streaming, request.model().value()).usage(STREAM_USAGE),
				CreateChatCompletionStreamResponse.class, CreateChatCompletionStreamResponse::additionalProperties);
	}

	/**
	 * List one page of the chat completions stored with {@code store=true}.
	 * @param params the filters, page size, order and cursor, such as
	 * {@link ChatCompletionListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<CreateChatCompletionResponse> listChatCompletions(ChatCompletionListParams params) {
		Assert.notNull(params, "params must not be null");
		ChatCompletionList list = this.transport
			.execute(params.applyTo(ApiCall.of("listChatCompletions", HttpMethod.GET, PATH)), ChatCompletionList.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> listChatCompletions(params.withAfter(after)));
	}

	/**
	 * Fetch a stored chat completion.
	 * @param completionId the completion's id
	 * @return the completion
	 */
	public CreateChatCompletionResponse getChatCompletion(String completionId) {
		return this.transport.execute(
				ApiCall.of("getChatCompletion", HttpMethod.GET, COMPLETION).pathVariable(COMPLETION_ID, completionId),
				CreateChatCompletionResponse.class);
	}

	/**
	 * Replace the metadata of a stored chat completion, the one thing of it that can
	 * change.
	 * @param completionId the completion's id
	 * @param metadata the new metadata: at most 16 entries, keys up to 64 characters and
	 * values up to 512
	 * @return the completion, updated
	 */
	public CreateChatCompletionResponse updateChatCompletion(String completionId, Map<String, String> metadata) {
		Assert.notNull(metadata, "metadata must not be null");
		return this.transport.execute(ApiCall.of("updateChatCompletion", HttpMethod.POST, COMPLETION)
			.pathVariable(COMPLETION_ID, completionId)
			.body(Map.of("metadata", Validate.metadata(metadata, "metadata"))), CreateChatCompletionResponse.class);
	}

	/**
	 * Delete a stored chat completion.
	 * @param completionId the completion's id
	 * @return the deletion's confirmation
	 */
	public ChatCompletionDeleted deleteChatCompletion(String completionId) {
		return this.transport.execute(ApiCall.of("deleteChatCompletion", HttpMethod.DELETE, COMPLETION)
			.pathVariable(COMPLETION_ID, completionId), ChatCompletionDeleted.class);
	}

	/**
	 * List one page of the messages of a stored chat completion.
	 * @param completionId the completion's id
	 * @param params the page size, order and {@code after} cursor, such as
	 * {@link ListParams#DEFAULTS}; this list has no {@code before} cursor
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<ChatCompletionMessageList.DataItem> getChatCompletionMessages(String completionId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ChatCompletionMessageList list = this.transport.execute(
				params.applyWithoutBeforeTo(ApiCall.of("getChatCompletionMessages", HttpMethod.GET, COMPLETION + "/messages")
					.pathVariable(COMPLETION_ID, completionId)),
				ChatCompletionMessageList.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> getChatCompletionMessages(completionId, params.withAfter(after)));
	}

	@Override
	public String resourceName() {
		return "chat";
	}

	private static @Nullable Integer cachedTokens(CompletionUsage usage) {
		return (usage.promptTokensDetails() != null) ? usage.promptTokensDetails().cachedTokens() : null;
	}

	private static @Nullable Integer reasoningTokens(CompletionUsage usage) {
		return (usage.completionTokensDetails() != null) ? usage.completionTokensDetails().reasoningTokens() : null;
	}

}
