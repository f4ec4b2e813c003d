package org.openaiboot.client;

import java.util.stream.Stream;

import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.CreateChatCompletionStreamResponse;
import org.openaiboot.models.common.CompletionUsage;

import org.springframework.util.Assert;

/**
 * The chat completions API: {@code POST /chat/completions}, whole or streamed.
 * <p>
 * With Spring Boot, inject the auto-configured bean. Without it:
 * <pre class="code">
 * OpenAIChatClient chat = new OpenAIChatClient(OpenAITransport.builder().apiKey(key).build());
 * </pre>
 */
public class OpenAIChatClient {

	private static final String PATH = "/chat/completions";

	private static final String CREATE = "createChatCompletion";

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
		String model = request.model().value();
		CreateChatCompletionResponse response = this.transport.execute(ApiCall.post(CREATE, PATH, request, model),
				CreateChatCompletionResponse.class);
		CompletionUsage usage = response.usage();
		if (usage != null) {
			this.transport.recordTokens(CREATE, model, usage.promptTokens(), usage.completionTokens());
		}
		return response;
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
	 * @param request the request; {@code stream} is set to {@code true}
	 * @return the chunks, read lazily from the open response
	 * @see ChatCompletionAccumulator
	 */
	public Stream<CreateChatCompletionStreamResponse> createChatCompletionStream(CreateChatCompletionRequest request) {
		Assert.notNull(request, "request must not be null");
		CreateChatCompletionRequest streaming = Boolean.TRUE.equals(request.stream()) ? request
				: request.toBuilder().stream(true).build();
		return this.transport.stream(ApiCall.post(CREATE, PATH, streaming, request.model().value()),
				CreateChatCompletionStreamResponse.class);
	}

}
