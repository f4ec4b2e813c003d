package org.openaiboot.client;

import java.util.List;
import java.util.stream.Collectors;

import org.openaiboot.models.batches.CreateBatchRequest.Endpoint;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.completions.CreateCompletionRequest;
import org.openaiboot.models.completions.CreateCompletionResponse;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;
import org.openaiboot.models.moderations.CreateModerationRequest;
import org.openaiboot.models.moderations.CreateModerationResponse;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.Response;

/**
 * An endpoint a {@link BatchRunner} sends requests to, with the type of its requests and
 * of its responses: the JSON endpoints a batch can run.
 *
 * @param <Q> the type of the requests
 * @param <R> the type of the responses
 */
public final class BatchEndpoint<Q, R> {

	/** {@code /v1/chat/completions}. */
	public static final BatchEndpoint<CreateChatCompletionRequest, CreateChatCompletionResponse> CHAT_COMPLETIONS = new BatchEndpoint<>(
			Endpoint.V1_CHAT_COMPLETIONS, CreateChatCompletionRequest.class, CreateChatCompletionResponse.class);

	/** {@code /v1/responses}. */
	public static final BatchEndpoint<CreateResponse, Response> RESPONSES = new BatchEndpoint<>(
			Endpoint.V1_RESPONSES, CreateResponse.class, Response.class);

	/** {@code /v1/embeddings}. */
	public static final BatchEndpoint<CreateEmbeddingRequest, CreateEmbeddingResponse> EMBEDDINGS = new BatchEndpoint<>(
			Endpoint.V1_EMBEDDINGS, CreateEmbeddingRequest.class, CreateEmbeddingResponse.class);

	/** {@code /v1/completions}. */
	public static final BatchEndpoint<CreateCompletionRequest, CreateCompletionResponse> COMPLETIONS = new BatchEndpoint<>(
			Endpoint.V1_COMPLETIONS, CreateCompletionRequest.class, CreateCompletionResponse.class);

	/** {@code /v1/moderations}. */
	public static final BatchEndpoint<CreateModerationRequest, CreateModerationResponse> MODERATIONS = new BatchEndpoint<>(
			Endpoint.V1_MODERATIONS, CreateModerationRequest.class, CreateModerationResponse.class);

	private static final List<BatchEndpoint<?, ?>> ALL = List.of(CHAT_COMPLETIONS, RESPONSES, EMBEDDINGS, COMPLETIONS,
			MODERATIONS);

	private final Endpoint endpoint;

	private final Class<Q> requestType;

	private final Class<R> responseType;

	private BatchEndpoint(Endpoint endpoint, Class<Q> requestType, Class<R> responseType) {
		this.endpoint = endpoint;
		this.requestType = requestType;
		this.responseType = responseType;
	}

	/**
	 * The endpoint of a URL, such as the {@code endpoint} of a batch created elsewhere.
	 * @param url the URL, such as {@code /v1/embeddings}
	 * @return the endpoint
	 * @throws ValidationException if it is not one of the endpoints this class knows
	 */
	public static BatchEndpoint<?, ?> of(String url) {
		return ALL.stream()
			.filter((candidate) -> candidate.url().equals(url))
			.findFirst()
			.orElseThrow(() -> new ValidationException("endpoint", "must be one of "
					+ ALL.stream().map(BatchEndpoint::url).collect(Collectors.joining(", ")), url));
	}

	/**
	 * The endpoint as a batch names it.
	 * @return the endpoint
	 */
	public Endpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * The URL each line of the input file names, such as {@code /v1/embeddings}.
	 * @return the URL
	 */
	public String url() {
		return this.endpoint.value();
	}

	/**
	 * The type of the requests.
	 * @return the type
	 */
	public Class<Q> requestType() {
		return this.requestType;
	}

	/**
	 * The type of the responses.
	 * @return the type
	 */
	public Class<R> responseType() {
		return this.responseType;
	}

	@Override
	public String toString() {
		return url();
	}

}
