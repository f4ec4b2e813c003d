package org.openaiboot.benchmarks;

import org.openaiboot.client.OpenAITransport;
import org.openaiboot.models.chat.ChatCompletionRequestSystemMessage;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.responses.CreateResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests every client sends, as this project's model types; the SDK builds the same
 * from its own types.
 */
public final class Fixtures {

	/** One mapper for the plain clients, configured as the starter configures its own. */
	public static final JsonMapper MAPPER = OpenAITransport.createJsonMapper();

	public static final CreateChatCompletionRequest CHAT = CreateChatCompletionRequest.builder()
		.model(Payloads.CHAT_MODEL)
		.messages(ChatCompletionRequestSystemMessage.of(Payloads.SYSTEM_PROMPT),
				ChatCompletionRequestUserMessage.of(Payloads.USER_PROMPT))
		.temperature(0.2)
		.build();

	public static final CreateChatCompletionRequest STREAM = CHAT.toBuilder().stream(true).build();

	/** No {@code encoding_format}: whatever the client makes of that. */
	public static final CreateEmbeddingRequest EMBEDDINGS = CreateEmbeddingRequest.builder()
		.model(Payloads.EMBEDDING_MODEL)
		.input(CreateEmbeddingRequest.Input.of(Payloads.embeddingInputs()))
		.build();

	public static final CreateEmbeddingRequest EMBEDDINGS_FLOAT = EMBEDDINGS.toBuilder()
		.encodingFormat(CreateEmbeddingRequest.EncodingFormat.FLOAT)
		.build();

	public static final CreateEmbeddingRequest EMBEDDINGS_BASE64 = EMBEDDINGS.toBuilder()
		.encodingFormat(CreateEmbeddingRequest.EncodingFormat.BASE64)
		.build();

	/** The streamed response of {@link ResponseStreamPayload}, asked as the chat stream is. */
	public static final CreateResponse RESPONSE_STREAM = CreateResponse.builder()
		.model(Payloads.RESPONSES_MODEL)
		.instructions(Payloads.SYSTEM_PROMPT)
		.input(Payloads.USER_PROMPT)
		.temperature(0.2)
		.stream(true)
		.build();

	private Fixtures() {
	}

}
