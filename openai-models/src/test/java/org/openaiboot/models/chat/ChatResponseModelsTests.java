package org.openaiboot.models.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.common.ValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class ChatResponseModelsTests {

	private static final String[] ENUM_MEMBERS = { "finish_reason", "role" };

	@Test
	void chatCompletionRoundTrips() {
		String json = fixture("fixtures/chat/response-CreateChatCompletionResponse.json");
		CreateChatCompletionResponse response = assertLossless(json, CreateChatCompletionResponse.class);
		assertForwardCompatible(json, CreateChatCompletionResponse.class, ENUM_MEMBERS);
		assertThat(response.id()).isEqualTo("chatcmpl-123");
		assertThat(response.object()).isEqualTo(CreateChatCompletionResponse.OBJECT);
		assertThat(response.created()).isEqualTo(1677652288L);
		assertThat(response.model()).isEqualTo("gpt-3.5-turbo-0613");
		assertThat(response.systemFingerprint()).isEqualTo("fp_44709d6fcb");
		assertThat(response.usage()).isEqualTo(usage(12, 9, 21));
		assertThat(response.choices()).singleElement().satisfies((choice) -> {
			assertThat(choice.index()).isZero();
			assertThat(choice.finishReason()).isEqualTo(ChatCompletionFinishReason.STOP);
			assertThat(choice.logprobs()).isNull();
			assertThat(choice.message().role()).isEqualTo(ChatCompletionResponseMessage.ROLE);
			assertThat(choice.message().content()).isEqualTo("\n\nHello there, how may I assist you today?");
			assertThat(choice.message().toolCalls()).isNull();
			assertThat(choice.message().functionCall()).isNull();
		});
		assertThat(response.additionalProperties()).isEmpty();
	}

	@Test
	void chatCompletionWritesNullLogprobsAndContent() {
		ChatCompletionResponseMessage message = ChatCompletionResponseMessage.builder()
			.role(ChatCompletionResponseMessage.ROLE)
			.build();
		CreateChatCompletionResponse.Choice choice = CreateChatCompletionResponse.Choice.builder()
			.finishReason(ChatCompletionFinishReason.TOOL_CALLS)
			.index(0)
			.message(message)
			.build();
		assertThat(JACKSON3.writeValueAsString(choice)).isEqualTo(
				"{\"finish_reason\":\"tool_calls\",\"index\":0,\"message\":{\"content\":null,\"role\":\"assistant\"},\"logprobs\":null}");
	}

	@Test
	void imageInputExampleRoundTrips() {
		String json = fixture("fixtures/chat/response-CreateChatCompletionResponse-image.json");
		CreateChatCompletionResponse response = assertLossless(json, CreateChatCompletionResponse.class);
		assertThat(response.choices().get(0).message().content()).contains("how may I assist you");
	}

	@Test
	void toolCallExampleRoundTrips() {
		String json = fixture("fixtures/chat/response-CreateChatCompletionResponse-functions.json");
		CreateChatCompletionResponse response = assertLossless(json, CreateChatCompletionResponse.class);
		assertForwardCompatible(json, CreateChatCompletionResponse.class, ENUM_MEMBERS);
		assertThat(response.systemFingerprint()).isNull();
		CreateChatCompletionResponse.Choice choice = response.choices().get(0);
		assertThat(choice.finishReason()).isEqualTo(ChatCompletionFinishReason.TOOL_CALLS);
		assertThat(choice.message().content()).isNull();
		ChatCompletionMessageToolCalls calls = choice.message().toolCalls();
		assertThat(calls).isNotNull();
		assertThat(calls.size()).isEqualTo(1);
		assertThat(calls).containsExactly(toolCall("call_abc123", "get_current_weather",
				"{\n\"location\": \"Boston, MA\"\n}"));
		assertThat(calls.get(0).type()).isEqualTo(ChatCompletionMessageToolCall.TYPE);
		assertThat(calls.get(0)).isInstanceOfSatisfying(ChatCompletionMessageToolCall.class,
				(call) -> assertThat(call.function().name()).isEqualTo("get_current_weather"));
		assertThat(calls.stream().map(ChatCompletionMessageToolCall.class::cast).map(ChatCompletionMessageToolCall::id))
			.containsExactly("call_abc123");
	}

	@Test
	void functionResponseRoundTrips() {
		String json = fixture("fixtures/chat/response-CreateChatCompletionResponse-functions.json");
		CreateChatCompletionFunctionResponse response = assertLossless(json,
				CreateChatCompletionFunctionResponse.class);
		assertForwardCompatible(json, CreateChatCompletionFunctionResponse.class, ENUM_MEMBERS);
		assertThat(response.object()).isEqualTo(CreateChatCompletionFunctionResponse.OBJECT);
		assertThat(response.usage()).isEqualTo(usage(17, 82, 99));
		assertThat(response.choices()).singleElement().satisfies((choice) -> {
			assertThat(choice.finishReason())
				.isEqualTo(CreateChatCompletionFunctionResponse.Choice.FinishReason.of("tool_calls"));
			assertThat(choice.message().toolCalls()).hasSize(1);
		});
	}

	@Test
	void deprecatedFunctionCallRoundTrips() {
		String json = """
				{"id":"chatcmpl-9","object":"chat.completion","created":1699896916,"model":"gpt-3.5-turbo-0613",
				"choices":[{"index":0,"message":{"role":"assistant","content":null,
				"function_call":{"name":"get_current_weather","arguments":"{\\"location\\":\\"Boston, MA\\"}"}},
				"logprobs":null,"finish_reason":"function_call"}],
				"usage":{"prompt_tokens":82,"completion_tokens":18,"total_tokens":100}}
				""";
		CreateChatCompletionFunctionResponse response = assertLossless(json,
				CreateChatCompletionFunctionResponse.class);
		assertForwardCompatible(json, CreateChatCompletionFunctionResponse.class, ENUM_MEMBERS);
		CreateChatCompletionFunctionResponse.Choice choice = response.choices().get(0);
		assertThat(choice.finishReason())
			.isEqualTo(CreateChatCompletionFunctionResponse.Choice.FinishReason.FUNCTION_CALL);
		assertThat(choice.message().functionCall()).isNotNull();
		assertThat(choice.message().functionCall().name()).isEqualTo("get_current_weather");
		assertThat(choice.message().functionCall().arguments()).isEqualTo("{\"location\":\"Boston, MA\"}");
		assertThat(assertLossless(json, CreateChatCompletionResponse.class).choices().get(0).finishReason())
			.isEqualTo(ChatCompletionFinishReason.FUNCTION_CALL);
	}

	@Test
	void logprobsExampleRoundTrips() {
		String json = fixture("fixtures/chat/response-CreateChatCompletionResponse-logprobs.json");
		// The example sends "system_fingerprint": null; an absent optional member is read
		// as null and omitted on write, so compare without it.
		ObjectNode tree = (ObjectNode) JACKSON3.readTree(json);
		assertThat(tree.get("system_fingerprint").isNull()).isTrue();
		tree.remove("system_fingerprint");
		String withoutNullMember = JACKSON3.writeValueAsString(tree);
		CreateChatCompletionResponse response = assertLossless(withoutNullMember, CreateChatCompletionResponse.class);
		assertForwardCompatible(withoutNullMember, CreateChatCompletionResponse.class, ENUM_MEMBERS);
		assertThat(JACKSON3.readValue(json, CreateChatCompletionResponse.class)).isEqualTo(response);
		assertThat(response.systemFingerprint()).isNull();
		assertThat(response.usage()).isEqualTo(usage(9, 9, 18));

		CreateChatCompletionResponse.Choice.Logprobs logprobs = response.choices().get(0).logprobs();
		assertThat(logprobs).isNotNull();
		List<ChatCompletionTokenLogprob> content = logprobs.content();
		assertThat(content).hasSize(9);
		assertThat(content).extracting(ChatCompletionTokenLogprob::token)
			.containsExactly("Hello", "!", " How", " can", " I", " assist", " you", " today", "?");
		ChatCompletionTokenLogprob hello = content.get(0);
		assertThat(hello.logprob()).isEqualTo(-0.31725305);
		assertThat(hello.bytes()).containsExactly(72, 101, 108, 108, 111);
		assertThat(hello.topLogprobs()).extracting(ChatCompletionTokenLogprob.TopLogprob::token)
			.containsExactly("Hello", "Hi");
		ChatCompletionTokenLogprob.TopLogprob end = content.get(2).topLogprobs().get(1);
		assertThat(end.token()).isEqualTo("<|end|>");
		assertThat(end.bytes()).isNull();
		assertThat(content.get(4).logprob()).isEqualTo(-3.7697225e-6);
	}

	@Test
	void nullBytesAndContentAreWritten() {
		ChatCompletionTokenLogprob.TopLogprob top = ChatCompletionTokenLogprob.TopLogprob.builder()
			.token("<|end|>")
			.logprob(-10.5)
			.build();
		assertThat(JACKSON3.writeValueAsString(top)).isEqualTo("{\"token\":\"<|end|>\",\"logprob\":-10.5,\"bytes\":null}");
		CreateChatCompletionResponse.Choice.Logprobs logprobs = CreateChatCompletionResponse.Choice.Logprobs.builder()
			.build();
		assertThat(JACKSON3.writeValueAsString(logprobs)).isEqualTo("{\"content\":null}");
	}

	@Test
	void streamedChunksRoundTrip() {
		JsonNode chunks = JACKSON3.readTree(fixture("fixtures/chat/response-CreateChatCompletionStreamResponse.json"));
		assertThat(chunks.size()).isEqualTo(6);
		List<CreateChatCompletionStreamResponse> read = new ArrayList<>();
		for (JsonNode chunk : chunks) {
			String json = JACKSON3.writeValueAsString(chunk);
			read.add(assertLossless(json, CreateChatCompletionStreamResponse.class));
			assertForwardCompatible(json, CreateChatCompletionStreamResponse.class, ENUM_MEMBERS);
		}
		assertThat(read).allSatisfy((chunk) -> {
			assertThat(chunk.id()).isEqualTo("chatcmpl-123");
			assertThat(chunk.object()).isEqualTo(CreateChatCompletionStreamResponse.OBJECT);
			assertThat(chunk.created()).isEqualTo(1694268190L);
			assertThat(chunk.model()).isEqualTo("gpt-3.5-turbo-0613");
			assertThat(chunk.systemFingerprint()).isEqualTo("fp_44709d6fcb");
			assertThat(chunk.choices()).singleElement().satisfies((choice) -> {
				assertThat(choice.index()).isZero();
				assertThat(choice.logprobs()).isNull();
			});
		});
		assertThat(read.get(0).choices().get(0).delta().role())
			.isEqualTo(ChatCompletionStreamResponseDelta.Role.ASSISTANT);
		StringBuilder text = new StringBuilder();
		read.forEach((chunk) -> {
			String content = chunk.choices().get(0).delta().content();
			text.append((content != null) ? content : "");
		});
		assertThat(text).hasToString("Hello! today?");
		assertThat(read.subList(0, 5)).allSatisfy((chunk) -> assertThat(chunk.choices().get(0).finishReason()).isNull());
		CreateChatCompletionStreamResponse.Choice last = read.get(5).choices().get(0);
		assertThat(last.finishReason()).isEqualTo(ChatCompletionFinishReason.STOP);
		assertThat(last.delta()).isEqualTo(ChatCompletionStreamResponseDelta.builder().build());
	}

	@Test
	void streamedToolCallChunksRoundTrip() {
		String first = """
				{"id":"chatcmpl-abc123","object":"chat.completion.chunk","created":1699896916,"model":"gpt-3.5-turbo-0613",
				"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_abc123",
				"type":"function","function":{"name":"get_current_weather","arguments":""}}]},"logprobs":null,"finish_reason":null}]}
				""";
		String next = """
				{"id":"chatcmpl-abc123","object":"chat.completion.chunk","created":1699896916,"model":"gpt-3.5-turbo-0613",
				"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"location\\":"}}]},
				"logprobs":null,"finish_reason":null}]}
				""";
		// "content": null in the first delta is read as absent and omitted on write
		CreateChatCompletionStreamResponse firstChunk = JACKSON3.readValue(first,
				CreateChatCompletionStreamResponse.class);
		assertLossless(first.replace("\"content\":null,", ""), CreateChatCompletionStreamResponse.class);
		CreateChatCompletionStreamResponse nextChunk = assertLossless(next, CreateChatCompletionStreamResponse.class);
		assertForwardCompatible(next, CreateChatCompletionStreamResponse.class, ENUM_MEMBERS);

		ChatCompletionMessageToolCallChunk start = firstChunk.choices().get(0).delta().toolCalls().get(0);
		assertThat(start.index()).isZero();
		assertThat(start.id()).isEqualTo("call_abc123");
		assertThat(start.type()).isEqualTo("function");
		assertThat(start.function().name()).isEqualTo("get_current_weather");
		assertThat(start.function().arguments()).isEmpty();
		ChatCompletionMessageToolCallChunk more = nextChunk.choices().get(0).delta().toolCalls().get(0);
		assertThat(more.index()).isZero();
		assertThat(more.id()).isNull();
		assertThat(more.type()).isNull();
		assertThat(more.function().name()).isNull();
		assertThat(more.function().arguments()).isEqualTo("{\"location\":");
		assertThat(JACKSON3.writeValueAsString(more)).isEqualTo("{\"index\":0,\"function\":{\"arguments\":\"{\\\"location\\\":\"}}");
	}

	@Test
	void streamedDeprecatedFunctionCallRoundTrips() {
		String json = """
				{"role":"assistant","function_call":{"name":"get_current_weather","arguments":"{\\"loc"}}
				""";
		ChatCompletionStreamResponseDelta delta = assertLossless(json, ChatCompletionStreamResponseDelta.class);
		assertForwardCompatible(json, ChatCompletionStreamResponseDelta.class, ENUM_MEMBERS);
		assertThat(delta.functionCall()).isNotNull();
		assertThat(delta.functionCall().name()).isEqualTo("get_current_weather");
		assertThat(delta.functionCall().arguments()).isEqualTo("{\"loc");
	}

	@Test
	void streamChunkKeepsMembersOfNewerVersions() {
		String json = """
				{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o",
				"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21},
				"x_future_report":{"latency_ms":12}}
				""";
		CreateChatCompletionStreamResponse chunk = assertLossless(json, CreateChatCompletionStreamResponse.class);
		assertThat(chunk.choices()).isEmpty();
		assertThat(chunk.usage()).isEqualTo(usage(12, 9, 21));
		assertThat(chunk.additionalProperties()).containsKey("x_future_report");
		assertThat(chunk.additionalProperties().get("x_future_report")).isInstanceOf(Map.class);
	}

	@Test
	void toolCallsAreAJsonArray() {
		List<ChatCompletionToolCall> calls = List.of(
				toolCall("call_1", "get_current_weather", "{\"location\":\"Paris\"}"),
				ChatCompletionMessageToolCall.of("call_2", function("get_time", "{}")));
		String json = JACKSON3.writeValueAsString(calls);
		assertThat(json).isEqualTo("[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_current_weather\","
				+ "\"arguments\":\"{\\\"location\\\":\\\"Paris\\\"}\"}},"
				+ "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]");
		assertThat(assertLossless(json, ChatCompletionToolCall[].class)).containsExactlyElementsOf(calls);
		assertForwardCompatible(json, ChatCompletionToolCall[].class);
		assertThat(calls).extracting((call) -> ((ChatCompletionMessageToolCall) call).id())
			.containsExactly("call_1", "call_2");
	}

	@Test
	void toolCallBuilderDefaultsTypeAndKeepsExtras() {
		ChatCompletionMessageToolCall call = ChatCompletionMessageToolCall.builder()
			.id("call_1")
			.function(ChatCompletionMessageToolCall.Function.of("get_time", "{}"))
			.additionalProperty("x_extra", 1)
			.build();
		assertThat(call.type()).isEqualTo("function");
		assertThat(JACKSON3.writeValueAsString(call)).isEqualTo(
				"{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"},\"x_extra\":1}");
		ChatCompletionMessageToolCall copy = call.toBuilder().id("call_2").build();
		assertThat(copy.id()).isEqualTo("call_2");
		assertThat(copy.function()).isEqualTo(call.function());
		assertThat(copy.additionalProperties()).containsEntry("x_extra", 1);
	}

	@Test
	void toolCallBuilderRequiresIdAndFunction() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ChatCompletionMessageToolCall.builder().function(function("f", "{}")).build())
			.withMessage("Invalid value for 'id': is required and must not be blank (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("id"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ChatCompletionMessageToolCall.builder().id(" ").function(function("f", "{}")).build())
			.withMessage("Invalid value for 'id': is required and must not be blank (was \" \")");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ChatCompletionMessageToolCall.builder().id("call_1").build())
			.withMessage("Invalid value for 'function': is required (was null)");
	}

	@Test
	void toolCallBuilderRequiresFunctionNameAndArguments() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ChatCompletionMessageToolCall.of("call_1",
					new ChatCompletionMessageToolCall.Function("", "{}", Map.of())))
			.withMessage("Invalid value for 'function.name': is required and must not be blank (was \"\")")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("function.name"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ChatCompletionMessageToolCall.of("call_1",
					new ChatCompletionMessageToolCall.Function("f", null, Map.of())))
			.withMessage("Invalid value for 'function.arguments': is required (was null)");
	}

	@Test
	void enumLikeValuesKeepUnknownValues() {
		assertThat(JACKSON3.readValue("\"paused\"", ChatCompletionFinishReason.class).value()).isEqualTo("paused");
		assertThat(JACKSON3.readValue("\"developer\"", ChatCompletionRole.class)).isEqualTo(ChatCompletionRole.of("developer"));
		assertThat(List.of(ChatCompletionFinishReason.STOP, ChatCompletionFinishReason.LENGTH,
				ChatCompletionFinishReason.TOOL_CALLS, ChatCompletionFinishReason.CONTENT_FILTER,
				ChatCompletionFinishReason.FUNCTION_CALL))
			.map(ChatCompletionFinishReason::toString)
			.containsExactly("stop", "length", "tool_calls", "content_filter", "function_call");
		assertThat(List.of(ChatCompletionRole.SYSTEM, ChatCompletionRole.USER, ChatCompletionRole.ASSISTANT,
				ChatCompletionRole.TOOL, ChatCompletionRole.FUNCTION))
			.map(ChatCompletionRole::toString)
			.containsExactly("system", "user", "assistant", "tool", "function");
		assertThat(JACKSON3.writeValueAsString(ChatCompletionRole.TOOL)).isEqualTo("\"tool\"");
		assertThat(JACKSON3.writeValueAsString(ChatCompletionFinishReason.CONTENT_FILTER))
			.isEqualTo("\"content_filter\"");
	}

	private static CompletionUsage usage(int completionTokens, int promptTokens, int totalTokens) {
		return CompletionUsage.builder()
			.completionTokens(completionTokens)
			.promptTokens(promptTokens)
			.totalTokens(totalTokens)
			.build();
	}

	private static ChatCompletionMessageToolCall toolCall(String id, String name, String arguments) {
		return ChatCompletionMessageToolCall.of(id, function(name, arguments));
	}

	private static ChatCompletionMessageToolCall.Function function(String name, String arguments) {
		return ChatCompletionMessageToolCall.Function.of(name, arguments);
	}

}
