package org.openaiboot.client;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openaiboot.models.common.Stop;
import org.openaiboot.models.assistants.CreateAssistantRequest;
import org.openaiboot.models.audio.CreateSpeechRequest;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatCompletionTool;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.completions.CreateCompletionRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest;
import org.openaiboot.models.images.CreateImageRequest;
import org.openaiboot.models.threads.CreateMessageRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bad input is rejected with a message that names the field, the rule and the value,
 * and the server never receives a request.
 */
@Timeout(30)
class BadInputTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static OpenAIClient openAI() {
		OpenAITransport transport = OpenAITransport.builder().baseUrl(server.baseUrl() + "/v1").apiKey("test-key").build();
		return OpenAIClient.of(transport, OpenAIChatClient::new, OpenAICompletionsClient::new,
				OpenAIEmbeddingsClient::new, OpenAIImagesClient::new, OpenAIAudioClient::new, OpenAIFilesClient::new,
				OpenAIFineTuningClient::new, OpenAIModelsClient::new, OpenAIModerationsClient::new,
				OpenAIAssistantsClient::new, OpenAIThreadsClient::new);
	}

	private static CreateChatCompletionRequest.Builder chat() {
		return CreateChatCompletionRequest.builder().model("gpt-4").messages(ChatCompletionRequestUserMessage.of("Hi"));
	}

	static Stream<Arguments> badInput() {
		OpenAIClient openAI = openAI();
		Map<String, String> seventeenKeys = new HashMap<>();
		IntStream.range(0, 17).forEach((i) -> seventeenKeys.put("key" + i, "value"));
		return Stream.of(
				bad("temperature", "between 0 and 2", () -> openAI.chat().createChatCompletion(chat().temperature(2.5).build())),
				bad("top_p", "between 0 and 1", () -> openAI.chat().createChatCompletion(chat().topP(1.5).build())),
				bad("n", "between 1 and 128", () -> openAI.chat().createChatCompletion(chat().n(0).build())),
				bad("frequency_penalty", "between -2 and 2",
						() -> openAI.chat().createChatCompletion(chat().frequencyPenalty(2.5).build())),
				bad("presence_penalty", "between -2 and 2",
						() -> openAI.chat().createChatCompletion(chat().presencePenalty(-3.0).build())),
				bad("stop", "between 1 and 4",
						() -> openAI.chat().createChatCompletion(chat().stop(Stop.of("a", "b", "c", "d", "e")).build())),
				bad("model", "required", () -> openAI.chat()
					.createChatCompletion(chat().model((String) null).build())),
				bad("messages", "required", () -> CreateChatCompletionRequest.builder().model("gpt-4").build()),
				bad("name", "[a-zA-Z0-9_-]", () -> openAI.chat()
					.createChatCompletion(chat().tools(ChatCompletionTool.of(FunctionObject.builder()
						.name("get weather")
						.build())).build())),
				bad("tools", "at most 128", () -> openAI.chat()
					.createChatCompletion(chat().tools(IntStream.range(0, 129)
						.mapToObj((i) -> ChatCompletionTool.of(FunctionObject.builder().name("f" + i).build()))
						.toList()).build())),
				bad("best_of", "", () -> openAI.completions()
					.createCompletion(CreateCompletionRequest.builder().model("gpt-3.5-turbo-instruct").prompt("x").n(3)
						.bestOf(2)
						.build())),
				bad("input", "", () -> openAI.embeddings()
					.createEmbedding(CreateEmbeddingRequest.builder().model("text-embedding-3-small").input("").build())),
				bad("n", "between 1 and 10", () -> openAI.images()
					.createImage(CreateImageRequest.builder().prompt("a cat").n(11).build())),
				bad("speed", "between 0.25 and 4", () -> openAI.audio()
					.createSpeech(CreateSpeechRequest.builder().model("tts-1").input("hi").voice("alloy").speed(5.0)
						.build())),
				bad("metadata", "at most 16 keys", () -> openAI.assistants()
					.createAssistant(CreateAssistantRequest.builder().model("gpt-4").metadata(seventeenKeys).build())),
				bad("name", "at most 256", () -> openAI.assistants()
					.createAssistant(CreateAssistantRequest.builder().model("gpt-4").name("n".repeat(257)).build())),
				bad("description", "at most 512", () -> openAI.assistants()
					.createAssistant(CreateAssistantRequest.builder().model("gpt-4").description("d".repeat(513))
						.build())),
				bad("content", "32768", () -> openAI.threads()
					.messages()
					.createMessage("thread_1", CreateMessageRequest.builder().content("c".repeat(32769)).build())),
				bad("suffix", "", () -> openAI.fineTuning()
					.createFineTuningJob(CreateFineTuningJobRequest.builder().model("gpt-3.5-turbo").trainingFile("file-1")
						.suffix("s".repeat(65))
						.build())),
				bad("assistant_id", "blank", () -> openAI.assistants().getAssistant(" ")),
				bad("file_id", "blank", () -> openAI.files().retrieveFile("")),
				bad("thread_id", "blank", () -> openAI.threads().runs().getRun(null, "run_1")),
				bad("run_id", "blank", () -> openAI.threads().runs().getRun("thread_1", "\t")),
				bad("model", "blank", () -> openAI.models().retrieveModel(null)),
				bad("file_id", "dot segment", () -> openAI.files().retrieveFile("..")),
				bad("file_id", "dot segment", () -> openAI.files().deleteFile(".")),
				bad("thread_id", "dot segment", () -> openAI.threads().runs().getRun("..", "run_1")));
	}

	private static Arguments bad(String field, String rule, ThrowingCallable call) {
		return Arguments.of(field, rule, call);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("badInput")
	void isRejectedBeforeAnythingIsSent(String field, String rule, ThrowingCallable call) {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getField()).contains(field);
			assertThat(ex.getRule()).contains(rule);
			assertThat(ex.getMessage()).contains("'" + ex.getField() + "'", ex.getRule(), "was ");
		});
	}

	@AfterEach
	void serverReceivedNothing() {
		server.verify(0, anyRequestedFor(anyUrl()));
	}

}
