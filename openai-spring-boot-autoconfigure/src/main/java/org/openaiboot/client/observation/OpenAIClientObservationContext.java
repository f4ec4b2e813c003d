package org.openaiboot.client.observation;

import java.net.URI;
import java.time.Duration;

import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.TokenUsage;

/**
 * What the {@code openai.client.requests} observation knows of one API call: the
 * operation, the model, whether it streams, the server it is sent to, and how it ended:
 * the status, the model that answered, the tokens the answer told and, for a stream, the
 * time to its first chunk.
 * <p>
 * A sender's context of kind {@link Kind#CLIENT}, so that its span is a client span, as
 * the OpenTelemetry conventions for generative AI clients ask. It has no carrier: the
 * HTTP client observation of each attempt, below it, carries the trace to the server.
 */
public class OpenAIClientObservationContext extends SenderContext<Object> {

	private final String operation;

	private final @Nullable String model;

	private final boolean stream;

	private final String baseUrl;

	private final String connection;

	private @Nullable URI server;

	private @Nullable Integer statusCode;

	private @Nullable String responseModel;

	private @Nullable Integer inputTokens;

	private @Nullable Integer outputTokens;

	private @Nullable Duration firstChunk;

	/**
	 * Describe a call.
	 * @param operation the operation id of the spec
	 * @param model the model the request named, {@code null} for none
	 * @param stream whether the answer is read as it arrives
	 * @param baseUrl the base URL the call is sent to
	 * @param connection the name of the connection the call is sent on, such as
	 * {@code default}
	 */
	public OpenAIClientObservationContext(String operation, @Nullable String model, boolean stream, String baseUrl,
			String connection) {
		super((carrier, key, value) -> {
		}, Kind.CLIENT);
		this.operation = operation;
		this.model = model;
		this.stream = stream;
		this.baseUrl = baseUrl;
		this.connection = connection;
	}

	/**
	 * The operation id of the OpenAPI spec, such as {@code createChatCompletion}.
	 * @return the operation
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * The model the request named.
	 * @return the model, or {@code null} for operations without one
	 */
	public @Nullable String getModel() {
		return this.model;
	}

	/**
	 * The name of the connection the call is sent on: {@code default}, or the name of an
	 * {@code openai.connections.<name>} entry.
	 * @return the connection's name
	 */
	public String getConnection() {
		return this.connection;
	}

	public boolean isStream() {
		return this.stream;
	}

	/**
	 * The host the call is sent to.
	 * @return the host of the base URL
	 */
	public String getServerAddress() {
		String host = server().getHost();
		return (host != null) ? host : this.baseUrl;
	}

	/**
	 * The port the call is sent to, the scheme's own when the base URL names none.
	 * @return the port
	 */
	public int getServerPort() {
		URI server = server();
		if (server.getPort() != -1) {
			return server.getPort();
		}
		return "http".equalsIgnoreCase(server.getScheme()) ? 80 : 443;
	}

	// parsed only when asked: only the gen_ai conventions need it
	private URI server() {
		URI server = this.server;
		if (server == null) {
			server = URI.create(this.baseUrl);
			this.server = server;
		}
		return server;
	}

	/**
	 * The final HTTP status, once known.
	 * @return the status, or {@code null} when no response arrived
	 */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	public void setStatusCode(@Nullable Integer statusCode) {
		this.statusCode = statusCode;
	}

	/**
	 * The model that answered, as the answer names it.
	 * @return the model, or {@code null} when no answer told it
	 */
	public @Nullable String getResponseModel() {
		return this.responseModel;
	}

	public void setResponseModel(@Nullable String responseModel) {
		this.responseModel = responseModel;
	}

	/**
	 * The input tokens the answer, or the chunks of a stream together, told.
	 * @return the tokens, or {@code null} when no answer told them
	 */
	public @Nullable Integer getInputTokens() {
		return this.inputTokens;
	}

	/**
	 * The output tokens the answer, or the chunks of a stream together, told.
	 * @return the tokens, or {@code null} when no answer told them
	 */
	public @Nullable Integer getOutputTokens() {
		return this.outputTokens;
	}

	/**
	 * Add the tokens one answer, or one chunk, told.
	 * @param counts the tokens
	 */
	public void addUsage(TokenUsage.Counts counts) {
		this.inputTokens = ((this.inputTokens != null) ? this.inputTokens : 0) + counts.input();
		this.outputTokens = ((this.outputTokens != null) ? this.outputTokens : 0) + counts.output();
	}

	/**
	 * The time from sending a streaming call to its first chunk.
	 * @return the time, or {@code null} for a call that does not stream or before it
	 * arrives
	 */
	public @Nullable Duration getFirstChunk() {
		return this.firstChunk;
	}

	public void setFirstChunk(@Nullable Duration firstChunk) {
		this.firstChunk = firstChunk;
	}

}
