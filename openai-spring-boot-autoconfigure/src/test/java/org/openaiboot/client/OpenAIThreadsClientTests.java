package org.openaiboot.client;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.assistants.AssistantToolsRetrieval;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.threads.CreateMessageRequest;
import org.openaiboot.models.threads.CreateRunRequest;
import org.openaiboot.models.threads.CreateThreadAndRunRequest;
import org.openaiboot.models.threads.CreateThreadRequest;
import org.openaiboot.models.threads.DeleteThreadResponse;
import org.openaiboot.models.threads.MessageContentTextObject;
import org.openaiboot.models.threads.MessageFileObject;
import org.openaiboot.models.threads.MessageObject;
import org.openaiboot.models.threads.ModifyMessageRequest;
import org.openaiboot.models.threads.ModifyRunRequest;
import org.openaiboot.models.threads.ModifyThreadRequest;
import org.openaiboot.models.threads.RunObject;
import org.openaiboot.models.threads.RunStepDetailsMessageCreationObject;
import org.openaiboot.models.threads.RunStepObject;
import org.openaiboot.models.threads.SubmitToolOutputsRunRequest;
import org.openaiboot.models.threads.ThreadObject;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIThreadsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String BETA = "assistants=v1";

	static final String THREAD = """
			{"id":"thread_abc123","object":"thread","created_at":1699012949,"metadata":{"user":"u-1"}}
			""";

	static final String NOT_FOUND = """
			{"error":{"message":"No run found with id 'run_missing'.","type":"invalid_request_error",
			 "param":null,"code":"not_found"}}
			""";

	static final String REQUIRES_ACTION = """
			{"type":"submit_tool_outputs","submit_tool_outputs":{"tool_calls":[{"id":"call_abc123","type":"function",
			 "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private OpenAITransport transport() {
		// the observation only, without the token and retry meters
		return this.recording.builder(server.baseUrl()).meterRegistry(null).build();
	}

	private OpenAIThreadsClient client() {
		return new OpenAIThreadsClient(transport());
	}

	static String message(String id) {
		return """
				{"id":"%s","object":"thread.message","created_at":1699017614,"thread_id":"thread_abc123","role":"user",
				 "content":[{"type":"text","text":{"value":"How does AI work?","annotations":[]}}],
				 "file_ids":["file-abc123"],"assistant_id":null,"run_id":null,"metadata":{}}
				""".formatted(id);
	}

	static String messageFile(String id) {
		return """
				{"id":"%s","object":"thread.message.file","created_at":1699061776,"message_id":"msg_abc123"}
				""".formatted(id);
	}

	static String run(String id) {
		return run(id, "queued", "null", "null");
	}

	static String run(String id, String status, String requiredAction, String usage) {
		return """
				{"id":"%s","object":"thread.run","created_at":1699063290,"assistant_id":"asst_abc123",
				 "thread_id":"thread_abc123","status":"%s","started_at":1699063290,"expires_at":1699063890,
				 "cancelled_at":null,"failed_at":null,"completed_at":null,"last_error":null,"model":"gpt-4",
				 "instructions":"You are a helpful assistant.","tools":[{"type":"retrieval"}],"file_ids":[],
				 "metadata":{},"required_action":%s,"usage":%s}
				""".formatted(id, status, requiredAction, usage);
	}

	static String runStep(String id) {
		return """
				{"id":"%s","object":"thread.run.step","created_at":1699063291,"run_id":"run_abc123",
				 "assistant_id":"asst_abc123","thread_id":"thread_abc123","type":"message_creation",
				 "status":"completed",
				 "cancelled_at":null,"completed_at":1699063291,"expired_at":null,"failed_at":null,"last_error":null,
				 "step_details":{"type":"message_creation","message_creation":{"message_id":"msg_abc123"}},
				 "metadata":null,"usage":{"prompt_tokens":123,"completion_tokens":456,"total_tokens":579}}
				""".formatted(id);
	}

	static String page(List<String> items, String firstId, String lastId, boolean hasMore) {
		return """
				{"object":"list","data":[%s],"first_id":"%s","last_id":"%s","has_more":%s}
				""".formatted(String.join(",", items), firstId, lastId, hasMore);
	}

	private static RequestPatternBuilder beta(RequestPatternBuilder request) {
		return request.withHeader("OpenAI-Beta", equalTo(BETA)).withHeader("Authorization", equalTo("Bearer test-key"));
	}

	private double requests(String operation, String model) {
		return this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", operation)
			.tag("openai.model", model)
			.timer()
			.count();
	}

	@Test
	void createThreadWithMessages() {
		server.stubFor(post("/v1/threads").willReturn(okJson(THREAD)));
		ThreadObject thread = client().createThread(CreateThreadRequest.builder()
			.messages(CreateMessageRequest.builder()
				.role(CreateMessageRequest.Role.USER)
				.content("Hello")
				.fileIds("file-abc123")
				.build())
			.metadata(Map.of("user", "u-1"))
			.build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads")))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"messages":[{"role":"user","content":"Hello","file_ids":["file-abc123"]}],
					 "metadata":{"user":"u-1"}}
					""")));
		assertThat(thread.id()).isEqualTo("thread_abc123");
		assertThat(thread.object()).isEqualTo(ThreadObject.OBJECT);
		assertThat(thread.metadata()).containsEntry("user", "u-1");
	}

	@Test
	void createEmptyThreadSendsEmptyObject() {
		server.stubFor(post("/v1/threads").willReturn(okJson(THREAD)));
		assertThat(client().createThread().createdAt()).isEqualTo(1699012949L);
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads"))).withRequestBody(equalToJson("{}")));
	}

	@Test
	void getThread() {
		server.stubFor(get("/v1/threads/thread_abc123").willReturn(okJson(THREAD)));
		assertThat(client().getThread("thread_abc123").id()).isEqualTo("thread_abc123");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123"))).withRequestBody(absent()));
	}

	@Test
	void modifyThread() {
		server.stubFor(post("/v1/threads/thread_abc123").willReturn(okJson(THREAD)));
		ThreadObject thread = client().modifyThread("thread_abc123", ModifyThreadRequest.of(Map.of("user", "u-1")));
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123")))
			.withRequestBody(equalToJson("""
					{"metadata":{"user":"u-1"}}
					""")));
		assertThat(thread.metadata()).containsEntry("user", "u-1");
	}

	@Test
	void deleteThread() {
		server.stubFor(delete("/v1/threads/thread_abc123").willReturn(okJson("""
				{"id":"thread_abc123","object":"thread.deleted","deleted":true}
				""")));
		DeleteThreadResponse deleted = client().deleteThread("thread_abc123");
		server.verify(beta(deleteRequestedFor(urlEqualTo("/v1/threads/thread_abc123"))));
		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.object()).isEqualTo(DeleteThreadResponse.OBJECT);
	}

	@Test
	void listMessages() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/messages"))
			.willReturn(okJson(page(List.of(message("msg_1"), message("msg_2")), "msg_1", "msg_2", true))));
		Page<MessageObject> page = client().messages().listMessages("thread_abc123",
				new ListParams(2, ListOrder.ASC, "msg_0", "msg_9"));
		server.verify(beta(getRequestedFor(
				urlEqualTo("/v1/threads/thread_abc123/messages?limit=2&order=asc&after=msg_0&before=msg_9"))));
		assertThat(page.data()).extracting(MessageObject::id).containsExactly("msg_1", "msg_2");
		assertThat(page.lastId()).isEqualTo("msg_2");
		assertThat(page.hasMore()).isTrue();
	}

	@Test
	void listMessagesWithoutParams() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/messages"))
			.willReturn(okJson(page(List.of(message("msg_1")), "msg_1", "msg_1", false))));
		assertThat(client().messages().listMessages("thread_abc123", ListParams.DEFAULTS).data()).hasSize(1);
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages"))));
	}

	@Test
	void createMessage() {
		server.stubFor(post("/v1/threads/thread_abc123/messages").willReturn(okJson(message("msg_abc123"))));
		MessageObject message = client().messages().createMessage("thread_abc123",
				CreateMessageRequest.builder()
					.role(CreateMessageRequest.Role.USER)
					.content("How does AI work?")
					.metadata(Map.of("source", "web"))
					.build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages")))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"role":"user","content":"How does AI work?","metadata":{"source":"web"}}
					""")));
		assertThat(message.id()).isEqualTo("msg_abc123");
		assertThat(message.object()).isEqualTo(MessageObject.OBJECT);
		assertThat(message.role()).isEqualTo(MessageObject.Role.USER);
		assertThat(message.content().get(0)).isInstanceOfSatisfying(MessageContentTextObject.class,
				(text) -> assertThat(text.text().value()).isEqualTo("How does AI work?"));
		assertThat(message.assistantId()).isNull();
	}

	@Test
	void getMessage() {
		server.stubFor(get("/v1/threads/thread_abc123/messages/msg_abc123").willReturn(okJson(message("msg_abc123"))));
		MessageObject message = client().messages().getMessage("thread_abc123", "msg_abc123");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages/msg_abc123"))));
		assertThat(message.threadId()).isEqualTo("thread_abc123");
		assertThat(message.fileIds()).containsExactly("file-abc123");
	}

	@Test
	void modifyMessage() {
		server.stubFor(post("/v1/threads/thread_abc123/messages/msg_abc123").willReturn(okJson(message("msg_abc123"))));
		MessageObject message = client().messages().modifyMessage("thread_abc123", "msg_abc123",
				ModifyMessageRequest.builder().metadata(Map.of("modified", "true")).build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages/msg_abc123")))
			.withRequestBody(equalToJson("""
					{"metadata":{"modified":"true"}}
					""")));
		assertThat(message.id()).isEqualTo("msg_abc123");
	}

	@Test
	void listMessageFiles() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/messages/msg_abc123/files"))
			.willReturn(okJson(page(List.of(messageFile("file-1")), "file-1", "file-1", false))));
		Page<MessageFileObject> page = client().messages().listMessageFiles("thread_abc123", "msg_abc123",
				ListParams.DEFAULTS.withLimit(5).withOrder(ListOrder.DESC));
		server.verify(beta(
				getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages/msg_abc123/files?limit=5&order=desc"))));
		assertThat(page.data()).extracting(MessageFileObject::messageId).containsExactly("msg_abc123");
	}

	@Test
	void listMessageFilesWithoutParams() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/messages/msg_abc123/files"))
			.willReturn(okJson(page(List.of(), "", "", false))));
		assertThat(client().messages().listMessageFiles("thread_abc123", "msg_abc123", ListParams.DEFAULTS).data()).isEmpty();
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages/msg_abc123/files"))));
	}

	@Test
	void getMessageFile() {
		server.stubFor(get("/v1/threads/thread_abc123/messages/msg_abc123/files/file-abc123")
			.willReturn(okJson(messageFile("file-abc123"))));
		MessageFileObject file = client().messages().getMessageFile("thread_abc123", "msg_abc123", "file-abc123");
		server.verify(beta(
				getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages/msg_abc123/files/file-abc123"))));
		assertThat(file.id()).isEqualTo("file-abc123");
		assertThat(file.object()).isEqualTo(MessageFileObject.OBJECT);
		assertThat(file.createdAt()).isEqualTo(1699061776L);
	}

	@Test
	void createThreadAndRunSendsBodyAndTagsModel() {
		server.stubFor(post("/v1/threads/runs").willReturn(okJson(run("run_abc123"))));
		RunObject run = client().createThreadAndRun(CreateThreadAndRunRequest.builder()
			.assistantId("asst_abc123")
			.thread(CreateThreadRequest.builder()
				.messages(CreateMessageRequest.of("user", "Explain deep learning to a 5 year old."))
				.build())
			.model("gpt-4")
			.instructions("You are a helpful assistant.")
			.tools(AssistantToolsRetrieval.of())
			.build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/runs")))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"assistant_id":"asst_abc123","model":"gpt-4","instructions":"You are a helpful assistant.",
					 "tools":[{"type":"retrieval"}],
					 "thread":{"messages":[{"role":"user","content":"Explain deep learning to a 5 year old."}]}}
					""")));
		assertThat(run.id()).isEqualTo("run_abc123");
		assertThat(run.object()).isEqualTo(RunObject.OBJECT);
		assertThat(run.status()).isEqualTo(RunObject.Status.QUEUED);
		assertThat(run.threadId()).isEqualTo("thread_abc123");
		assertThat(requests("createThreadAndRun", "gpt-4")).isEqualTo(1);
	}

	@Test
	void listRuns() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/runs")).willReturn(okJson(page(
				List.of(run("run_1", "completed", "null",
						"{\"prompt_tokens\":10,\"completion_tokens\":20,\"total_tokens\":30}")),
				"run_1", "run_1", false))));
		Page<RunObject> page = client().runs().listRuns("thread_abc123", ListParams.DEFAULTS.withBefore("run_9"));
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs?before=run_9"))));
		assertThat(page.data()).singleElement().satisfies((run) -> {
			assertThat(run.status()).isEqualTo(RunObject.Status.COMPLETED);
			assertThat(run.usage().totalTokens()).isEqualTo(30);
		});
	}

	@Test
	void listRunsWithoutParams() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/runs"))
			.willReturn(okJson(page(List.of(run("run_1")), "run_1", "run_1", false))));
		assertThat(client().runs().listRuns("thread_abc123", ListParams.DEFAULTS).data()).hasSize(1);
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs"))));
	}

	@Test
	void createRunSendsBodyAndTagsModel() {
		server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(okJson(run("run_abc123"))));
		RunObject run = client().runs().createRun("thread_abc123", CreateRunRequest.builder()
			.assistantId("asst_abc123")
			.model("gpt-4")
			.additionalInstructions("Address the user as Jane.")
			.metadata(Map.of("ticket", "42"))
			.build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs")))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"assistant_id":"asst_abc123","model":"gpt-4","additional_instructions":"Address the user as Jane.",
					 "metadata":{"ticket":"42"}}
					""")));
		assertThat(run.assistantId()).isEqualTo("asst_abc123");
		assertThat(run.model()).isEqualTo("gpt-4");
		assertThat(requests("createRun", "gpt-4")).isEqualTo(1);
	}

	@Test
	void createRunWithoutModelIsNotTaggedWithOne() {
		server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(okJson(run("run_abc123"))));
		client().runs().createRun("thread_abc123", CreateRunRequest.of("asst_abc123"));
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs")))
			.withRequestBody(equalToJson("""
					{"assistant_id":"asst_abc123"}
					""")));
		assertThat(requests("createRun", "none")).isEqualTo(1);
	}

	@Test
	void getRunParsesRequiredAction() {
		server.stubFor(get("/v1/threads/thread_abc123/runs/run_abc123")
			.willReturn(okJson(run("run_abc123", "requires_action", REQUIRES_ACTION, "null"))));
		RunObject run = client().runs().getRun("thread_abc123", "run_abc123");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_abc123"))));
		assertThat(run.status()).isEqualTo(RunObject.Status.REQUIRES_ACTION);
		assertThat(run.requiredAction().type()).isEqualTo(RunObject.RequiredAction.TYPE);
		assertThat(run.requiredAction().submitToolOutputs().toolCalls()).singleElement().satisfies((call) -> {
			assertThat(call.id()).isEqualTo("call_abc123");
			assertThat(call.function().name()).isEqualTo("get_weather");
			assertThat(call.function().arguments()).isEqualTo("{\"city\":\"Paris\"}");
		});
		assertThat(run.expiresAt()).isEqualTo(1699063890L);
	}

	@Test
	void modifyRun() {
		server.stubFor(post("/v1/threads/thread_abc123/runs/run_abc123").willReturn(okJson(run("run_abc123"))));
		RunObject run = client().runs().modifyRun("thread_abc123", "run_abc123", ModifyRunRequest.of(Map.of("user", "u-1")));
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_abc123")))
			.withRequestBody(equalToJson("""
					{"metadata":{"user":"u-1"}}
					""")));
		assertThat(run.id()).isEqualTo("run_abc123");
	}

	@Test
	void submitToolOutputsToRunUsesTheCorrectlySpelledOperation() {
		server.stubFor(post("/v1/threads/thread_abc123/runs/run_abc123/submit_tool_outputs")
			.willReturn(okJson(run("run_abc123"))));
		RunObject run = client().runs().submitToolOutputsToRun("thread_abc123", "run_abc123",
				SubmitToolOutputsRunRequest.of(List.of(SubmitToolOutputsRunRequest.ToolOutput.of("call_abc123", "22C"))));
		String path = "/v1/threads/thread_abc123/runs/run_abc123/submit_tool_outputs";
		server.verify(beta(postRequestedFor(urlEqualTo(path))).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"tool_outputs":[{"tool_call_id":"call_abc123","output":"22C"}]}
					""")));
		assertThat(run.status()).isEqualTo(RunObject.Status.QUEUED);
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "submitToolOutputsToRun")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void cancelRunSendsNoBody() {
		server.stubFor(post("/v1/threads/thread_abc123/runs/run_abc123/cancel")
			.willReturn(okJson(run("run_abc123", "cancelling", "null", "null"))));
		RunObject run = client().runs().cancelRun("thread_abc123", "run_abc123");
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_abc123/cancel")))
			.withHeader("Content-Type", absent())
			.withRequestBody(absent()));
		assertThat(run.status()).isEqualTo(RunObject.Status.CANCELLING);
	}

	@Test
	void listRunSteps() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/runs/run_abc123/steps"))
			.willReturn(okJson(page(List.of(runStep("step_1"), runStep("step_2")), "step_1", "step_2", false))));
		Page<RunStepObject> page = client().runs().listRunSteps("thread_abc123", "run_abc123",
				ListParams.DEFAULTS.withLimit(2).withAfter("step_0"));
		server.verify(beta(
				getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_abc123/steps?limit=2&after=step_0"))));
		assertThat(page.data()).extracting(RunStepObject::id).containsExactly("step_1", "step_2");
	}

	@Test
	void listRunStepsWithoutParams() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/runs/run_abc123/steps"))
			.willReturn(okJson(page(List.of(runStep("step_1")), "step_1", "step_1", false))));
		assertThat(client().runs().listRunSteps("thread_abc123", "run_abc123", ListParams.DEFAULTS).data()).hasSize(1);
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_abc123/steps"))));
	}

	@Test
	void getRunStep() {
		server.stubFor(get("/v1/threads/thread_abc123/runs/run_abc123/steps/step_abc123")
			.willReturn(okJson(runStep("step_abc123"))));
		RunStepObject step = client().runs().getRunStep("thread_abc123", "run_abc123", "step_abc123");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_abc123/steps/step_abc123"))));
		assertThat(step.object()).isEqualTo(RunStepObject.OBJECT);
		assertThat(step.type()).isEqualTo(RunStepObject.Type.MESSAGE_CREATION);
		assertThat(step.status()).isEqualTo(RunStepObject.Status.COMPLETED);
		assertThat(step.stepDetails()).isInstanceOfSatisfying(RunStepDetailsMessageCreationObject.class,
				(details) -> assertThat(details.messageCreation().messageId()).isEqualTo("msg_abc123"));
		assertThat(step.usage().totalTokens()).isEqualTo(579);
	}

	@Test
	void listMessagesAutoPagingFollowsTheCursorAcrossThreePages() {
		String path = "/v1/threads/thread_abc123/messages";
		stubThreePages(path, OpenAIThreadsClientTests::message);
		Stream<MessageObject> all = client().messages().listMessages("thread_abc123", params()).autoPaging();
		assertThat(all.map(MessageObject::id)).containsExactly("id_1", "id_2", "id_3", "id_4", "id_5");
		verifyThreePages(path);
	}

	@Test
	void listMessageFilesAutoPagingFollowsTheCursorAcrossThreePages() {
		String path = "/v1/threads/thread_abc123/messages/msg_abc123/files";
		stubThreePages(path, OpenAIThreadsClientTests::messageFile);
		Stream<MessageFileObject> all = client().messages().listMessageFiles("thread_abc123", "msg_abc123", params())
			.autoPaging();
		assertThat(all.map(MessageFileObject::id)).containsExactly("id_1", "id_2", "id_3", "id_4", "id_5");
		verifyThreePages(path);
	}

	@Test
	void listRunsAutoPagingFollowsTheCursorAcrossThreePages() {
		String path = "/v1/threads/thread_abc123/runs";
		stubThreePages(path, OpenAIThreadsClientTests::run);
		Stream<RunObject> all = client().runs().listRuns("thread_abc123", params()).autoPaging();
		assertThat(all.map(RunObject::id)).containsExactly("id_1", "id_2", "id_3", "id_4", "id_5");
		verifyThreePages(path);
	}

	@Test
	void listRunStepsAutoPagingFollowsTheCursorAcrossThreePages() {
		String path = "/v1/threads/thread_abc123/runs/run_abc123/steps";
		stubThreePages(path, OpenAIThreadsClientTests::runStep);
		Stream<RunStepObject> all = client().runs().listRunSteps("thread_abc123", "run_abc123", params()).autoPaging();
		assertThat(all.map(RunStepObject::id)).containsExactly("id_1", "id_2", "id_3", "id_4", "id_5");
		verifyThreePages(path);
	}

	@Test
	void autoPagingWithoutParamsFetchesOnlyThePagesThatAreConsumed() {
		stubThreePages("/v1/threads/thread_abc123/runs", OpenAIThreadsClientTests::run);
		stubThreePages("/v1/threads/thread_abc123/runs/run_abc123/steps", OpenAIThreadsClientTests::runStep);
		stubThreePages("/v1/threads/thread_abc123/messages", OpenAIThreadsClientTests::message);
		stubThreePages("/v1/threads/thread_abc123/messages/msg_abc123/files", OpenAIThreadsClientTests::messageFile);
		OpenAIThreadsClient client = client();
		ListParams defaults = ListParams.DEFAULTS;
		assertThat(client.runs().listRuns("thread_abc123", defaults).autoPaging().limit(3)).hasSize(3);
		assertThat(client.runs().listRunSteps("thread_abc123", "run_abc123", defaults).autoPaging().limit(1)).hasSize(1);
		assertThat(client.messages().listMessages("thread_abc123", defaults).autoPaging().limit(2)).hasSize(2);
		assertThat(client.messages().listMessageFiles("thread_abc123", "msg_abc123", defaults).autoPaging()).hasSize(5);
		server.verify(2, getRequestedFor(urlPathEqualTo("/v1/threads/thread_abc123/runs")));
		server.verify(1, getRequestedFor(urlPathEqualTo("/v1/threads/thread_abc123/runs/run_abc123/steps")));
		server.verify(1, getRequestedFor(urlPathEqualTo("/v1/threads/thread_abc123/messages")));
		server.verify(3, getRequestedFor(urlPathEqualTo("/v1/threads/thread_abc123/messages/msg_abc123/files")));
		server.verify(0, getRequestedFor(anyUrl()).withQueryParam("limit", equalTo("2")));
	}

	@Test
	void customBetaVersionIsSent() {
		server.stubFor(any(anyUrl()).willReturn(okJson(run("run_abc123"))));
		OpenAIThreadsClient client = new OpenAIThreadsClient(transport(), "assistants=v2");
		client.runs().getRun("thread_abc123", "run_abc123");
		client.runs().cancelRun("thread_abc123", "run_abc123");
		server.verify(2, anyRequestedFor(anyUrl()).withHeader("OpenAI-Beta", equalTo("assistants=v2")));
		server.verify(0, anyRequestedFor(anyUrl()).withHeader("OpenAI-Beta", equalTo(BETA)));
	}

	@Test
	void defaultBetaVersion() {
		assertThat(OpenAIThreadsClient.DEFAULT_BETA_VERSION).isEqualTo(BETA);
	}

	@Test
	void rejectsBlankBetaVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OpenAIThreadsClient(transport(), ""));
	}

	@Test
	void notFoundGivesNotFoundException() {
		server.stubFor(get("/v1/threads/thread_abc123/runs/run_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_456")
			.withBody(NOT_FOUND)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> client().runs().getRun("thread_abc123", "run_missing"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getCode()).isEqualTo("not_found");
				assertThat(ex.getParam()).isNull();
				assertThat(ex.getErrorMessage()).isEqualTo("No run found with id 'run_missing'.");
				assertThat(ex.getRequestId()).isEqualTo("req_456");
			});
		server.verify(1, getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs/run_missing")));
	}

	@Test
	void blankOrMissingIdsAreRejectedBeforeSending() {
		server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		OpenAIThreadsClient client = client();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.getThread(" "))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("thread_id"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.modifyThread("", ModifyThreadRequest.of(Map.of())));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.deleteThread(null));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.messages().listMessages("", ListParams.DEFAULTS));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.messages().createMessage("", CreateMessageRequest.of("user", "Hi")));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.messages().getMessage("thread_abc123", " "))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("message_id"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(
				() -> client.messages().modifyMessage("thread_abc123", "", ModifyMessageRequest.of(Map.of())));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.messages().listMessageFiles(" ", "msg_1", ListParams.DEFAULTS));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.messages().getMessageFile("thread_abc123", "msg_abc123", "\n"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("file_id"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.runs().listRuns("", ListParams.DEFAULTS));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.runs().createRun(" ", CreateRunRequest.of("asst_abc123")));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.runs().getRun("thread_abc123", ""))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("run_id"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.runs().modifyRun("", "run_abc123", ModifyRunRequest.of(Map.of())));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.runs().submitToolOutputsToRun(
				"thread_abc123", " ",
				SubmitToolOutputsRunRequest.of(List.of(SubmitToolOutputsRunRequest.ToolOutput.of("call_1", "out")))));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.runs().cancelRun("thread_abc123", " "));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.runs().listRunSteps("thread_abc123", "", ListParams.DEFAULTS));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.runs().getRunStep("thread_abc123", "run_abc123", " "))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("step_id"));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void nullBodiesAreRejectedBeforeSending() {
		OpenAIThreadsClient client = client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.createThread(null))
			.withMessage("request must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.createThreadAndRun(null));
		assertThatIllegalArgumentException().isThrownBy(() -> client.runs().createRun("thread_abc123", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.runs().submitToolOutputsToRun("thread_abc123", "run_abc123", null));
		assertThatIllegalArgumentException().isThrownBy(() -> client.runs().listRuns("thread_abc123", null));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void pathVariablesAreUrlEncoded() {
		server.stubFor(get(urlPathEqualTo("/v1/threads/thread%201/runs/run%3F2/steps/step%233%26"))
			.willReturn(okJson(runStep("step#3&"))));
		RunStepObject step = client().runs().getRunStep("thread 1", "run?2", "step#3&");
		assertThat(step.id()).isEqualTo("step#3&");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/threads/thread%201/runs/run%3F2/steps/step%233%26"))));
	}

	private static ListParams params() {
		return ListParams.DEFAULTS.withLimit(2).withOrder(ListOrder.DESC);
	}

	private static void stubThreePages(String path, Function<String, String> item) {
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", absent())
			.willReturn(okJson(page(List.of(item.apply("id_1"), item.apply("id_2")), "id_1", "id_2", true))));
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("id_2"))
			.willReturn(okJson(page(List.of(item.apply("id_3"), item.apply("id_4")), "id_3", "id_4", true))));
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("id_4"))
			.willReturn(okJson(page(List.of(item.apply("id_5")), "id_5", "id_5", false))));
	}

	private static void verifyThreePages(String path) {
		server.verify(3, getRequestedFor(urlPathEqualTo(path)));
		server.verify(beta(getRequestedFor(urlEqualTo(path + "?limit=2&order=desc"))));
		server.verify(beta(getRequestedFor(urlEqualTo(path + "?limit=2&order=desc&after=id_2"))));
		server.verify(beta(getRequestedFor(urlEqualTo(path + "?limit=2&order=desc&after=id_4"))));
	}

}
