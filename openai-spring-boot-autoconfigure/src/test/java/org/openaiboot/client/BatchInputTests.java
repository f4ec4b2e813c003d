package org.openaiboot.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatModel;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writing the input file of a batch: the rules it checks before anything is uploaded,
 * and the requests read back from their lines. Nothing here reaches a server.
 */
@Timeout(30)
class BatchInputTests {

	private final OpenAITransport transport = OpenAITransport.builder()
		.baseUrl("http://127.0.0.1:9/v1")
		.apiKey("test-key")
		.build();

	private final BatchRunner runner = new BatchRunner(new OpenAIBatchesClient(this.transport),
			new OpenAIFilesClient(this.transport));

	@Test
	void writesOneLinePerRequestAndReadsEachBackByItsId() throws IOException {
		try (BatchInput<CreateEmbeddingRequest, CreateEmbeddingResponse> input = this.runner
			.write(BatchEndpoint.EMBEDDINGS, embeddings(3))) {
			assertThat(input.size()).isEqualTo(3);
			assertThat(input.bytes()).isEqualTo(Files.size(input.file()));
			assertThat(Files.readAllLines(input.file())).containsExactly(
					"{\"custom_id\":\"e-0\",\"method\":\"POST\",\"url\":\"/v1/embeddings\","
							+ "\"body\":{\"input\":\"text 0\",\"model\":\"text-embedding-3-small\"}}",
					"{\"custom_id\":\"e-1\",\"method\":\"POST\",\"url\":\"/v1/embeddings\","
							+ "\"body\":{\"input\":\"text 1\",\"model\":\"text-embedding-3-small\"}}",
					"{\"custom_id\":\"e-2\",\"method\":\"POST\",\"url\":\"/v1/embeddings\","
							+ "\"body\":{\"input\":\"text 2\",\"model\":\"text-embedding-3-small\"}}");
			assertThat(input.request("e-2")).isEqualTo(CreateEmbeddingRequest.of("text-embedding-3-small", "text 2"));
			assertThat(input.request("e-9")).isNull();
		}
	}

	@Test
	void closingDeletesTheFile() {
		BatchInput<CreateEmbeddingRequest, CreateEmbeddingResponse> input = this.runner
			.write(BatchEndpoint.EMBEDDINGS, embeddings(1));
		assertThat(input.request("e-0")).isNotNull();
		input.close();
		assertThat(input.file()).doesNotExist();
	}

	@Test
	void anInputKeptAcrossARestartIsIndexedAgain(@TempDir Path directory) throws IOException {
		Path kept = directory.resolve("kept.jsonl");
		try (BatchInput<CreateEmbeddingRequest, CreateEmbeddingResponse> written = this.runner
			.write(BatchEndpoint.EMBEDDINGS, embeddings(3))) {
			Files.copy(written.file(), kept);
		}
		try (BatchInput<CreateEmbeddingRequest, CreateEmbeddingResponse> reopened = this.runner
			.reopen(BatchEndpoint.EMBEDDINGS, kept)) {
			assertThat(reopened.size()).isEqualTo(3);
			assertThat(reopened.request("e-1")).isEqualTo(CreateEmbeddingRequest.of("text-embedding-3-small", "text 1"));
		}
		assertThat(kept).doesNotExist();
	}

	@Test
	void aKeptInputWithBlankLinesAndCarriageReturnsIsIndexedByItsRequests(@TempDir Path directory)
			throws IOException {
		Path kept = Files.writeString(directory.resolve("kept.jsonl"), "\r\n" + embeddingLine("e-0", "zero")
				+ "\r\n\r\n" + embeddingLine("e-1", "one"));
		try (BatchInput<CreateEmbeddingRequest, CreateEmbeddingResponse> reopened = this.runner
			.reopen(BatchEndpoint.EMBEDDINGS, kept)) {
			assertThat(reopened.size()).isEqualTo(2);
			assertThat(reopened.request("e-0")).isEqualTo(CreateEmbeddingRequest.of("text-embedding-3-small", "zero"));
			assertThat(reopened.request("e-1")).isEqualTo(CreateEmbeddingRequest.of("text-embedding-3-small", "one"));
		}
	}

	@Test
	void aKeptInputOfAnotherEndpointIsRefused(@TempDir Path directory) throws IOException {
		Path kept = Files.writeString(directory.resolve("kept.jsonl"),
				embeddingLine("e-0", "zero").replace("/v1/embeddings", "/v1/chat/completions") + "\n");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.runner.reopen(BatchEndpoint.EMBEDDINGS, kept))
			.withMessage("Invalid value for 'url': line 1: must be /v1/embeddings like the batch "
					+ "(was \"/v1/chat/completions\")");
	}

	@Test
	void aKeptInputWithoutACustomIdIsRefused(@TempDir Path directory) throws IOException {
		Path kept = Files.writeString(directory.resolve("kept.jsonl"),
				embeddingLine("e-0", "zero") + "\n" + embeddingLine("e-1", "one").replace("\"custom_id\":\"e-1\",", ""));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.runner.reopen(BatchEndpoint.EMBEDDINGS, kept))
			.withMessage("Invalid value for 'custom_id': line 2: is required and must not be blank (was null)");
	}

	@Test
	void aCustomIdUsedTwiceIsRefused() {
		Stream<BatchRequest<CreateEmbeddingRequest>> requests = Stream.concat(embeddings(2),
				Stream.of(BatchRequest.of("e-1", CreateEmbeddingRequest.of("text-embedding-3-small", "again"))));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.runner.write(BatchEndpoint.EMBEDDINGS, requests))
			.withMessage("Invalid value for 'custom_id': must be unique within the batch, but requests 1 and 2 "
					+ "share it (was \"e-1\")");
	}

	@Test
	void aBlankCustomIdIsRefused() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> BatchRequest.of(" ", CreateEmbeddingRequest.of("text-embedding-3-small", "text")))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("custom_id"));
	}

	@Test
	@SuppressWarnings({ "rawtypes", "unchecked" })
	void aRequestOfAnotherEndpointIsRefused() {
		BatchEndpoint embeddings = BatchEndpoint.EMBEDDINGS;
		Stream requests = Stream.of(BatchRequest.of("c-1", CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4O_MINI)
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build()));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.runner.write(embeddings, requests))
			.withMessage("Invalid value for 'body': must be a CreateEmbeddingRequest for /v1/embeddings "
					+ "(request 'c-1') (was \"CreateChatCompletionRequest\")");
	}

	@Test
	void anEndpointABatchRunnerCannotTypeIsRefused() {
		assertThat(BatchEndpoint.of("/v1/responses")).isSameAs(BatchEndpoint.RESPONSES);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> BatchEndpoint.of("/v1/images/generations"))
			.withMessage("Invalid value for 'endpoint': must be one of /v1/chat/completions, /v1/responses, "
					+ "/v1/embeddings, /v1/completions, /v1/moderations (was \"/v1/images/generations\")");
	}

	@Test
	void moreRequestsThanABatchHoldsAreRefused() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.runner.write(BatchEndpoint.EMBEDDINGS, embeddings(4), 3, BatchInput.MAX_BYTES))
			.withMessage("Invalid value for 'requests': must be at most 3 in one batch (was \"more than 3\")");
	}

	@Test
	void aFileLargerThanABatchTakesIsRefused() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.runner.write(BatchEndpoint.EMBEDDINGS, embeddings(4), 10, 300))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("input file");
				assertThat(ex.getRule()).isEqualTo("must be at most 300 bytes, which request 2 would exceed");
				assertThat((Long) ex.getValue()).isGreaterThan(300);
			});
	}

	private static String embeddingLine(String customId, String text) {
		return "{\"custom_id\":\"" + customId + "\",\"method\":\"POST\",\"url\":\"/v1/embeddings\","
				+ "\"body\":{\"input\":\"" + text + "\",\"model\":\"text-embedding-3-small\"}}";
	}

	private static Stream<BatchRequest<CreateEmbeddingRequest>> embeddings(int count) {
		return IntStream.range(0, count)
			.mapToObj((n) -> BatchRequest.of("e-" + n, CreateEmbeddingRequest.of("text-embedding-3-small", "text " + n)));
	}

}
