package org.openaiboot.client.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openaiboot.client.BinaryResponse;
import org.openaiboot.client.FileContent;
import org.openaiboot.client.FineTuningListParams;
import org.openaiboot.client.ListParams;
import org.openaiboot.client.OpenAIAssistantsClient;
import org.openaiboot.client.OpenAIAudioClient;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAICompletionsClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.OpenAIFilesClient;
import org.openaiboot.client.OpenAIFineTuningClient;
import org.openaiboot.client.OpenAIImagesClient;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAIModerationsClient;
import org.openaiboot.client.OpenAIThreadsClient;
import org.openaiboot.models.assistants.CreateAssistantFileRequest;
import org.openaiboot.models.assistants.CreateAssistantRequest;
import org.openaiboot.models.assistants.ModifyAssistantRequest;
import org.openaiboot.models.audio.CreateSpeechRequest;
import org.openaiboot.models.audio.CreateTranscriptionRequest;
import org.openaiboot.models.audio.CreateTranscriptionRequest.TimestampGranularity;
import org.openaiboot.models.audio.CreateTranslationRequest;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.completions.CreateCompletionRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.files.CreateFileRequest;
import org.openaiboot.models.files.OpenAIFile.Purpose;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest;
import org.openaiboot.models.images.CreateImageEditRequest;
import org.openaiboot.models.images.CreateImageRequest;
import org.openaiboot.models.images.CreateImageVariationRequest;
import org.openaiboot.models.moderations.CreateModerationRequest;
import org.openaiboot.models.threads.CreateMessageRequest;
import org.openaiboot.models.threads.CreateRunRequest;
import org.openaiboot.models.threads.CreateThreadAndRunRequest;
import org.openaiboot.models.threads.CreateThreadRequest;
import org.openaiboot.models.threads.ModifyMessageRequest;
import org.openaiboot.models.threads.ModifyRunRequest;
import org.openaiboot.models.threads.ModifyThreadRequest;
import org.openaiboot.models.threads.SubmitToolOutputsRunRequest;
import org.openaiboot.models.threads.SubmitToolOutputsRunRequest.ToolOutput;

import org.springframework.context.ApplicationContext;

/**
 * The table {@link SpecOperationConformanceTests} walks: one row per operation of the
 * spec, named by its operationId, with a minimal valid request built with the models'
 * builders and sent through the resource's auto-configured bean.
 */
final class SpecOperations {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

	private static final byte[] MP3 = { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFB };

	private SpecOperations() {
	}

	/**
	 * Every row: each call returns the parsed answer, for a list its items, for a
	 * download its bytes.
	 * @return the rows
	 */
	static List<Call> all() {
		ListParams page = ListParams.DEFAULTS.withLimit(1).withOrder(ListOrder.ASC).withAfter("obj_abc123");
		FineTuningListParams fineTuningPage = FineTuningListParams.DEFAULTS.withLimit(1).withAfter("ftjob-abc123");
		Map<String, String> metadata = Map.of("modified", "true");
		return List.of(
				call("createChatCompletion", OpenAIChatClient.class, (chat) -> chat.createChatCompletion(chat())),
				call("createCompletion", OpenAICompletionsClient.class,
						(completions) -> completions.createCompletion(completion())),
				call("createImage", OpenAIImagesClient.class,
						(images) -> images.createImage(CreateImageRequest.of("A cute baby sea otter")).data()),
				call("createImageEdit", OpenAIImagesClient.class, (images) -> images
					.createImageEdit(CreateImageEditRequest.of("The otter wearing a beret"), image()).data()),
				call("createImageVariation", OpenAIImagesClient.class, (images) -> images
					.createImageVariation(CreateImageVariationRequest.builder().n(1).build(), image()).data()),
				call("createEmbedding", OpenAIEmbeddingsClient.class, (embeddings) -> embeddings
					.createEmbedding(CreateEmbeddingRequest.of("text-embedding-ada-002", "The food was delicious"))
					.data()),
				call("createSpeech", OpenAIAudioClient.class,
						(audio) -> bytes(audio.createSpeech(CreateSpeechRequest.of("tts-1", "Hello", "alloy")))),
				call("createTranscription", OpenAIAudioClient.class, (audio) -> audio.createTranscription(
						CreateTranscriptionRequest.builder()
							.model("whisper-1")
							.timestampGranularities(TimestampGranularity.SEGMENT)
							.build(),
						audio())),
				call("createTranslation", OpenAIAudioClient.class,
						(audio) -> audio.createTranslation(CreateTranslationRequest.of("whisper-1"), audio())),
				call("listFiles", OpenAIFilesClient.class, (files) -> files.listFiles(Purpose.FINE_TUNE).data()),
				call("createFile", OpenAIFilesClient.class, (files) -> files.createFile(
						CreateFileRequest.of(CreateFileRequest.Purpose.FINE_TUNE),
						FileContent.of("{\"prompt\":\"a\",\"completion\":\"b\"}\n".getBytes(StandardCharsets.UTF_8),
								"train.jsonl"))),
				call("deleteFile", OpenAIFilesClient.class, (files) -> files.deleteFile("file-abc123")),
				call("retrieveFile", OpenAIFilesClient.class, (files) -> files.retrieveFile("file-abc123")),
				call("downloadFile", OpenAIFilesClient.class, (files) -> bytes(files.downloadFile("file-abc123"))),
				call("createFineTuningJob", OpenAIFineTuningClient.class, (fineTuning) -> fineTuning
					.createFineTuningJob(CreateFineTuningJobRequest.of("gpt-3.5-turbo", "file-abc123"))),
				call("listPaginatedFineTuningJobs", OpenAIFineTuningClient.class,
						(fineTuning) -> fineTuning.listPaginatedFineTuningJobs(fineTuningPage).data()),
				call("retrieveFineTuningJob", OpenAIFineTuningClient.class,
						(fineTuning) -> fineTuning.retrieveFineTuningJob("ftjob-abc123")),
				call("listFineTuningEvents", OpenAIFineTuningClient.class,
						(fineTuning) -> fineTuning.listFineTuningEvents("ftjob-abc123", fineTuningPage).data()),
				call("cancelFineTuningJob", OpenAIFineTuningClient.class,
						(fineTuning) -> fineTuning.cancelFineTuningJob("ftjob-abc123")),
				call("listModels", OpenAIModelsClient.class, (models) -> models.listModels().data()),
				call("retrieveModel", OpenAIModelsClient.class, (models) -> models.retrieveModel("gpt-3.5-turbo")),
				call("deleteModel", OpenAIModelsClient.class,
						(models) -> models.deleteModel("ft:gpt-3.5-turbo:acemeco:suffix:abc123")),
				call("createModeration", OpenAIModerationsClient.class, (moderations) -> moderations
					.createModeration(CreateModerationRequest.of("I want to kill them.")).results()),
				call("listAssistants", OpenAIAssistantsClient.class,
						(assistants) -> assistants.listAssistants(page).data()),
				call("createAssistant", OpenAIAssistantsClient.class,
						(assistants) -> assistants.createAssistant(CreateAssistantRequest.of("gpt-4"))),
				call("getAssistant", OpenAIAssistantsClient.class,
						(assistants) -> assistants.getAssistant("asst_abc123")),
				call("modifyAssistant", OpenAIAssistantsClient.class, (assistants) -> assistants
					.modifyAssistant("asst_abc123", ModifyAssistantRequest.builder().name("Math Tutor").build())),
				call("deleteAssistant", OpenAIAssistantsClient.class,
						(assistants) -> assistants.deleteAssistant("asst_abc123")),
				call("createThread", OpenAIThreadsClient.class, (threads) -> threads.createThread(
						CreateThreadRequest.builder().messages(List.of(CreateMessageRequest.of("user", "Hello"))).build())),
				call("getThread", OpenAIThreadsClient.class, (threads) -> threads.getThread("thread_abc123")),
				call("modifyThread", OpenAIThreadsClient.class,
						(threads) -> threads.modifyThread("thread_abc123", ModifyThreadRequest.of(metadata))),
				call("deleteThread", OpenAIThreadsClient.class, (threads) -> threads.deleteThread("thread_abc123")),
				call("listMessages", OpenAIThreadsClient.class,
						(threads) -> threads.messages().listMessages("thread_abc123", page).data()),
				call("createMessage", OpenAIThreadsClient.class, (threads) -> threads.messages().createMessage("thread_abc123",
						CreateMessageRequest.of("user", "How does AI work?"))),
				call("getMessage", OpenAIThreadsClient.class,
						(threads) -> threads.messages().getMessage("thread_abc123", "msg_abc123")),
				call("modifyMessage", OpenAIThreadsClient.class, (threads) -> threads.messages().modifyMessage("thread_abc123",
						"msg_abc123", ModifyMessageRequest.of(metadata))),
				call("createThreadAndRun", OpenAIThreadsClient.class,
						(threads) -> threads.createThreadAndRun(CreateThreadAndRunRequest.of("asst_abc123"))),
				call("listRuns", OpenAIThreadsClient.class, (threads) -> threads.runs().listRuns("thread_abc123", page).data()),
				call("createRun", OpenAIThreadsClient.class,
						(threads) -> threads.runs().createRun("thread_abc123", CreateRunRequest.of("asst_abc123"))),
				call("getRun", OpenAIThreadsClient.class, (threads) -> threads.runs().getRun("thread_abc123", "run_abc123")),
				call("modifyRun", OpenAIThreadsClient.class,
						(threads) -> threads.runs().modifyRun("thread_abc123", "run_abc123", ModifyRunRequest.of(metadata))),
				call("submitToolOuputsToRun", OpenAIThreadsClient.class,
						(threads) -> threads.runs().submitToolOutputsToRun("thread_abc123", "run_abc123",
								SubmitToolOutputsRunRequest.of(List.of(ToolOutput.of("call_abc123", "28C"))))),
				call("cancelRun", OpenAIThreadsClient.class,
						(threads) -> threads.runs().cancelRun("thread_abc123", "run_abc123")),
				call("listRunSteps", OpenAIThreadsClient.class,
						(threads) -> threads.runs().listRunSteps("thread_abc123", "run_abc123", page).data()),
				call("getRunStep", OpenAIThreadsClient.class,
						(threads) -> threads.runs().getRunStep("thread_abc123", "run_abc123", "step_abc123")),
				call("listAssistantFiles", OpenAIAssistantsClient.class,
						(assistants) -> assistants.listAssistantFiles("asst_abc123", page).data()),
				call("createAssistantFile", OpenAIAssistantsClient.class, (assistants) -> assistants
					.createAssistantFile("asst_abc123", CreateAssistantFileRequest.of("file-abc123"))),
				call("getAssistantFile", OpenAIAssistantsClient.class,
						(assistants) -> assistants.getAssistantFile("asst_abc123", "file-abc123")),
				call("deleteAssistantFile", OpenAIAssistantsClient.class,
						(assistants) -> assistants.deleteAssistantFile("asst_abc123", "file-abc123")),
				call("listMessageFiles", OpenAIThreadsClient.class,
						(threads) -> threads.messages().listMessageFiles("thread_abc123", "msg_abc123", page).data()),
				call("getMessageFile", OpenAIThreadsClient.class,
						(threads) -> threads.messages().getMessageFile("thread_abc123", "msg_abc123", "file-abc123")));
	}

	static CreateChatCompletionRequest chat() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-3.5-turbo")
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
	}

	static CreateCompletionRequest completion() {
		return CreateCompletionRequest.of("gpt-3.5-turbo-instruct", "Say this is a test");
	}

	private static FileContent image() {
		return FileContent.of(PNG, "otter.png");
	}

	private static FileContent audio() {
		return FileContent.of(MP3, "speech.mp3");
	}

	private static byte[] bytes(BinaryResponse response) throws IOException {
		try (response) {
			return response.body().readAllBytes();
		}
	}

	private static <C> Call call(String operationId, Class<C> bean, BeanCall<C> call) {
		return new Call(operationId, (context) -> {
			try {
				return call.apply(context.getBean(bean));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * One row of the table: an operation of the spec, and how to call it through its
	 * bean.
	 *
	 * @param operationId the spec's operationId
	 * @param invoke the call, returning what must be a parsed value (for a list, its
	 * items)
	 */
	record Call(String operationId, Function<ApplicationContext, Object> invoke) {

	}

	@FunctionalInterface
	interface BeanCall<C> {

		Object apply(C bean) throws IOException;

	}

}
