package org.openaiboot.client;

import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest.EncodingFormat;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;

import org.springframework.util.Assert;

/**
 * The embeddings API: {@code POST /embeddings} turns texts into vectors whose distances
 * reflect how related the texts are.
 * <pre class="code">
 * OpenAIEmbeddingsClient embeddings = new OpenAIEmbeddingsClient(transport);
 * float[] vector = embeddings
 *     .createEmbedding(CreateEmbeddingRequest.of(EmbeddingModel.TEXT_EMBEDDING_3_SMALL, "hello"))
 *     .data().get(0).embedding();
 * </pre>
 */
public class OpenAIEmbeddingsClient implements OpenAIResourceClient {

	private static final String PATH = "/embeddings";

	private static final String CREATE = "createEmbedding";

	// embeddings generate no tokens: the output count is recorded as 0
	private static final TokenUsage USAGE = TokenUsage.of(CreateEmbeddingResponse::usage,
			CreateEmbeddingResponse.Usage::promptTokens, (usage) -> 0)
		.withModel(CreateEmbeddingResponse::model);

	private final OpenAITransport transport;

	public OpenAIEmbeddingsClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Compute one vector per input text. The input tokens are recorded as prompt tokens;
	 * embeddings generate none.
	 * <p>
	 * When the request does not choose an {@code encoding_format}, this method asks for
	 * {@code base64}: the vectors then travel as base64 strings of float32 values, about a
	 * quarter of the size of JSON numbers, and are decoded straight into the same
	 * {@code float[]} vectors (see {@link org.openaiboot.models.embeddings.Embedding}). A
	 * format the caller chose, such as {@code float}, is sent as it is.
	 * @param request the request
	 * @return the vectors, in the order of the input
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public CreateEmbeddingResponse createEmbedding(CreateEmbeddingRequest request) {
		Assert.notNull(request, "request must not be null");
		CreateEmbeddingRequest sent = (request.encodingFormat() != null) ? request
				: request.toBuilder().encodingFormat(EncodingFormat.BASE64).build();
		return this.transport.execute(ApiCall.post(CREATE, PATH, sent, request.model().value()).usage(USAGE),
				CreateEmbeddingResponse.class);
	}

	@Override
	public String resourceName() {
		return "embeddings";
	}

}
