package org.openaiboot.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatModel;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole batch job against a loopback stand-in of the files and batches APIs: 10,000
 * chat requests written, uploaded, run, awaited and read back, each result checked
 * against its own request.
 */
@Timeout(120)
class BatchRunnerTests {

	private static final int REQUESTS = 10_000;

	@TempDir
	Path directory;

	@Test
	void tenThousandRequestsComeBackEachJoinedToItsOwnRequest() throws IOException {
		try (LocalBatchServer server = new LocalBatchServer(this.directory, 2, BatchRunnerTests::answer)) {
			BatchRunner runner = runner(server);
			Set<String> seen = new HashSet<>();
			AtomicInteger failures = new AtomicInteger();
			try (Stream<BatchResult<CreateChatCompletionRequest, CreateChatCompletionResponse>> results = runner
				.run(BatchEndpoint.CHAT_COMPLETIONS, requests(REQUESTS), Duration.ofMinutes(1))) {
				results.forEach((result) -> {
					assertThat(seen.add(result.customId())).as("first result of %s", result.customId()).isTrue();
					int number = Integer.parseInt(result.customId().substring("req-".length()));
					assertThat(question(result.request())).isEqualTo("question " + number);
					if (refused(number)) {
						failures.incrementAndGet();
						assertThat(result.isSuccess()).isFalse();
						assertThat(result.statusCode()).isEqualTo(400);
						assertThat(result.error().code()).isEqualTo("refused");
						assertThat(result.error().message()).isEqualTo("Refused question " + number);
					}
					else if (expired(number)) {
						failures.incrementAndGet();
						assertThat(result.statusCode()).isNull();
						assertThat(result.error().code()).isEqualTo("batch_expired");
					}
					else {
						assertThat(result.isSuccess()).isTrue();
						assertThat(result.statusCode()).isEqualTo(200);
						assertThat(result.requestId()).isEqualTo("req_" + number);
						assertThat(result.response().choices().get(0).message().content())
							.isEqualTo("echo: question " + number);
					}
				});
			}
			assertThat(seen).hasSize(REQUESTS);
			assertThat(failures.get()).isEqualTo(
					(int) IntStream.range(0, REQUESTS).filter((n) -> refused(n) || expired(n)).count());
			assertThat(server.purposeOf("file-1")).isEqualTo("batch");
		}
	}

	@Test
	void closingTheResultsDeletesTheInputFile() throws IOException {
		try (LocalBatchServer server = new LocalBatchServer(this.directory, 0, BatchRunnerTests::answer)) {
			BatchRunner runner = runner(server);
			AtomicReference<Batch> submitted = new AtomicReference<>();
			BatchInput<CreateChatCompletionRequest, CreateChatCompletionResponse> input = runner
				.write(BatchEndpoint.CHAT_COMPLETIONS, requests(3));
			Path file = input.file();
			try (input) {
				submitted.set(runner.submit(input, Map.of("job", "test")));
				Batch done = new OpenAIBatchesClient(transport(server)).awaitBatch(submitted.get().id(),
						Duration.ofSeconds(30));
				try (Stream<BatchResult<CreateChatCompletionRequest, CreateChatCompletionResponse>> results = runner
					.results(input, done)) {
					assertThat(results.map(BatchResult::customId)).containsExactlyInAnyOrder("req-0", "req-1",
							"req-2");
				}
			}
			assertThat(submitted.get().metadata()).containsEntry("job", "test");
			assertThat(file).doesNotExist();
			assertThat(Files.readAllLines(server.file("file-1"))).hasSize(3)
				.allSatisfy((line) -> assertThat(line).matches(
						"\\{\"custom_id\":\"req-\\d\",\"method\":\"POST\",\"url\":\"/v1/chat/completions\",\"body\":\\{.*\\}\\}"));
		}
	}

	private static Stream<BatchRequest<CreateChatCompletionRequest>> requests(int count) {
		return IntStream.range(0, count)
			.mapToObj((n) -> BatchRequest.of("req-" + n, CreateChatCompletionRequest.builder()
				.model(ChatModel.GPT_4O_MINI)
				.messages(ChatCompletionRequestUserMessage.of("question " + n))
				.build()));
	}

	private static String question(CreateChatCompletionRequest request) {
		ChatCompletionRequestUserMessage message = (ChatCompletionRequestUserMessage) request.messages().get(0);
		return ((ChatCompletionRequestUserMessage.Content.OfString) message.content()).value();
	}

	private static boolean refused(int number) {
		return number % 997 == 3;
	}

	private static boolean expired(int number) {
		return number % 2503 == 11;
	}

	// what the stand-in API answers to one line of the input: the question echoed
	private static Map<String, Object> answer(JsonNode line) {
		assertThat(line.get("method").asString()).isEqualTo("POST");
		assertThat(line.get("url").asString()).isEqualTo("/v1/chat/completions");
		String customId = line.get("custom_id").asString();
		int number = Integer.parseInt(customId.substring("req-".length()));
		String question = line.at("/body/messages/0/content").asString();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", "batch_req_" + number);
		answer.put("custom_id", customId);
		if (expired(number)) {
			answer.put("response", null);
			answer.put("error", Map.of("code", "batch_expired", "message", "Not run before the batch expired"));
			return answer;
		}
		Object body = refused(number)
				? Map.of("error", Map.of("message", "Refused " + question, "type", "invalid_request_error", "param",
						"messages", "code", "refused"))
				: Map.of("id", "chatcmpl-" + number, "object", "chat.completion", "created", 1700000000, "model",
						line.at("/body/model").asString(), "choices",
						new Object[] { Map.of("index", 0, "finish_reason", "stop", "message",
								Map.of("role", "assistant", "content", "echo: " + question)) });
		answer.put("response",
				Map.of("status_code", refused(number) ? 400 : 200, "request_id", "req_" + number, "body", body));
		answer.put("error", null);
		return answer;
	}

	private static BatchRunner runner(LocalBatchServer server) {
		OpenAITransport transport = transport(server);
		return new BatchRunner(new OpenAIBatchesClient(transport), new OpenAIFilesClient(transport));
	}

	private static OpenAITransport transport(LocalBatchServer server) {
		return new RecordingTransport().builder(server.baseUrl()).build();
	}

}
