package org.openaiboot.models.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.models.chat.ChatCompletionRequestMessageContentPartImage.ImageUrl;
import org.openaiboot.models.chat.CreateChatCompletionRequest.FunctionCall;
import org.openaiboot.models.chat.CreateChatCompletionRequest.ResponseFormat;
import org.openaiboot.models.chat.CreateChatCompletionRequest.Tool;
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.Stop;
import org.openaiboot.models.common.ValidationException;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class ChatRequestModelsTests {

	private static final String FIXTURES = "fixtures/chat/request-CreateChatCompletionRequest-";

	// ---- fixtures ------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "default", "image", "streaming", "functions", "logprobs" })
	void documentedExamplesRoundTrip(String example) {
		String json = fixture(FIXTURES + example + ".json");
		CreateChatCompletionRequest request = assertLossless(json, CreateChatCompletionRequest.class);
		assertThat(request.messages()).isNotEmpty();
		assertForwardCompatible(json, CreateChatCompletionRequest.class, "model", "detail", "tool_choice");
		assertForwardCompatible(json, CreateChatCompletionRequest.class, "role", "type");
	}

	@Test
	void defaultExampleReadsMessages() {
		CreateChatCompletionRequest request = assertLossless(fixture(FIXTURES + "default.json"),
				CreateChatCompletionRequest.class);
		assertThat(request.model()).isEqualTo(ChatModel.GPT_3_5_TURBO);
		assertThat(request.messages()).containsExactly(
				ChatCompletionRequestSystemMessage.of("You are a helpful assistant."),
				ChatCompletionRequestUserMessage.of("Hello!"));
		assertThat(request.stream()).isNull();
		assertThat(request.additionalProperties()).isEmpty();
	}

	@Test
	void imageExampleReadsContentParts() {
		CreateChatCompletionRequest request = assertLossless(fixture(FIXTURES + "image.json"),
				CreateChatCompletionRequest.class);
		assertThat(request.model()).isEqualTo(ChatModel.GPT_4_VISION_PREVIEW);
		assertThat(request.maxTokens()).isEqualTo(300);
		ChatCompletionRequestUserMessage user = (ChatCompletionRequestUserMessage) request.messages().get(0);
		assertThat(user.content()).isInstanceOf(ChatCompletionRequestUserMessage.Content.OfList.class);
		List<ChatCompletionRequestUserMessageContentPart> parts = ((ChatCompletionRequestUserMessage.Content.OfList) user
			.content()).items();
		assertThat(parts).extracting(ChatCompletionRequestUserMessageContentPart::type)
			.containsExactly("text", "image_url");
		assertThat(((ChatCompletionRequestMessageContentPartText) parts.get(0)).text())
			.isEqualTo("What’s in this image?");
		ImageUrl image = ((ChatCompletionRequestMessageContentPartImage) parts.get(1)).imageUrl();
		assertThat(image.url()).startsWith("https://upload.wikimedia.org/");
		assertThat(image.detail()).isNull();
	}

	@Test
	void streamingExampleReadsStream() {
		CreateChatCompletionRequest request = assertLossless(fixture(FIXTURES + "streaming.json"),
				CreateChatCompletionRequest.class);
		assertThat(request.stream()).isTrue();
	}

	@Test
	void functionsExampleReadsTools() {
		CreateChatCompletionRequest request = assertLossless(fixture(FIXTURES + "functions.json"),
				CreateChatCompletionRequest.class);
		assertThat(request.tools()).hasSize(1);
		assertThat(request.tools().get(0).type()).isEqualTo(ChatCompletionTool.TYPE);
		ChatCompletionTool tool = (ChatCompletionTool) request.tools().get(0);
		assertThat(tool.function().name()).isEqualTo("get_current_weather");
		assertThat(tool.function().parameters().value()).containsEntry("required", List.of("location"));
		assertThat(request.toolChoice()).isEqualTo(ChatCompletionToolChoiceOption.auto());
	}

	@Test
	void logprobsExampleReadsLogprobs() {
		CreateChatCompletionRequest request = assertLossless(fixture(FIXTURES + "logprobs.json"),
				CreateChatCompletionRequest.class);
		assertThat(request.logprobs()).isTrue();
		assertThat(request.topLogprobs()).isEqualTo(2);
	}

	@Test
	void fullRequestRoundTripsAndReadsEveryMember() {
		String json = fixture(FIXTURES + "full.json");
		CreateChatCompletionRequest request = assertLossless(json, CreateChatCompletionRequest.class);
		assertThat(request.messages()).extracting(ChatCompletionRequestMessage::role)
			.containsExactly("system", "user", "assistant", "tool", "assistant", "function", "function");
		assertThat(request.messages().get(0)).isInstanceOfSatisfying(ChatCompletionRequestSystemMessage.class,
				(system) -> assertThat(system.name()).isEqualTo("weather_desk"));
		assertThat(request.messages().get(1)).isInstanceOfSatisfying(ChatCompletionRequestUserMessage.class,
				(user) -> {
					assertThat(user.name()).isEqualTo("alice");
					ChatCompletionRequestUserMessageContentPart image = ((ChatCompletionRequestUserMessage.Content.OfList) user
						.content()).items().get(1);
					assertThat(((ChatCompletionRequestMessageContentPartImage) image).imageUrl().detail())
						.isEqualTo(ImageUrl.Detail.LOW);
				});
		assertThat(request.messages().get(2)).isInstanceOfSatisfying(ChatCompletionRequestAssistantMessage.class,
				(assistant) -> {
					assertThat(assistant.content()).isNull();
					ChatCompletionMessageToolCall call = (ChatCompletionMessageToolCall) assistant.toolCalls().get(0);
					assertThat(call.id()).isEqualTo("call_abc123");
					assertThat(call.function().name()).isEqualTo("get_current_weather");
				});
		assertThat(request.messages().get(3)).isInstanceOfSatisfying(ChatCompletionRequestToolMessage.class,
				(tool) -> assertThat(tool.toolCallId()).isEqualTo("call_abc123"));
		assertThat(request.messages().get(4)).isInstanceOfSatisfying(ChatCompletionRequestAssistantMessage.class,
				(assistant) -> assertThat(assistant.functionCall().name()).isEqualTo("get_current_weather"));
		assertThat(request.messages().get(6)).isInstanceOfSatisfying(ChatCompletionRequestFunctionMessage.class,
				(function) -> assertThat(function.content()).isNull());
		assertThat(request.model()).isEqualTo(ChatModel.GPT_4_1106_PREVIEW);
		assertThat(request.frequencyPenalty()).isEqualTo(0.5);
		assertThat(request.logitBias()).containsEntry("50256", -100).containsEntry("1734", 5);
		assertThat(request.topLogprobs()).isEqualTo(3);
		assertThat(request.n()).isEqualTo(2);
		assertThat(request.presencePenalty()).isEqualTo(-0.5);
		assertThat(request.responseFormat()).isEqualTo(ResponseFormatJsonObject.of());
		assertThat(request.seed()).isEqualTo(1234567890123L);
		assertThat(request.stop()).isEqualTo(Stop.of("\n\n", "END"));
		assertThat(request.stream()).isFalse();
		assertThat(request.temperature()).isEqualTo(0.7);
		assertThat(request.topP()).isEqualTo(0.9);
		assertThat(request.toolChoice()).isEqualTo(namedToolChoice("get_current_weather"));
		assertThat(request.user()).isEqualTo("user-1234");
		assertThat(request.functionCall())
			.isEqualTo(FunctionCall.of(ChatCompletionFunctionCallOption.of("get_current_weather")));
		assertThat(request.functions()).singleElement()
			.satisfies((function) -> assertThat(function.name()).isEqualTo("get_current_weather"));
		// a request read from JSON passes the checks of the builder
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void fullRequestIsForwardCompatible() {
		// logit_bias is a map of integers: an object member added to it would not be a
		// bias, so the reshaped copy leaves it out
		ObjectNode tree = (ObjectNode) JACKSON3.readTree(fixture(FIXTURES + "full.json"));
		tree.remove("logit_bias");
		String json = JACKSON3.writeValueAsString(tree);
		assertForwardCompatible(json, CreateChatCompletionRequest.class, "model", "detail");
		assertForwardCompatible(json, CreateChatCompletionRequest.class, "role", "type");
	}

	@Test
	void newerMembersOfTheRequestAreKept() {
		String json = "{\"model\":\"gpt-4\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
				+ "\"parallel_tool_calls\":false,\"x_future_option\":false}";
		CreateChatCompletionRequest request = assertLossless(json, CreateChatCompletionRequest.class);
		assertThat(request.parallelToolCalls()).isFalse();
		assertThat(request.additionalProperties()).containsEntry("x_future_option", false);
	}

	// ---- the request builder ------------------------------------------------------------

	@Test
	void builderWritesTheDocumentedExample() {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_3_5_TURBO)
			.messages(ChatCompletionRequestSystemMessage.of("You are a helpful assistant."),
					ChatCompletionRequestUserMessage.of("Hello!"))
			.build();
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request)))
			.isEqualTo(JACKSON3.readTree(fixture(FIXTURES + "default.json")));
	}

	@Test
	void builderWritesTheFunctionsExample() {
		FunctionObject function = FunctionObject.builder()
			.name("get_current_weather")
			.description("Get the current weather in a given location")
			.parameters(Map.of("type", "object", "properties",
					Map.of("location",
							Map.of("type", "string", "description", "The city and state, e.g. San Francisco, CA"),
							"unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit"))),
					"required", List.of("location")))
			.build();
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-3.5-turbo")
			.messages(ChatCompletionRequestUserMessage.of("What is the weather like in Boston?"))
			.tools(ChatCompletionTool.builder().function(function).build())
			.toolChoice(ChatCompletionToolChoiceOption.auto())
			.build();
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request)))
			.isEqualTo(JACKSON3.readTree(fixture(FIXTURES + "functions.json")));
	}

	@Test
	void builderWritesTheImageExample() {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4_VISION_PREVIEW)
			.messages(ChatCompletionRequestUserMessage.of(ChatCompletionRequestUserMessage.Content.of(
					ChatCompletionRequestMessageContentPartText.of("What’s in this image?"),
					ChatCompletionRequestMessageContentPartImage.of(ImageUrl.of(
							"https://upload.wikimedia.org/wikipedia/commons/thumb/d/dd/Gfp-wisconsin-madison-the-nature-boardwalk.jpg/2560px-Gfp-wisconsin-madison-the-nature-boardwalk.jpg")))))
			.maxTokens(300)
			.build();
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request)))
			.isEqualTo(JACKSON3.readTree(fixture(FIXTURES + "image.json")));
	}

	@Test
	void absentMembersAreOmitted() throws Exception {
		CreateChatCompletionRequest request = minimal().build();
		String expected = "{\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"}],\"model\":\"gpt-4\"}";
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request))).isEqualTo(JACKSON3.readTree(expected));
		assertThat(JACKSON3.readTree(JACKSON2.writeValueAsString(request))).isEqualTo(JACKSON3.readTree(expected));
	}

	@Test
	void toBuilderTurnsOnStreaming() {
		CreateChatCompletionRequest request = minimal().temperature(0.3).user("u-1").build();
		CreateChatCompletionRequest streamed = request.toBuilder().stream(true).build();
		assertThat(streamed.stream()).isTrue();
		assertThat(streamed.toBuilder().stream(null).build()).isEqualTo(request);
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(streamed)).get("stream").asBoolean()).isTrue();
	}

	@Test
	void builderCopiesListsUnmodifiable() {
		List<ChatCompletionRequestMessage> messages = new ArrayList<>(List.of(ChatCompletionRequestUserMessage.of("a")));
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4)
			.messages(messages)
			.tools(ChatCompletionTool.builder().function(FunctionObject.of("f")).build())
			.functions(ChatCompletionFunctions.builder().name("g").build())
			.logitBias(new HashMap<>(Map.of("50256", -100)))
			.build();
		messages.add(ChatCompletionRequestUserMessage.of("b"));
		assertThat(request.messages()).hasSize(1);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> request.messages().add(ChatCompletionRequestUserMessage.of("c")));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> request.tools().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> request.functions().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> request.logitBias().put("1", 1));
	}

	@Test
	void jacksonAcceptsListsAsTheyAre() {
		CreateChatCompletionRequest request = JACKSON3.readValue("{\"model\":\"gpt-4\",\"messages\":[null]}",
				CreateChatCompletionRequest.class);
		assertThat(request.messages()).containsExactly((ChatCompletionRequestMessage) null);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> request.toBuilder().build())
			.withMessage("Invalid value for 'messages[0]': is required (was null)");
	}

	@Test
	void modelIsRequired() {
		assertInvalid(CreateChatCompletionRequest.builder().messages(ChatCompletionRequestUserMessage.of("Hi")),
				"model", "is required", null);
	}

	@Test
	void messagesAreRequiredAndNotEmpty() {
		assertInvalid(CreateChatCompletionRequest.builder().model(ChatModel.GPT_4), "messages",
				"is required and must not be empty", null);
		assertInvalid(CreateChatCompletionRequest.builder().model(ChatModel.GPT_4).messages(List.of()), "messages",
				"is required and must not be empty", List.of());
		assertInvalid(minimal().messages(Arrays.asList(ChatCompletionRequestUserMessage.of("Hi"), null)),
				"messages[1]", "is required", null);
	}

	@Test
	void temperatureIsBetweenZeroAndTwo() {
		assertThat(minimal().temperature(0.0).build().temperature()).isZero();
		assertThat(minimal().temperature(2.0).build().temperature()).isEqualTo(2.0);
		assertInvalid(minimal().temperature(2.1), "temperature", "must be between 0 and 2", 2.1);
		assertInvalid(minimal().temperature(-0.1), "temperature", "must be between 0 and 2", -0.1);
	}

	@Test
	void topPIsBetweenZeroAndOne() {
		assertThat(minimal().topP(1.0).build().topP()).isEqualTo(1.0);
		assertInvalid(minimal().topP(1.5), "top_p", "must be between 0 and 1", 1.5);
		assertInvalid(minimal().topP(-0.5), "top_p", "must be between 0 and 1", -0.5);
	}

	@Test
	void nIsBetweenOneAndOneHundredTwentyEight() {
		assertThat(minimal().n(128).build().n()).isEqualTo(128);
		assertInvalid(minimal().n(0), "n", "must be between 1 and 128", 0);
		assertInvalid(minimal().n(129), "n", "must be between 1 and 128", 129);
	}

	@Test
	void penaltiesAreBetweenMinusTwoAndTwo() {
		assertThat(minimal().frequencyPenalty(-2.0).presencePenalty(2.0).build().presencePenalty()).isEqualTo(2.0);
		assertInvalid(minimal().frequencyPenalty(2.5), "frequency_penalty", "must be between -2 and 2", 2.5);
		assertInvalid(minimal().frequencyPenalty(-2.5), "frequency_penalty", "must be between -2 and 2", -2.5);
		assertInvalid(minimal().presencePenalty(3.0), "presence_penalty", "must be between -2 and 2", 3.0);
		assertInvalid(minimal().presencePenalty(-3.0), "presence_penalty", "must be between -2 and 2", -3.0);
	}

	@Test
	void topLogprobsIsBetweenZeroAndFiveAndNeedsLogprobs() {
		assertThat(minimal().logprobs(true).topLogprobs(5).build().topLogprobs()).isEqualTo(5);
		assertInvalid(minimal().logprobs(true).topLogprobs(21), "top_logprobs", "must be between 0 and 20", 21);
		assertInvalid(minimal().logprobs(true).topLogprobs(-1), "top_logprobs", "must be between 0 and 20", -1);
		assertInvalid(minimal().topLogprobs(2), "top_logprobs", "requires logprobs to be true", 2);
		assertInvalid(minimal().logprobs(false).topLogprobs(2), "top_logprobs", "requires logprobs to be true", 2);
	}

	@Test
	void logitBiasIsBetweenMinusOneHundredAndOneHundred() {
		assertThat(minimal().logitBias(Map.of("1", 100, "2", -100)).build().logitBias()).hasSize(2);
		assertInvalid(minimal().logitBias(Map.of("50256", 101)), "logit_bias.50256", "must be between -100 and 100",
				101);
		assertInvalid(minimal().logitBias(Map.of("7", -101)), "logit_bias.7", "must be between -100 and 100", -101);
		assertInvalid(minimal().logitBias(Collections.singletonMap("7", null)), "logit_bias.7", "is required",
				null);
	}

	@Test
	void stopHasOneToFourSequences() {
		assertThat(minimal().stop(Stop.of("a", "b", "c", "d")).build().stop())
			.isInstanceOfSatisfying(Stop.OfList.class, (stop) -> assertThat(stop.items()).hasSize(4));
		assertThat(minimal().stop(Stop.of("END")).build().stop()).isEqualTo(Stop.of("END"));
		// the spec states both bounds of stop as one rule, checked and worded as one
		assertInvalid(minimal().stop(Stop.of("a", "b", "c", "d", "e")), "stop", "must have between 1 and 4 elements",
				List.of("a", "b", "c", "d", "e"));
		assertInvalid(minimal().stop(Stop.of(List.of())), "stop", "must have between 1 and 4 elements", List.of());
	}

	@Test
	void toolsAreAtMostOneHundredTwentyEight() {
		List<Tool> tools = IntStream.range(0, 129)
			.<Tool>mapToObj((i) -> ChatCompletionTool.builder().function(FunctionObject.of("f" + i)).build())
			.toList();
		assertThat(minimal().tools(tools.subList(0, 128)).build().tools()).hasSize(128);
		assertInvalid(minimal().tools(tools), "tools", "must have at most 128 elements", tools);
		assertInvalid(minimal().tools(Arrays.asList(tools.get(0), null)), "tools[1]", "is required", null);
	}

	@Test
	void toolFunctionNamesAreChecked() {
		// values the builders would refuse, made without them
		ChatCompletionTool badTool = new ChatCompletionTool(new FunctionObject(null, "get weather", null, null, Map.of()),
				Map.of());
		assertInvalid(minimal().tools(badTool), "tools[0].function.name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "get weather");
		ChatCompletionToolChoiceOption badChoice = ChatCompletionToolChoiceOption
			.of(new ChatCompletionNamedToolChoice(ChatCompletionNamedToolChoice.Function.of("a.b"), Map.of()));
		assertInvalid(minimal().toolChoice(badChoice), "tool_choice.function.name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "a.b");
	}

	@Test
	void functionsAreOneToOneHundredTwentyEightWithValidNames() {
		List<ChatCompletionFunctions> functions = IntStream.range(0, 129)
			.mapToObj((i) -> ChatCompletionFunctions.builder().name("f" + i).build())
			.toList();
		assertThat(minimal().functions(functions.subList(0, 128)).build().functions()).hasSize(128);
		assertInvalid(minimal().functions(functions), "functions", "must have between 1 and 128 elements",
				functions);
		assertInvalid(minimal().functions(List.of()), "functions", "must have between 1 and 128 elements",
				List.of());
		assertInvalid(minimal().functions(new ChatCompletionFunctions(null, "x".repeat(65), null, Map.of())),
				"functions[0].name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "x".repeat(65));
		assertInvalid(minimal().functionCall(FunctionCall.of(new ChatCompletionFunctionCallOption("a b", Map.of()))),
				"function_call.name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "a b");
	}

	@Test
	void messagesAreCheckedByTheRequestBuilder() {
		// messages the builders would refuse, made without them
		ChatCompletionRequestSystemMessage named = new ChatCompletionRequestSystemMessage(
				ChatCompletionRequestSystemMessage.Content.of("Be brief"), "the boss", Map.of());
		assertInvalid(withMessage(named), "messages[1].name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "the boss");
		ChatCompletionRequestUserMessage empty = new ChatCompletionRequestUserMessage(
				ChatCompletionRequestUserMessage.Content.of(List.of()), null, Map.of());
		assertInvalid(withMessage(empty), "messages[1].content", "is required and must not be empty", List.of());
		assertInvalid(withMessage(new ChatCompletionRequestAssistantMessage(null, null, null, null, null, null, Map.of())),
				"messages[1].content",
				"is required unless tool_calls, function_call, refusal or audio is given", null);
		// a message the builder would refuse is read from JSON
		assertInvalid(
				withMessage(JACKSON3.readValue("{\"role\":\"tool\",\"content\":\"42\"}",
						ChatCompletionRequestToolMessage.class)),
				"messages[1].tool_call_id", "is required and must not be blank", null);
		assertInvalid(withMessage(new ChatCompletionRequestFunctionMessage("42", "x".repeat(65), Map.of())),
				"messages[1].name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "x".repeat(65));
	}

	// ---- messages -------------------------------------------------------------------------

	@Test
	void messageFactoriesWriteTheirRole() {
		assertJson(ChatCompletionRequestSystemMessage.of("Be brief"), "{\"role\":\"system\",\"content\":\"Be brief\"}");
		assertJson(ChatCompletionRequestUserMessage.of("Hi"), "{\"role\":\"user\",\"content\":\"Hi\"}");
		assertJson(ChatCompletionRequestAssistantMessage.of("Hello"), "{\"role\":\"assistant\",\"content\":\"Hello\"}");
		assertJson(ChatCompletionRequestToolMessage.of("call_1", "22C"),
				"{\"role\":\"tool\",\"content\":\"22C\",\"tool_call_id\":\"call_1\"}");
		assertJson(ChatCompletionRequestFunctionMessage.of("get_weather", null),
				"{\"role\":\"function\",\"content\":null,\"name\":\"get_weather\"}");
	}

	@Test
	void messagesRoundTripAsTheirVariant() {
		String json = "{\"role\":\"system\",\"content\":\"Be brief\",\"name\":\"desk\"}";
		assertThat(assertLossless(json, ChatCompletionRequestMessage.class))
			.isEqualTo(ChatCompletionRequestSystemMessage.builder().content("Be brief").name("desk").build());
		json = "{\"role\":\"tool\",\"content\":\"22C\",\"tool_call_id\":\"call_1\"}";
		assertThat(assertLossless(json, ChatCompletionRequestMessage.class))
			.isEqualTo(ChatCompletionRequestToolMessage.of("call_1", "22C"));
		json = "{\"role\":\"function\",\"content\":\"22C\",\"name\":\"get_weather\"}";
		assertThat(assertLossless(json, ChatCompletionRequestMessage.class))
			.isEqualTo(ChatCompletionRequestFunctionMessage.of("get_weather", "22C"));
	}

	@Test
	void unknownRoleIsKept() {
		String json = "{\"role\":\"critic\",\"content\":\"Be brief\",\"extra\":[1,2]}";
		ChatCompletionRequestMessage message = assertLossless(json, ChatCompletionRequestMessage.class);
		assertThat(message).isInstanceOf(ChatCompletionRequestMessage.Unknown.class);
		assertThat(message.role()).isEqualTo("critic");
		assertThat(((ChatCompletionRequestMessage.Unknown) message).properties()).containsEntry("content",
				"Be brief");
		CreateChatCompletionRequest request = withMessage(message).build();
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request)).get("messages").get(1))
			.isEqualTo(JACKSON3.readTree(json));
	}

	@Test
	void messageBuildersCheckNames() {
		assertInvalid(() -> ChatCompletionRequestSystemMessage.builder().content("x").name("a b").build(), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "a b");
		assertInvalid(() -> ChatCompletionRequestUserMessage.builder().content("x").name("x".repeat(65)).build(),
				"name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "x".repeat(65));
		assertInvalid(() -> ChatCompletionRequestAssistantMessage.builder().content("x").name("é").build(), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "é");
		assertInvalid(() -> ChatCompletionRequestFunctionMessage.builder().name("f(x)").build(), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "f(x)");
		assertThat(ChatCompletionRequestUserMessage.builder().content("x").name("alice_1-b").build().name())
			.isEqualTo("alice_1-b");
	}

	@Test
	void messageBuildersRequireTheirMembers() {
		assertInvalid(() -> ChatCompletionRequestSystemMessage.builder().build(), "content", "is required", null);
		assertInvalid(() -> ChatCompletionRequestUserMessage.builder().build(), "content", "is required", null);
		assertInvalid(() -> ChatCompletionRequestToolMessage.builder().toolCallId("call_1").build(), "content",
				"is required", null);
		assertInvalid(() -> ChatCompletionRequestToolMessage.builder().content("x").build(), "tool_call_id",
				"is required and must not be blank", null);
		assertInvalid(() -> ChatCompletionRequestFunctionMessage.builder().content("x").build(), "name",
				"is required and must not be blank", null);
		assertInvalid(() -> ChatCompletionRequestUserMessage.of(ChatCompletionRequestUserMessage.Content.of(List.of())),
				"content", "is required and must not be empty", List.of());
		List<ChatCompletionRequestUserMessageContentPart> withNull = Arrays
			.asList(ChatCompletionRequestMessageContentPartText.of("a"), null);
		assertInvalid(() -> ChatCompletionRequestUserMessage.of(ChatCompletionRequestUserMessage.Content.of(withNull)),
				"content[1]", "is required", null);
	}

	@Test
	void assistantMessageNeedsContentOrCalls() {
		assertInvalid(() -> ChatCompletionRequestAssistantMessage.builder().build(), "content",
				"is required unless tool_calls, function_call, refusal or audio is given", null);
		ChatCompletionRequestAssistantMessage calls = ChatCompletionRequestAssistantMessage.builder()
			.toolCalls(ChatCompletionMessageToolCall.of("call_1",
					ChatCompletionMessageToolCall.Function.of("get_weather", "{\"city\":\"Paris\"}")))
			.build();
		assertJson(calls, "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]}");
		ChatCompletionRequestAssistantMessage legacy = ChatCompletionRequestAssistantMessage.builder()
			.functionCall(assistantFunctionCall("get_weather", "{}"))
			.build();
		assertJson(legacy,
				"{\"role\":\"assistant\",\"function_call\":{\"arguments\":\"{}\",\"name\":\"get_weather\"}}");
		assertInvalid(
				() -> ChatCompletionRequestAssistantMessage.builder()
					.functionCall(new ChatCompletionRequestAssistantMessage.FunctionCall("{}", " ", Map.of()))
					.build(),
				"function_call.name", "is required and must not be blank", " ");
	}

	@Test
	void assistantMessageRepeatsAResponseMessage() {
		String json = "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{}\"}}]}";
		ChatCompletionResponseMessage response = JACKSON3.readValue(json, ChatCompletionResponseMessage.class);
		ChatCompletionRequestAssistantMessage message = repeat(response);
		assertThat(message.content()).isNull();
		assertThat(message.toolCalls()).isEqualTo(response.toolCalls());
		assertJson(message, "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{}\"}}]}");
		json = "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"arguments\":\"{}\",\"name\":\"f\"}}";
		assertThat(repeat(JACKSON3.readValue(json, ChatCompletionResponseMessage.class)).functionCall())
			.isEqualTo(assistantFunctionCall("f", "{}"));
	}

	@Test
	void messageToBuilderKeepsEverything() {
		ChatCompletionRequestAssistantMessage assistant = ChatCompletionRequestAssistantMessage.builder()
			.content("Hi")
			.name("bot")
			.additionalProperty("x", 1)
			.build();
		assertThat(assistant.toBuilder().build()).isEqualTo(assistant);
		ChatCompletionRequestUserMessage user = ChatCompletionRequestUserMessage.builder().content("a").name("b").build();
		assertThat(user.toBuilder().build()).isEqualTo(user);
		ChatCompletionRequestSystemMessage system = ChatCompletionRequestSystemMessage.of("a");
		assertThat(system.toBuilder().build()).isEqualTo(system);
		ChatCompletionRequestToolMessage tool = ChatCompletionRequestToolMessage.of("c", "a");
		assertThat(tool.toBuilder().build()).isEqualTo(tool);
		ChatCompletionRequestFunctionMessage function = ChatCompletionRequestFunctionMessage.of("f", "a");
		assertThat(function.toBuilder().build()).isEqualTo(function);
	}

	// ---- user content and content parts -----------------------------------------

	@Test
	void userContentIsTextOrParts() {
		ChatCompletionRequestUserMessage text = ChatCompletionRequestUserMessage.of("Hi");
		assertThat(text.content()).isEqualTo(ChatCompletionRequestUserMessage.Content.of("Hi"));
		ChatCompletionRequestUserMessage parts = ChatCompletionRequestUserMessage.builder()
			.content(ChatCompletionRequestUserMessage.Content.of(
					ChatCompletionRequestMessageContentPartText.of("Look:"), ChatCompletionRequestMessageContentPartImage
						.of(ImageUrl.of("https://example.com/a.png", ImageUrl.Detail.HIGH))))
			.build();
		assertJson(parts, "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Look:\"},"
				+ "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\",\"detail\":\"high\"}}]}");
		assertThat(assertLossless(JACKSON3.writeValueAsString(parts), ChatCompletionRequestMessage.class))
			.isEqualTo(parts);
	}

	@Test
	void userContentOfAnUnknownShapeIsKept() {
		String json = "{\"role\":\"user\",\"content\":{\"kind\":\"video\"}}";
		ChatCompletionRequestUserMessage message = (ChatCompletionRequestUserMessage) assertLossless(json,
				ChatCompletionRequestMessage.class);
		assertThat(message.content()).isEqualTo(new ChatCompletionRequestUserMessage.Content.Unknown(Map.of("kind", "video")));
		assertThat(((ChatCompletionRequestUserMessage) assertLossless("{\"role\":\"user\",\"content\":7}",
				ChatCompletionRequestMessage.class)).content())
			.isInstanceOf(ChatCompletionRequestUserMessage.Content.Unknown.class);
	}

	@Test
	void unknownContentPartIsKept() {
		String json = "{\"role\":\"user\",\"content\":[{\"type\":\"input_video\",\"input_video\":{\"data\":\"AAA\",\"format\":\"mp4\"}}]}";
		ChatCompletionRequestUserMessage message = (ChatCompletionRequestUserMessage) assertLossless(json,
				ChatCompletionRequestMessage.class);
		ChatCompletionRequestUserMessageContentPart part = ((ChatCompletionRequestUserMessage.Content.OfList) message
			.content()).items().get(0);
		assertThat(part).isInstanceOf(ChatCompletionRequestUserMessageContentPart.Unknown.class);
		assertThat(part.type()).isEqualTo("input_video");
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(part)))
			.isEqualTo(JACKSON3.readTree(json).get("content").get(0));
	}

	@Test
	void contentPartsRoundTrip() {
		String text = "{\"type\":\"text\",\"text\":\"Hello\"}";
		assertThat(assertLossless(text, ChatCompletionRequestMessageContentPart.class))
			.isEqualTo(ChatCompletionRequestMessageContentPartText.of("Hello"));
		String image = "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\",\"detail\":\"auto\"}}";
		assertThat(assertLossless(image, ChatCompletionRequestMessageContentPart.class))
			.isEqualTo(ChatCompletionRequestMessageContentPartImage
				.of(ImageUrl.of("https://example.com/a.png", ImageUrl.Detail.AUTO)));
		assertForwardCompatible(image, ChatCompletionRequestMessageContentPart.class, "detail");
		String future = "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\",\"detail\":\"ultra\"}}";
		ChatCompletionRequestMessageContentPartImage read = (ChatCompletionRequestMessageContentPartImage) assertLossless(
				future, ChatCompletionRequestMessageContentPart.class);
		assertThat(read.imageUrl().detail()).isEqualTo(ImageUrl.Detail.of("ultra"));
		assertThat(read.imageUrl().detail()).hasToString("ultra");
	}

	@Test
	void contentPartBuildersRequireTheirMembers() {
		assertInvalid(() -> ChatCompletionRequestMessageContentPartText.builder().build(), "text", "is required",
				null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartImage.builder().build(), "image_url",
				"is required", null);
		// the image's own builder names its members as its own; the part's builder names them in the part
		assertInvalid(() -> ImageUrl.builder().detail(ImageUrl.Detail.LOW).build(), "url",
				"is required and must not be blank", null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartImage.builder()
			.imageUrl(new ImageUrl("", null, Map.of()))
			.build(), "image_url.url", "is required and must not be blank", "");
		assertJson(ChatCompletionRequestMessageContentPartImage.builder()
			.imageUrl(ImageUrl.of("https://example.com/a.png"))
			.build(),
				"{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}");
	}

	// ---- tools, tool choice and functions --------------------------------------------

	@Test
	void toolDefaultsToFunctionType() {
		ChatCompletionTool tool = ChatCompletionTool.builder().function(FunctionObject.of("get_weather")).build();
		assertJson(tool, "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}");
		assertThat(tool.toBuilder().build()).isEqualTo(tool);
		assertInvalid(() -> ChatCompletionTool.builder().build(), "function", "is required", null);
		String future = "{\"type\":\"code_interpreter\",\"function\":{\"name\":\"f\"},\"x\":true}";
		Tool read = assertLossless(future, Tool.class);
		assertThat(read).isInstanceOf(Tool.Unknown.class);
		assertThat(read.type()).isEqualTo("code_interpreter");
	}

	@Test
	void toolChoiceIsAModeOrANamedFunction() {
		assertJson(ChatCompletionToolChoiceOption.none(), "\"none\"");
		assertJson(ChatCompletionToolChoiceOption.auto(), "\"auto\"");
		assertJson(namedToolChoice("get_weather"),
				"{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}");
		assertThat(assertLossless("\"none\"", ChatCompletionToolChoiceOption.class))
			.isEqualTo(ChatCompletionToolChoiceOption.none());
		assertThat(assertLossless("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}",
				ChatCompletionToolChoiceOption.class))
			.isEqualTo(namedToolChoice("get_weather"));
		assertThat(ChatCompletionToolChoiceOption.auto())
			.isEqualTo(new ChatCompletionToolChoiceOption.OfString("auto"));
	}

	@Test
	void toolChoiceKeepsUnknownShapes() {
		assertThat(assertLossless("\"required\"", ChatCompletionToolChoiceOption.class))
			.isEqualTo(ChatCompletionToolChoiceOption.required());
		String future = "{\"type\":\"file_search\",\"file_search\":{}}";
		ChatCompletionToolChoiceOption choice = assertLossless(future, ChatCompletionToolChoiceOption.class);
		assertThat(((ChatCompletionToolChoiceOption.OfObject) choice).value())
			.isInstanceOf(ChatCompletionToolChoiceOption.Typed.Unknown.class);
		assertThat(((ChatCompletionToolChoiceOption.OfObject) choice).value().type()).isEqualTo("file_search");
		assertThat(assertLossless("[\"a\"]", ChatCompletionToolChoiceOption.class))
			.isEqualTo(new ChatCompletionToolChoiceOption.Unknown(List.of("a")));
	}

	@Test
	void namedToolChoiceRequiresAValidName() {
		assertInvalid(() -> ChatCompletionNamedToolChoice.builder().build(), "function", "is required", null);
		assertInvalid(() -> namedFunction("get weather"), "function.name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "get weather");
		ChatCompletionNamedToolChoice choice = namedFunction("f");
		assertThat(choice.type()).isEqualTo(ChatCompletionNamedToolChoice.TYPE);
		assertThat(choice.toBuilder().build()).isEqualTo(choice);
		assertForwardCompatible("{\"type\":\"function\",\"function\":{\"name\":\"f\"}}",
				ChatCompletionNamedToolChoice.class);
	}

	@Test
	void functionCallIsAModeOrANamedFunction() {
		assertJson(FunctionCall.none(), "\"none\"");
		assertJson(FunctionCall.auto(), "\"auto\"");
		assertJson(FunctionCall.of(ChatCompletionFunctionCallOption.of("get_weather")),
				"{\"name\":\"get_weather\"}");
		assertThat(assertLossless("\"auto\"", FunctionCall.class)).isEqualTo(FunctionCall.auto());
		assertThat(assertLossless("{\"name\":\"get_weather\"}", FunctionCall.class))
			.isEqualTo(FunctionCall.of(ChatCompletionFunctionCallOption.of("get_weather")));
		assertThat(assertLossless("\"sometimes\"", FunctionCall.class)).isEqualTo(FunctionCall.of("sometimes"));
		assertThat(assertLossless("[1]", FunctionCall.class)).isEqualTo(new FunctionCall.Unknown(List.of(1)));
	}

	@Test
	void functionCallOptionRequiresAValidName() {
		assertInvalid(() -> ChatCompletionFunctionCallOption.builder().build(), "name",
				"is required and must not be blank", null);
		assertInvalid(() -> ChatCompletionFunctionCallOption.of("a/b"), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "a/b");
		ChatCompletionFunctionCallOption option = ChatCompletionFunctionCallOption.of("f");
		assertThat(option.toBuilder().build()).isEqualTo(option);
		assertForwardCompatible("{\"name\":\"f\"}", ChatCompletionFunctionCallOption.class);
	}

	@Test
	void functionsDescribeLegacyFunctions() {
		ChatCompletionFunctions function = ChatCompletionFunctions.builder()
			.name("get_weather")
			.description("Weather of a city")
			.parameters(Map.of("type", "object"))
			.build();
		assertJson(function,
				"{\"name\":\"get_weather\",\"description\":\"Weather of a city\",\"parameters\":{\"type\":\"object\"}}");
		assertThat(function.toBuilder().build()).isEqualTo(function);
		assertInvalid(() -> ChatCompletionFunctions.builder().build(), "name", "is required and must not be blank",
				null);
		assertInvalid(() -> ChatCompletionFunctions.builder().name("x".repeat(65)).build(), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "x".repeat(65));
		assertForwardCompatible(JACKSON3.writeValueAsString(function), ChatCompletionFunctions.class);
	}

	// ---- response format and model --------------------------------------------------

	@Test
	void responseFormatHasAType() {
		assertJson(ResponseFormatJsonObject.of(), "{\"type\":\"json_object\"}");
		assertJson(ResponseFormatText.of(), "{\"type\":\"text\"}");
		assertThat(assertLossless("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"x\"}}", ResponseFormat.class)
			.type()).isEqualTo(ResponseFormatJsonSchema.TYPE);
		assertThat(ResponseFormatJsonObject.TYPE).isEqualTo("json_object");
		assertThat(ResponseFormatJsonObject.of().toBuilder().build()).isEqualTo(ResponseFormatJsonObject.of());
	}

	@Test
	void chatModelHasEveryDocumentedIdAndKeepsOthers() {
		assertThat(List.of(ChatModel.GPT_4_0125_PREVIEW, ChatModel.GPT_4_TURBO_PREVIEW, ChatModel.GPT_4_1106_PREVIEW,
				ChatModel.GPT_4_VISION_PREVIEW, ChatModel.GPT_4, ChatModel.GPT_4_0314, ChatModel.GPT_4_0613,
				ChatModel.GPT_4_32K, ChatModel.GPT_4_32K_0314, ChatModel.GPT_4_32K_0613, ChatModel.GPT_3_5_TURBO,
				ChatModel.GPT_3_5_TURBO_16K, ChatModel.GPT_3_5_TURBO_0301, ChatModel.GPT_3_5_TURBO_0613,
				ChatModel.GPT_3_5_TURBO_1106, ChatModel.GPT_3_5_TURBO_0125, ChatModel.GPT_3_5_TURBO_16K_0613))
			.extracting(ChatModel::value)
			.containsExactly("gpt-4-0125-preview", "gpt-4-turbo-preview", "gpt-4-1106-preview",
					"gpt-4-vision-preview", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k", "gpt-4-32k-0314",
					"gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0301",
					"gpt-3.5-turbo-0613", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613");
		assertThat(assertLossless("\"ft:gpt-3.5-turbo:acme::abc123\"", ChatModel.class))
			.hasToString("ft:gpt-3.5-turbo:acme::abc123");
		assertThat(minimal().model("gpt-4").build().model()).isEqualTo(ChatModel.GPT_4);
	}

	// ---- support ---------------------------------------------------------------------------

	private static CreateChatCompletionRequest.Builder minimal() {
		return CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4)
			.messages(ChatCompletionRequestUserMessage.of("Hi"));
	}

	private static CreateChatCompletionRequest.Builder withMessage(ChatCompletionRequestMessage message) {
		return minimal().messages(ChatCompletionRequestUserMessage.of("Hi"), message);
	}

	private static ChatCompletionNamedToolChoice namedFunction(String name) {
		return ChatCompletionNamedToolChoice.builder().function(ChatCompletionNamedToolChoice.Function.of(name)).build();
	}

	private static ChatCompletionToolChoiceOption namedToolChoice(String name) {
		return ChatCompletionToolChoiceOption.of(namedFunction(name));
	}

	private static ChatCompletionRequestAssistantMessage.FunctionCall assistantFunctionCall(String name,
			String arguments) {
		return ChatCompletionRequestAssistantMessage.FunctionCall.builder().name(name).arguments(arguments).build();
	}

	/**
	 * A response message sent back as the assistant message of the next request.
	 */
	private static ChatCompletionRequestAssistantMessage repeat(ChatCompletionResponseMessage message) {
		return JACKSON3.readValue(JACKSON3.writeValueAsString(message), ChatCompletionRequestAssistantMessage.class);
	}

	private static void assertInvalid(CreateChatCompletionRequest.Builder builder, String field, String rule,
			Object value) {
		assertInvalid(builder::build, field, rule, value);
	}

	private static void assertInvalid(Runnable action, String field, String rule, Object value) {
		Consumer<ValidationException> check = (ex) -> {
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex.getRule()).isEqualTo(rule);
			assertThat(ex.getValue()).isEqualTo(value);
			assertThat(ex.getMessage()).startsWith("Invalid value for '" + field + "': " + rule);
		};
		assertThatExceptionOfType(ValidationException.class).isThrownBy(action::run).satisfies(check);
	}

	private static void assertJson(Object value, String expected) {
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(value))).isEqualTo(JACKSON3.readTree(expected));
		try {
			assertThat(JACKSON3.readTree(JACKSON2.writeValueAsString(value))).isEqualTo(JACKSON3.readTree(expected));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
