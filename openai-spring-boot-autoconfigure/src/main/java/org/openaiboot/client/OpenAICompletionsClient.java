package org.openaiboot.client;

import java.util.stream.Stream;

import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.completions.CreateCompletionRequest;
import org.openaiboot.models.completions.CreateCompletionResponse;

import org.springframework.util.Assert;

/**
 * The legacy text completions API: {@code POST /completions}, whole or streamed. The model
 * continues a prompt rather than answering a conversation; prefer {@link OpenAIChatClient}
 * for new work.
 * <pre class="code">
 * OpenAICompletionsClient completions = new OpenAICompletionsClient(transport);
 * String text = completions
 *     .createCompletion(CreateCompletionRequest.of(CompletionModel.GPT_3_5_TURBO_INSTRUCT, "Say hi"))
 *     .choices().get(0).text();
 * </pre>
 */
public class OpenAICompletionsClient implements OpenAIResourceClient {

	private static final String PATH = "/completions";

	private static final String CREATE = "createCompletion";

	private static final TokenUsage USAGE = TokenUsage.of(CreateCompletionResponse::usage,
			CompletionUsage::promptTokens, CompletionUsage::completionTokens)
		.withModel(CreateCompletionResponse::model);

	private final OpenAITransport transport;

	public OpenAICompletionsClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Have the model continue the prompt and wait for the whole text.
	 * @param request the request; its {@code stream} flag must not be set
	 * @return the completion
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public CreateCompletionResponse createCompletion(CreateCompletionRequest request) {
		Assert.notNull(request, "request must not be null");
		Assert.isTrue(!Boolean.TRUE.equals(request.stream()),
				"request.stream is true: use createCompletionStream for a streamed answer");
		return this.transport.execute(ApiCall.post(CREATE, PATH, request, request.model().value()).usage(USAGE),
				CreateCompletionResponse.class);
	}

	/**
	 * Have the model continue the prompt and receive the text piece by piece as it is
	 * written; each chunk has the shape of a whole completion. The HTTP status is checked
	 * before the stream is returned. Close the stream when done, best with
	 * try-with-resources: closing it early drops the connection. A chunk that carries
	 * {@code usage} (sent last when the request asks for it) is recorded in the token
	 * metrics.
	 * @param request the request; {@code stream} is set to {@code true}
	 * @return the chunks, read lazily from the open response
	 */
	public Stream<CreateCompletionResponse> createCompletionStream(CreateCompletionRequest request) {
		Assert.notNull(request, "request must not be null");
		CreateCompletionRequest streaming = Boolean.TRUE.equals(request.stream()) ? request
				: request.toBuilder().stream(true).build();
		return this.transport.stream(ApiCall.post(CREATE, PATH, streaming, request.model().value()).usage(USAGE),
				CreateCompletionResponse.class, CreateCompletionResponse::additionalProperties);
	}

	@Override
	public String resourceName() {
		return "completions";
	}

}
