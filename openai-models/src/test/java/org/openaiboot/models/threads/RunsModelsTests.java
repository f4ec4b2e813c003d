package org.openaiboot.models.threads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.models.assistants.AssistantTool;
import org.openaiboot.models.assistants.AssistantToolsCode;
import org.openaiboot.models.assistants.AssistantToolsFunction;
import org.openaiboot.models.assistants.AssistantToolsRetrieval;
import org.openaiboot.models.common.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class RunsModelsTests {

	private static final String[] ENUM_MEMBERS = { "status", "code" };

	private static final String[] ENUM_AND_TYPE_MEMBERS = { "status", "code", "type" };

	private static String runFixture(String name) {
		return fixture("fixtures/threads/" + name + ".json");
	}

	// Runs

	@ParameterizedTest
	@ValueSource(strings = { "run-RunObject", "run-RunObject-queued", "run-RunObject-thread-and-run",
			"run-RunObject-modified", "run-RunObject-function-tool", "run-RunObject-cancelling",
			"run-RunObject-requires-action", "run-RunObject-failed" })
	void runObjectRoundTrips(String name) {
		String json = runFixture(name);
		RunObject run = assertLossless(json, RunObject.class);
		assertThat(run.object()).isEqualTo(RunObject.OBJECT);
		assertThat(run.threadId()).isEqualTo("thread_abc123");
		assertForwardCompatible(json, RunObject.class, ENUM_MEMBERS);
		assertForwardCompatible(json, RunObject.class, ENUM_AND_TYPE_MEMBERS);
	}

	@Test
	void runObjectReadsDocumentedExample() {
		RunObject run = assertLossless(runFixture("run-RunObject"), RunObject.class);
		assertThat(run.id()).isEqualTo("run_abc123");
		assertThat(run.createdAt()).isEqualTo(1699075072L);
		assertThat(run.assistantId()).isEqualTo("asst_abc123");
		assertThat(run.status()).isEqualTo(RunObject.Status.COMPLETED);
		assertThat(run.requiredAction()).isNull();
		assertThat(run.lastError()).isNull();
		assertThat(run.startedAt()).isEqualTo(1699075072L);
		assertThat(run.expiresAt()).isNull();
		assertThat(run.completedAt()).isEqualTo(1699075073L);
		assertThat(run.model()).isEqualTo("gpt-3.5-turbo");
		assertThat(run.instructions()).isNull();
		assertThat(run.tools()).singleElement().isInstanceOf(AssistantToolsCode.class);
		assertThat(run.fileIds()).containsExactly("file-abc123", "file-abc456");
		assertThat(run.metadata()).isEmpty();
		assertThat(run.usage()).isEqualTo(
				RunCompletionUsage.builder().completionTokens(456).promptTokens(123).totalTokens(579).build());
	}

	@Test
	void runObjectWritesNullMembersTheApiAlwaysSends() {
		RunObject run = assertLossless(runFixture("run-RunObject-queued"), RunObject.class);
		assertThat(run.usage()).isNull();
		String written = JACKSON3.writeValueAsString(run);
		assertThat(written).contains("\"required_action\":null", "\"last_error\":null", "\"expires_at\":null",
				"\"cancelled_at\":null", "\"failed_at\":null", "\"instructions\":null", "\"usage\":null");
	}

	@Test
	void runObjectReadsRequiredActionAndAnswersIt() {
		RunObject run = assertLossless(runFixture("run-RunObject-requires-action"), RunObject.class);
		assertThat(run.status()).isEqualTo(RunObject.Status.REQUIRES_ACTION);
		assertThat(run.expiresAt()).isEqualTo(1699076192L);
		assertThat(run.tools()).singleElement().isInstanceOf(AssistantToolsFunction.class);
		RunObject.RequiredAction action = run.requiredAction();
		assertThat(action).isNotNull();
		assertThat(action.type()).isEqualTo(RunObject.RequiredAction.TYPE);
		List<RunToolCallObject> calls = action.submitToolOutputs().toolCalls();
		assertThat(calls).extracting(RunToolCallObject::id).containsExactly("call_abc123", "call_abc456");
		assertThat(calls.get(0).type()).isEqualTo(RunToolCallObject.TYPE);
		assertThat(calls.get(0).function().name()).isEqualTo("get_weather");
		assertThat(calls.get(0).function().arguments()).isEqualTo("{\"location\":\"Paris, France\",\"unit\":\"c\"}");

		SubmitToolOutputsRunRequest.Builder answer = SubmitToolOutputsRunRequest.builder()
			.toolOutputs(calls.stream()
				.map((call) -> SubmitToolOutputsRunRequest.ToolOutput.of(call.id(), "18"))
				.toList());
		assertThat(JACKSON3.writeValueAsString(answer.build()))
			.isEqualTo("{\"tool_outputs\":[{\"tool_call_id\":\"call_abc123\",\"output\":\"18\"},"
					+ "{\"tool_call_id\":\"call_abc456\",\"output\":\"18\"}]}");
	}

	@Test
	void runObjectReadsLastError() {
		RunObject run = assertLossless(runFixture("run-RunObject-failed"), RunObject.class);
		assertThat(run.status()).isEqualTo(RunObject.Status.FAILED);
		assertThat(run.failedAt()).isEqualTo(1699076140L);
		assertThat(run.lastError()).isNotNull();
		assertThat(run.lastError().code()).isEqualTo(RunObject.LastError.Code.RATE_LIMIT_EXCEEDED);
		assertThat(run.lastError().message()).startsWith("Rate limit reached");
		assertThat(run.tools()).singleElement().isInstanceOf(AssistantToolsRetrieval.class);
		assertThat(run.metadata()).containsEntry("user_id", "user_abc123");
	}

	@Test
	void runObjectKeepsUnknownStatusAndToolType() {
		String json = runFixture("run-RunObject-cancelling").replace("\"cancelling\"", "\"paused\"")
			.replace("\"retrieval\"", "\"web_browser\"");
		RunObject run = assertLossless(json, RunObject.class);
		assertThat(run.status().value()).isEqualTo("paused");
		assertThat(run.status()).isNotIn(RunObject.Status.CANCELLING, RunObject.Status.CANCELLED);
		assertThat(run.tools()).singleElement()
			.isInstanceOfSatisfying(AssistantTool.Unknown.class,
					(tool) -> assertThat(tool.type()).isEqualTo("web_browser"));
	}

	@Test
	void listRunsResponseRoundTrips() {
		String json = runFixture("run-ListRunsResponse");
		ListRunsResponse list = assertLossless(json, ListRunsResponse.class);
		assertThat(list.object()).isEqualTo("list");
		assertThat(list.data()).extracting(RunObject::id).containsExactly("run_abc123", "run_abc456");
		assertThat(list.firstId()).isEqualTo("run_abc123");
		assertThat(list.lastId()).isEqualTo("run_abc456");
		assertThat(list.hasMore()).isFalse();
		assertForwardCompatible(json, ListRunsResponse.class, ENUM_MEMBERS);
		assertForwardCompatible(json, ListRunsResponse.class, ENUM_AND_TYPE_MEMBERS);
	}

	@Test
	void runStatusConstants() {
		assertThat(List.of(RunObject.Status.QUEUED, RunObject.Status.IN_PROGRESS, RunObject.Status.REQUIRES_ACTION,
				RunObject.Status.CANCELLING, RunObject.Status.CANCELLED, RunObject.Status.FAILED,
				RunObject.Status.COMPLETED, RunObject.Status.EXPIRED))
			.extracting(RunObject.Status::toString)
			.containsExactly("queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed",
					"completed", "expired");
		assertThat(RunObject.Status.of("queued")).isEqualTo(RunObject.Status.QUEUED);
		assertThat(JACKSON3.writeValueAsString(RunObject.LastError.Code.SERVER_ERROR)).isEqualTo("\"server_error\"");
		assertThat(JACKSON3.readValue("\"teapot\"", RunObject.LastError.Code.class).value()).isEqualTo("teapot");
	}

	// Run steps

	@ParameterizedTest
	@ValueSource(strings = { "runstep-RunStepObject", "runstep-RunStepObject-tool-calls",
			"runstep-RunStepObject-failed" })
	void runStepObjectRoundTrips(String name) {
		String json = runFixture(name);
		RunStepObject step = assertLossless(json, RunStepObject.class);
		assertThat(step.object()).isEqualTo(RunStepObject.OBJECT);
		assertThat(step.stepDetails().type()).isEqualTo(step.type().value());
		assertForwardCompatible(json, RunStepObject.class, ENUM_MEMBERS);
		assertForwardCompatible(json, RunStepObject.class, ENUM_AND_TYPE_MEMBERS);
	}

	@Test
	void runStepObjectReadsDocumentedExample() {
		RunStepObject step = assertLossless(runFixture("runstep-RunStepObject"), RunStepObject.class);
		assertThat(step.id()).isEqualTo("step_abc123");
		assertThat(step.runId()).isEqualTo("run_abc123");
		assertThat(step.type()).isEqualTo(RunStepObject.Type.MESSAGE_CREATION);
		assertThat(step.status()).isEqualTo(RunStepObject.Status.COMPLETED);
		assertThat(step.completedAt()).isEqualTo(1699063291L);
		assertThat(step.expiredAt()).isNull();
		assertThat(step.lastError()).isNull();
		assertThat(step.usage()).isEqualTo(
				RunStepCompletionUsage.builder().completionTokens(456).promptTokens(123).totalTokens(579).build());
		assertThat(step.stepDetails()).isEqualTo(RunStepDetailsMessageCreationObject.builder()
			.messageCreation(
					RunStepDetailsMessageCreationObject.MessageCreation.builder().messageId("msg_abc123").build())
			.build());
	}

	@Test
	void runStepObjectReadsToolCalls() {
		RunStepObject step = assertLossless(runFixture("runstep-RunStepObject-tool-calls"), RunStepObject.class);
		assertThat(step.type()).isEqualTo(RunStepObject.Type.TOOL_CALLS);
		assertThat(step.stepDetails()).isInstanceOf(RunStepDetailsToolCallsObject.class);
		List<RunStepDetailsToolCall> calls = ((RunStepDetailsToolCallsObject) step.stepDetails()).toolCalls();
		assertThat(calls).extracting(RunStepDetailsToolCall::type)
			.containsExactly("code_interpreter", "retrieval", "function", "function");
		assertThat(calls).extracting(RunsModelsTests::idOf)
			.containsExactly("call_code123", "call_retr123", "call_func123", "call_func456");

		RunStepDetailsToolCallsCodeObject code = (RunStepDetailsToolCallsCodeObject) calls.get(0);
		assertThat(code.codeInterpreter().input()).startsWith("import matplotlib");
		assertThat(code.codeInterpreter().outputs()).containsExactly(
				RunStepDetailsToolCallsCodeOutputLogsObject.builder().logs("14\n").build(),
				RunStepDetailsToolCallsCodeOutputImageObject.builder()
					.image(RunStepDetailsToolCallsCodeOutputImageObject.Image.builder().fileId("file-img123").build())
					.build());

		assertThat(((RunStepDetailsToolCallsRetrievalObject) calls.get(1)).retrieval()).isEmpty();

		RunStepDetailsToolCallsFunctionObject answered = (RunStepDetailsToolCallsFunctionObject) calls.get(2);
		assertThat(answered.function().output()).isEqualTo("{\"temperature\":18,\"unit\":\"c\"}");
		RunStepDetailsToolCallsFunctionObject pending = (RunStepDetailsToolCallsFunctionObject) calls.get(3);
		assertThat(pending.function().output()).isNull();
		assertThat(JACKSON3.writeValueAsString(pending)).contains("\"output\":null");
	}

	@Test
	void runStepObjectReadsLastErrorAndNullUsage() {
		RunStepObject step = assertLossless(runFixture("runstep-RunStepObject-failed"), RunStepObject.class);
		assertThat(step.status()).isEqualTo(RunStepObject.Status.FAILED);
		assertThat(step.lastError()).isEqualTo(RunStepObject.LastError.builder()
			.code(RunStepObject.LastError.Code.SERVER_ERROR)
			.message("Something went wrong on our side.")
			.build());
		assertThat(step.metadata()).isNull();
		assertThat(step.usage()).isNull();
		assertThat(JACKSON3.writeValueAsString(step)).contains("\"metadata\":null", "\"usage\":null");
	}

	@Test
	void listRunStepsResponseRoundTrips() {
		String json = runFixture("runstep-ListRunStepsResponse");
		ListRunStepsResponse list = assertLossless(json, ListRunStepsResponse.class);
		assertThat(list.object()).isEqualTo("list");
		assertThat(list.data()).singleElement().satisfies((step) -> assertThat(step.id()).isEqualTo("step_abc123"));
		assertThat(list.firstId()).isEqualTo("step_abc123");
		assertThat(list.lastId()).isEqualTo("step_abc456");
		assertThat(list.hasMore()).isFalse();
		assertForwardCompatible(json, ListRunStepsResponse.class, ENUM_MEMBERS);
		assertForwardCompatible(json, ListRunStepsResponse.class, ENUM_AND_TYPE_MEMBERS);
	}

	@Test
	void runStepEnumConstants() {
		assertThat(List.of(RunStepObject.Status.IN_PROGRESS, RunStepObject.Status.CANCELLED,
				RunStepObject.Status.FAILED, RunStepObject.Status.COMPLETED, RunStepObject.Status.EXPIRED))
			.extracting(RunStepObject.Status::toString)
			.containsExactly("in_progress", "cancelled", "failed", "completed", "expired");
		assertThat(List.of(RunStepObject.Type.MESSAGE_CREATION, RunStepObject.Type.TOOL_CALLS))
			.extracting(RunStepObject.Type::toString)
			.containsExactly("message_creation", "tool_calls");
		assertThat(List.of(RunStepObject.LastError.Code.SERVER_ERROR, RunStepObject.LastError.Code.RATE_LIMIT_EXCEEDED))
			.extracting(RunStepObject.LastError.Code::toString)
			.containsExactly("server_error", "rate_limit_exceeded");
	}

	// Unknown union variants

	@Test
	void unknownStepDetailsAreKept() {
		String json = "{\"type\":\"web_browsing\",\"web_browsing\":{\"url\":\"https://example.com\"}}";
		RunStepDetails details = assertLossless(json, RunStepDetails.class);
		assertThat(details).isInstanceOf(RunStepDetails.Unknown.class);
		assertThat(details.type()).isEqualTo("web_browsing");
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(details))).isEqualTo(JACKSON3.readTree(json));
	}

	@Test
	void unknownToolCallsAreKept() throws Exception {
		String json = "{\"id\":\"call_new123\",\"type\":\"web_browser\",\"web_browser\":{\"ranking\":\"auto\"}}";
		RunStepDetailsToolCall call = assertLossless(json, RunStepDetailsToolCall.class);
		assertThat(call).isInstanceOfSatisfying(RunStepDetailsToolCall.Unknown.class,
				(unknown) -> assertThat(unknown.properties()).containsEntry("id", "call_new123"));
		assertThat(call.type()).isEqualTo("web_browser");
		assertThat(JACKSON3.readTree(JACKSON2.writeValueAsString(call))).isEqualTo(JACKSON3.readTree(json));
	}

	@Test
	void unknownCodeOutputsAreKept() {
		String json = "{\"type\":\"chart\",\"chart\":{\"file_id\":\"file-abc\",\"kind\":\"bar\"}}";
		RunStepDetailsToolCallsCodeOutput output = assertLossless(json, RunStepDetailsToolCallsCodeOutput.class);
		assertThat(output).isInstanceOf(RunStepDetailsToolCallsCodeOutput.Unknown.class);
		assertThat(output.type()).isEqualTo("chart");
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(output))).isEqualTo(JACKSON3.readTree(json));
	}

	@Test
	void knownVariantsWriteTheirType() {
		assertThat(JACKSON3.writeValueAsString(RunStepDetailsToolCallsCodeOutputLogsObject.builder().logs("ok").build()))
			.isEqualTo("{\"type\":\"logs\",\"logs\":\"ok\"}");
		assertThat(JACKSON3.writeValueAsString(
				RunStepDetailsToolCallsRetrievalObject.builder().id("call_1").retrieval(Map.of()).build()))
			.isEqualTo("{\"id\":\"call_1\",\"type\":\"retrieval\",\"retrieval\":{}}");
	}

	// CreateRunRequest

	@Test
	void createRunRequestWithOnlyTheAssistantOmitsTheRest() {
		assertThat(JACKSON3.writeValueAsString(CreateRunRequest.of("asst_abc123")))
			.isEqualTo("{\"assistant_id\":\"asst_abc123\"}");
	}

	@Test
	void createRunRequestWritesEveryMember() {
		CreateRunRequest request = CreateRunRequest.builder()
			.assistantId("asst_abc123")
			.model("gpt-4")
			.instructions("Answer in French.")
			.additionalInstructions("Address the user as Jane Doe.")
			.tools(AssistantToolsCode.of(), AssistantToolsRetrieval.of())
			.metadata(Map.of("user_id", "user_abc123"))
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(JACKSON3.readTree(json)).isEqualTo(JACKSON3.readTree("{\"assistant_id\":\"asst_abc123\","
				+ "\"model\":\"gpt-4\",\"instructions\":\"Answer in French.\","
				+ "\"additional_instructions\":\"Address the user as Jane Doe.\","
				+ "\"tools\":[{\"type\":\"code_interpreter\"},{\"type\":\"retrieval\"}],"
				+ "\"metadata\":{\"user_id\":\"user_abc123\"}}"));
		assertThat(assertLossless(json, CreateRunRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateRunRequest.class, "type");
		assertThat(request.toBuilder().model((CreateRunRequest.Model) null).build().model()).isNull();
	}

	@Test
	void createRunRequestRequiresAssistantId() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateRunRequest.builder().build())
			.withMessage("Invalid value for 'assistant_id': is required and must not be blank (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("assistant_id"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateRunRequest.builder().assistantId(" ").build())
			.withMessageContaining("'assistant_id'");
	}

	@Test
	void createRunRequestAllowsAtMostTwentyTools() {
		List<AssistantTool> tools = new ArrayList<>(Collections.nCopies(20, AssistantToolsRetrieval.of()));
		CreateRunRequest.Builder builder = CreateRunRequest.builder().assistantId("asst_abc123").tools(tools);
		assertThat(builder.build().tools()).hasSize(20);
		tools.add(AssistantToolsCode.of());
		builder.tools(tools);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(builder::build)
			.withMessageStartingWith("Invalid value for 'tools': must have at most 20 elements")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("tools"));
	}

	@Test
	void createRunRequestChecksMetadata() {
		Map<String, String> tooMany = new HashMap<>();
		for (int i = 0; i < 17; i++) {
			tooMany.put("k" + i, "v");
		}
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateRunRequest.builder().assistantId("asst_abc123").metadata(tooMany).build())
			.withMessageStartingWith("Invalid value for 'metadata': must have at most 16 keys");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateRunRequest.builder()
				.assistantId("asst_abc123")
				.metadata(Map.of("note", "x".repeat(513)))
				.build())
			.withMessageContaining("'metadata.note': must be at most 512 characters long");
	}

	// ModifyRunRequest

	@Test
	void modifyRunRequestWritesMetadata() {
		ModifyRunRequest request = ModifyRunRequest.of(Map.of("user_id", "user_abc123"));
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"metadata\":{\"user_id\":\"user_abc123\"}}");
		assertThat(assertLossless(json, ModifyRunRequest.class)).isEqualTo(request);
		assertThat(JACKSON3.writeValueAsString(ModifyRunRequest.builder().build())).isEqualTo("{}");
	}

	@Test
	void modifyRunRequestChecksMetadata() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyRunRequest.builder().metadata(Map.of("k".repeat(65), "v")).build())
			.withMessageContaining("'metadata key': must be at most 64 characters long");
	}

	// SubmitToolOutputsRunRequest

	@Test
	void submitToolOutputsRunRequestWritesOutputs() {
		SubmitToolOutputsRunRequest request = SubmitToolOutputsRunRequest
			.of(List.of(SubmitToolOutputsRunRequest.ToolOutput.of("call_abc123", "28C")));
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"tool_outputs\":[{\"tool_call_id\":\"call_abc123\",\"output\":\"28C\"}]}");
		assertThat(assertLossless(json, SubmitToolOutputsRunRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, SubmitToolOutputsRunRequest.class);
	}

	@Test
	void submitToolOutputsRunRequestRequiresOutputs() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> SubmitToolOutputsRunRequest.builder().build())
			.withMessage("Invalid value for 'tool_outputs': is required (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("tool_outputs"));
	}

	@Test
	void toolOutputOmitsAbsentMembers() {
		SubmitToolOutputsRunRequest.ToolOutput output = SubmitToolOutputsRunRequest.ToolOutput.builder()
			.toolCallId("call_abc123")
			.build();
		assertThat(JACKSON3.writeValueAsString(output)).isEqualTo("{\"tool_call_id\":\"call_abc123\"}");
		assertThat(output.toBuilder().output("done").build())
			.isEqualTo(SubmitToolOutputsRunRequest.ToolOutput.of("call_abc123", "done"));
	}

	private static String idOf(RunStepDetailsToolCall call) {
		if (call instanceof RunStepDetailsToolCallsCodeObject code) {
			return code.id();
		}
		if (call instanceof RunStepDetailsToolCallsRetrievalObject retrieval) {
			return retrieval.id();
		}
		if (call instanceof RunStepDetailsToolCallsFunctionObject function) {
			return function.id();
		}
		if (call instanceof RunStepDetailsToolCallsFileSearchObject fileSearch) {
			return fileSearch.id();
		}
		return String.valueOf(((RunStepDetailsToolCall.Unknown) call).properties().get("id"));
	}

}
