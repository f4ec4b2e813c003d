package org.openaiboot.client;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.client.error.StructuredOutputException;
import org.openaiboot.client.stream.StreamEnd;
import org.openaiboot.models.responses.CompactResource;
import org.openaiboot.models.responses.CompactResponseMethodPublicBody;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.IncludeEnum;
import org.openaiboot.models.responses.ItemResource;
import org.openaiboot.models.responses.ModelIdsResponses;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseCompletedEvent;
import org.openaiboot.models.responses.ResponseIncompleteEvent;
import org.openaiboot.models.responses.ResponseItemList;
import org.openaiboot.models.responses.ResponseStreamEvent;
import org.openaiboot.models.responses.ResponseUsage;
import org.openaiboot.models.responses.TokenCountsBody;
import org.openaiboot.models.responses.TokenCountsResource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The Responses API: {@code /responses}, the API OpenAI recommends for new work, whole or
 * streamed.
 * <pre class="code">
 * Response response = responses.createResponse(CreateResponse.builder().model("gpt-5.4").input("Hello").build());
 * </pre>
 * A stream ends after its terminal event ({@code response.completed},
 * {@code response.incomplete} or {@code response.failed}); an {@code error} event fails it
 * after the events before it were handed out. Each method throws an
 * {@link OpenAIApiException} when the API answers with an error status and an
 * {@link OpenAIConnectionException} when it cannot be reached.
 */
public class OpenAIResponsesClient implements OpenAIResourceClient {

	private static final String RESPONSES = "/responses";

	private static final String RESPONSE = "/responses/{response_id}";

	private static final String RESPONSE_ID = "response_id";

	private static final String CREATE = "createResponse";

	private static final TokenUsage USAGE = TokenUsage.of(Response::usage, ResponseUsage::inputTokens,
			ResponseUsage::outputTokens, OpenAIResponsesClient::cachedTokens, OpenAIResponsesClient::reasoningTokens)
		.withModel(OpenAIResponsesClient::modelOf);

	private static final TokenUsage STREAM_USAGE = TokenUsage.of(OpenAIResponsesClient::usageOf,
			ResponseUsage::inputTokens, ResponseUsage::outputTokens, OpenAIResponsesClient::cachedTokens,
			OpenAIResponsesClient::reasoningTokens)
		.withModel(OpenAIResponsesClient::streamModelOf);

	private final OpenAITransport transport;

	public OpenAIResponsesClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Create a response and wait for it whole.
	 * @param request the request; its {@code stream} flag must not be set
	 * @return the response
	 */
	public Response createResponse(CreateResponse request) {
		Assert.notNull(request, "request must not be null");
		Assert.isTrue(!Boolean.TRUE.equals(request.stream()),
				"request.stream is true: use createResponseStream for a streamed response");
		return this.transport.execute(ApiCall.post(CREATE, RESPONSES, request, model(request.model())).usage(USAGE),
				Response.class);
	}

	/**
	 * Ask the model for an answer in the shape of a Java type (Structured Outputs) and
	 * read it into that type. The request's {@code text.format} is replaced by a strict
	 * JSON Schema derived from the type, see {@link StructuredOutput}.
	 * <pre class="code">
	 * record Weather(String city, double celsius) {}
	 * Weather weather = responses.createResponse(request, Weather.class);
	 * </pre>
	 * Needs {@code com.github.victools:jsonschema-generator} on the class path.
	 * @param <T> the type of the answer
	 * @param request the request; its {@code stream} flag must not be set
	 * @param type a record or class whose properties the answer fills in
	 * @return the text of the response, read into {@code type}
	 * @throws StructuredOutputException when the model refused, the response is
	 * incomplete, or its text does not fit the type
	 */
	public <T> T createResponse(CreateResponse request, Class<T> type) {
		Assert.notNull(type, "type must not be null");
		return createResponse(request, StructuredOutput.of(type, this.transport.getJsonMapper()));
	}

	/**
	 * Ask the model for an answer in the shape of a Java type (Structured Outputs) and
	 * read it into that type. Reuse one {@link StructuredOutput} per type to derive its
	 * schema once.
	 * @param <T> the type of the answer
	 * @param request the request; its {@code stream} flag must not be set
	 * @param output the type's schema and reader
	 * @return the text of the response, read into the type
	 * @throws StructuredOutputException when the model refused, the response is
	 * incomplete, or its text does not fit the type
	 */
	public <T> T createResponse(CreateResponse request, StructuredOutput<T> output) {
		Assert.notNull(request, "request must not be null");
		Assert.notNull(output, "output must not be null");
		return output.read(createResponse(output.apply(request)));
	}

	/**
	 * Create a response and receive its events as they are written, until its terminal
	 * event. Close the stream when done, best with try-with-resources: closing it early
	 * drops the connection.
	 * @param request the request; {@code stream} is set to {@code true}
	 * @return the events, read lazily from the open response
	 */
	public Stream<ResponseStreamEvent> createResponseStream(CreateResponse request) {
		Assert.notNull(request, "request must not be null");
		CreateResponse streaming = Boolean.TRUE.equals(request.stream()) ? request
				: request.toBuilder().stream(true).build();
		return this.transport.stream(
				ApiCall.post(CREATE, RESPONSES, streaming, model(request.model())).usage(STREAM_USAGE),
				ResponseStreamEvent.class, StreamEnd.RESPONSE);
	}

	/**
	 * Fetch a response.
	 * @param responseId the response's id
	 * @param include extra output to include (such as
	 * {@link IncludeEnum#MESSAGE_OUTPUT_TEXT_LOGPROBS}); none for the API's default
	 * @return the response
	 */
	public Response getResponse(String responseId, IncludeEnum... include) {
		return this.transport.execute(OpenAIConversationsClient.include(ApiCall
			.of("getResponse", HttpMethod.GET, RESPONSE)
			.pathVariable(RESPONSE_ID, responseId), List.of(include)), Response.class);
	}

	/**
	 * Wait for a response created in the background ({@code background=true}) to be
	 * done: fetch it, more and more seldom (from every half second to every five), until
	 * its status is no longer {@code queued} or {@code in_progress}.
	 * <pre class="code">
	 * Response started = responses.createResponse(request.toBuilder().background(true).build());
	 * Response done = responses.awaitResponse(started.id(), Duration.ofMinutes(10));
	 * </pre>
	 * @param responseId the response's id
	 * @param timeout how long to wait at most
	 * @return the response in its final status: {@code completed}, {@code incomplete},
	 * {@code failed} or {@code cancelled}
	 * @throws PollingTimeoutException when it is not done in time; it goes on in the
	 * background, and {@link PollingTimeoutException#getLastSeen()} holds it as last
	 * fetched
	 */
	public Response awaitResponse(String responseId, Duration timeout) {
		Assert.hasText(responseId, "responseId must not be empty");
		return StatusPoller.await("response " + responseId, () -> getResponse(responseId),
				OpenAIResponsesClient::isDone, timeout);
	}

	/**
	 * Stream the events of a response created in the background, from after an event on:
	 * how a client resumes a stream it lost.
	 * @param responseId the response's id
	 * @param startingAfter the sequence number of the last event received, {@code null}
	 * for all of them
	 * @return the events, read lazily from the open response
	 */
	public Stream<ResponseStreamEvent> getResponseStream(String responseId, @Nullable Integer startingAfter) {
		ApiCall call = ApiCall.of("getResponse", HttpMethod.GET, RESPONSE)
			.pathVariable(RESPONSE_ID, responseId)
			.query("stream", true)
			.query("starting_after", startingAfter)
			.usage(STREAM_USAGE);
		return this.transport.stream(call, ResponseStreamEvent.class, StreamEnd.RESPONSE);
	}

	/**
	 * Delete a stored response.
	 * @param responseId the response's id
	 */
	public void deleteResponse(String responseId) {
		this.transport.executeForText(
				ApiCall.of("deleteResponse", HttpMethod.DELETE, RESPONSE).pathVariable(RESPONSE_ID, responseId));
	}

	/**
	 * Cancel a response created in the background.
	 * @param responseId the response's id
	 * @return the response, as cancelled
	 */
	public Response cancelResponse(String responseId) {
		return this.transport.execute(ApiCall.of("cancelResponse", HttpMethod.POST, RESPONSE + "/cancel")
			.pathVariable(RESPONSE_ID, responseId), Response.class);
	}

	/**
	 * List one page of the items a response was given as input.
	 * @param responseId the response's id
	 * @param params the page size, order, cursor and extra data to include, such as
	 * {@link ItemListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<ItemResource> listInputItems(String responseId, ItemListParams params) {
		Assert.notNull(params, "params must not be null");
		ResponseItemList response = this.transport.execute(params.applyTo(
				ApiCall.of("listInputItems", HttpMethod.GET, RESPONSE + "/input_items")
					.pathVariable(RESPONSE_ID, responseId)),
				ResponseItemList.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listInputItems(responseId, params.withAfter(after)));
	}

	/**
	 * Count the input tokens a request would use, without creating a response.
	 * @param request what the response would be created from
	 * @return the count
	 */
	public TokenCountsResource getInputTokenCounts(TokenCountsBody request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				ApiCall.post("Getinputtokencounts", RESPONSES + "/input_tokens", request, request.model()),
				TokenCountsResource.class);
	}

	/**
	 * Compact a conversation into fewer items that carry its state.
	 * @param request the conversation or items to compact
	 * @return the compacted items
	 */
	public CompactResource compactConversation(CompactResponseMethodPublicBody request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(ApiCall.post("Compactconversation", RESPONSES + "/compact", request,
				(request.model() != null) ? request.model().toString() : null), CompactResource.class);
	}

	/** The mapper that reads and writes this client's bodies, for its helpers. */
	JsonMapper jsonMapper() {
		return this.transport.getJsonMapper();
	}

	@Override
	public String resourceName() {
		return "responses";
	}

	private static boolean isDone(Response response) {
		return !Response.Status.QUEUED.equals(response.status())
				&& !Response.Status.IN_PROGRESS.equals(response.status());
	}

	private static @Nullable String model(@Nullable ModelIdsResponses model) {
		return (model != null) ? model.value() : null;
	}

	private static @Nullable Integer cachedTokens(ResponseUsage usage) {
		return (usage.inputTokensDetails() != null) ? usage.inputTokensDetails().cachedTokens() : null;
	}

	private static @Nullable Integer reasoningTokens(ResponseUsage usage) {
		return (usage.outputTokensDetails() != null) ? usage.outputTokensDetails().reasoningTokens() : null;
	}

	private static @Nullable String modelOf(Response response) {
		return (response.model() != null) ? response.model().value() : null;
	}

	/** The model a stream names in its terminal event. */
	private static @Nullable String streamModelOf(ResponseStreamEvent event) {
		if (event instanceof ResponseCompletedEvent completed) {
			return modelOf(completed.response());
		}
		return (event instanceof ResponseIncompleteEvent incomplete) ? modelOf(incomplete.response()) : null;
	}

	/** The usage a stream tells in its terminal event. */
	private static @Nullable ResponseUsage usageOf(ResponseStreamEvent event) {
		if (event instanceof ResponseCompletedEvent completed) {
			return completed.response().usage();
		}
		return (event instanceof ResponseIncompleteEvent incomplete) ? incomplete.response().usage() : null;
	}

}
