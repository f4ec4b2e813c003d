package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.models.chat.ChatCompletionRequestMessageContentPartAudio.InputAudio;
import org.openaiboot.models.chat.CreateChatCompletionRequest.Audio;
import org.openaiboot.models.chat.CreateChatCompletionRequest.Modality;
import org.openaiboot.models.chat.CreateChatCompletionRequest.ResponseFormat;
import org.openaiboot.models.chat.CreateChatCompletionRequest.WebSearchOptions;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.responses.ModerationConfigParam;
import org.openaiboot.models.responses.ModerationMode;
import org.openaiboot.models.responses.ModerationParam;
import org.openaiboot.models.responses.ModerationPolicyParam;
import org.openaiboot.models.responses.PromptCacheBreakpointParam;
import org.openaiboot.models.responses.PromptCacheModeEnum;
import org.openaiboot.models.responses.PromptCacheOptionsParam;
import org.openaiboot.models.responses.PromptCacheTTLEnum;
import org.openaiboot.models.responses.ReasoningEffort;
import org.openaiboot.models.responses.Verbosity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

/**
 * The members that the API added to chat completions after version 2.0.0, checked
 * against the documented examples of today's API reference
 * ({@code fixtures/chat/latest}) and against the rules of today's API.
 */
class ChatLatestApiModelsTests {

	private static final String LATEST = "fixtures/chat/latest/";

	private static final String[] RESPONSE_ENUMS = { "finish_reason", "role", "service_tier" };

	// ---- documented examples of today's API ---------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "default", "image", "functions", "logprobs" })
	void latestResponseExamplesRoundTrip(String example) {
		String documented = fixture(LATEST + "response-CreateChatCompletionResponse-" + example + ".json");
		String json = withoutExplicitNulls(documented, "refusal", "system_fingerprint");
		CreateChatCompletionResponse response = assertLossless(json, CreateChatCompletionResponse.class);
		assertForwardCompatible(json, CreateChatCompletionResponse.class, RESPONSE_ENUMS);
		assertThat(JACKSON3.readValue(documented, CreateChatCompletionResponse.class)).isEqualTo(response);
		assertThat(response.object()).isEqualTo(CreateChatCompletionResponse.OBJECT);
		assertThat(response.choices()).isNotEmpty();
		assertThat(response.usage()).isNotNull();
		assertThat(response.usage().completionTokensDetails()).isNotNull();
		assertThat(response.usage().completionTokensDetails().reasoningTokens()).isZero();
		assertThat(response.usage().completionTokensDetails().acceptedPredictionTokens()).isZero();
		assertThat(response.usage().completionTokensDetails().rejectedPredictionTokens()).isZero();
		assertThat(response.additionalProperties()).isEmpty();
	}

	/**
	 * An explicit {@code null} of an optional member is read as absent and not written
	 * back: the records tell "absent" and "null" apart only for members that the API
	 * always sends.
	 */
	@Test
	void explicitNullsOfOptionalMembersAreReadAsAbsent() {
		String documented = fixture(LATEST + "response-CreateChatCompletionResponse-default.json");
		CreateChatCompletionResponse response = JACKSON3.readValue(documented, CreateChatCompletionResponse.class);
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(response)))
			.isEqualTo(JACKSON3.readTree(withoutExplicitNulls(documented, "refusal")));
	}

	@Test
	void defaultExampleReadsTheNewMembers() {
		CreateChatCompletionResponse response = JACKSON3.readValue(
				fixture(LATEST + "response-CreateChatCompletionResponse-default.json"),
				CreateChatCompletionResponse.class);
		assertThat(response.model()).isEqualTo("gpt-5.4");
		assertThat(response.serviceTier()).isEqualTo(ServiceTier.DEFAULT);
		assertThat(response.metadata()).isNull();
		assertThat(response.moderation()).isNull();
		ChatCompletionResponseMessage message = response.choices().get(0).message();
		assertThat(message.role()).isEqualTo(ChatCompletionRole.ASSISTANT.value());
		assertThat(message.content()).isEqualTo("Hello! How can I assist you today?");
		assertThat(message.refusal()).isNull();
		assertThat(message.annotations()).isEmpty();
		assertThat(message.audio()).isNull();
		CompletionUsage usage = response.usage();
		assertThat(usage).isNotNull();
		assertThat(usage.promptTokens()).isEqualTo(19);
		assertThat(usage.completionTokens()).isEqualTo(10);
		assertThat(usage.totalTokens()).isEqualTo(29);
		assertThat(usage.promptTokensDetails())
			.isEqualTo(CompletionUsage.PromptTokensDetails.builder().cachedTokens(0).audioTokens(0).build());
		assertThat(usage.completionTokensDetails()).isEqualTo(CompletionUsage.CompletionTokensDetails.builder()
			.reasoningTokens(0)
			.audioTokens(0)
			.acceptedPredictionTokens(0)
			.rejectedPredictionTokens(0)
			.build());
	}

	@Test
	void latestStreamExampleRoundTrips() {
		for (int i = 0; i < 3; i++) {
			String json = fixture(LATEST + "response-CreateChatCompletionStreamResponse-" + i + ".json");
			CreateChatCompletionStreamResponse chunk = assertLossless(json, CreateChatCompletionStreamResponse.class);
			assertForwardCompatible(json, CreateChatCompletionStreamResponse.class, RESPONSE_ENUMS);
			assertThat(chunk.model()).isEqualTo("gpt-4o-mini");
			assertThat(chunk.usage()).isNull();
			assertThat(chunk.additionalProperties()).isEmpty();
		}
	}

	@Test
	void usageChunkRoundTrips() {
		String json = """
				{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini",
				"service_tier":"default","system_fingerprint":"fp_44709d6fcb","obfuscation":"a1B2",
				"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21,
				"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},
				"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,
				"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}
				""";
		CreateChatCompletionStreamResponse chunk = assertLossless(json, CreateChatCompletionStreamResponse.class);
		assertForwardCompatible(json, CreateChatCompletionStreamResponse.class, RESPONSE_ENUMS);
		assertThat(chunk.choices()).isEmpty();
		assertThat(chunk.usage()).isNotNull();
		assertThat(chunk.usage().totalTokens()).isEqualTo(21);
		assertThat(chunk.obfuscation()).isEqualTo("a1B2");
		assertThat(chunk.serviceTier()).isEqualTo(ServiceTier.DEFAULT);
	}

	@Test
	void refusalDeltaAndLogprobsRoundTrip() {
		String json = """
				{"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o",
				"choices":[{"index":0,"delta":{"role":"assistant","refusal":"I can't help with that."},
				"logprobs":{"content":null,"refusal":[{"token":"I","logprob":-0.1,"bytes":[73],"top_logprobs":[]}]},
				"finish_reason":null}]}
				""";
		CreateChatCompletionStreamResponse chunk = assertLossless(json, CreateChatCompletionStreamResponse.class);
		assertForwardCompatible(json, CreateChatCompletionStreamResponse.class, RESPONSE_ENUMS);
		CreateChatCompletionStreamResponse.Choice choice = chunk.choices().get(0);
		assertThat(choice.delta().refusal()).isEqualTo("I can't help with that.");
		assertThat(choice.logprobs()).isNotNull();
		assertThat(choice.logprobs().content()).isNull();
		assertThat(choice.logprobs().refusal()).singleElement().satisfies((p) -> assertThat(p.token()).isEqualTo("I"));
	}

	@Test
	void messageWithRefusalAnnotationsAndAudioRoundTrips() {
		String json = """
				{"id":"chatcmpl-1","object":"chat.completion","created":1741569952,"model":"gpt-4o-search-preview",
				"metadata":{"project":"docs"},"service_tier":"flex",
				"moderation":{"input":{"type":"results","flagged":false},"output":{"type":"error","message":"timeout"}},
				"choices":[{"index":0,"finish_reason":"stop","logprobs":null,
				"message":{"role":"assistant","content":"See the report.","refusal":null,
				"annotations":[{"type":"url_citation","url_citation":{"end_index":14,"start_index":4,
				"url":"https://example.com/report","title":"Report"}}],
				"audio":{"id":"audio_abc123","expires_at":1729018505,"data":"UklGRg==","transcript":"See the report."}}},
				{"index":1,"finish_reason":"stop","logprobs":null,
				"message":{"role":"assistant","content":null,"refusal":"I can't help with that."}}],
				"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,
				"prompt_tokens_details":{"cached_tokens":1,"audio_tokens":0,"text_tokens":1,"image_tokens":0,
				"cache_write_tokens":0},
				"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":1,"text_tokens":1,
				"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}
				""";
		String lossless = withoutExplicitNulls(json, "refusal");
		CreateChatCompletionResponse response = assertLossless(lossless, CreateChatCompletionResponse.class);
		assertForwardCompatible(lossless, CreateChatCompletionResponse.class, RESPONSE_ENUMS);
		assertThat(response.metadata()).containsEntry("project", "docs");
		assertThat(response.serviceTier()).isEqualTo(ServiceTier.FLEX);
		assertThat(response.moderation()).isNotNull();
		assertThat(response.moderation().input()).isInstanceOfSatisfying(ChatCompletionModeration.Input.Unknown.class,
				(input) -> assertThat(input.properties()).containsEntry("flagged", false));
		ChatCompletionResponseMessage message = response.choices().get(0).message();
		assertThat(message.annotations()).singleElement().satisfies((annotation) -> {
			assertThat(annotation.type()).isEqualTo(ChatCompletionResponseMessage.Annotation.TYPE);
			assertThat(annotation.urlCitation().url()).isEqualTo("https://example.com/report");
			assertThat(annotation.urlCitation().startIndex()).isEqualTo(4);
			assertThat(annotation.urlCitation().endIndex()).isEqualTo(14);
		});
		assertThat(message.audio().expiresAt()).isEqualTo(1729018505L);
		assertThat(message.audio().transcript()).isEqualTo("See the report.");
		assertThat(response.choices().get(1).message().refusal()).isEqualTo("I can't help with that.");
		assertThat(response.usage().promptTokensDetails().cachedTokens()).isEqualTo(1);
		ChatCompletionRequestAssistantMessage next = repeat(message);
		assertThat(next.audio()).isNotNull();
		assertThat(next.audio().id()).isEqualTo("audio_abc123");
		assertThat(repeat(response.choices().get(1).message()).refusal()).isEqualTo("I can't help with that.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "default", "image", "streaming", "functions", "logprobs" })
	void latestRequestExamplesRoundTrip(String example) {
		String json = fixture(LATEST + "request-CreateChatCompletionRequest-" + example + ".json");
		CreateChatCompletionRequest request = assertLossless(json, CreateChatCompletionRequest.class);
		assertForwardCompatible(json, CreateChatCompletionRequest.class, "model", "detail", "tool_choice", "role",
				"type");
		assertThat(request.messages()).isNotEmpty();
		assertThat(request.additionalProperties()).isEmpty();
	}

	@Test
	void latestDefaultRequestHasADeveloperMessage() {
		CreateChatCompletionRequest request = JACKSON3.readValue(
				fixture(LATEST + "request-CreateChatCompletionRequest-default.json"), CreateChatCompletionRequest.class);
		assertThat(request.messages()).containsExactly(
				ChatCompletionRequestDeveloperMessage.of("You are a helpful assistant."),
				ChatCompletionRequestUserMessage.of("Hello!"));
		assertThat(request.messages().get(0).role()).isEqualTo(ChatCompletionRole.DEVELOPER.value());
	}

	// ---- requests with the new members --------------------------------------------

	@Test
	void requestWritesEveryNewMember() {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_5_4)
			.messages(ChatCompletionRequestDeveloperMessage.of("Answer in French."),
					ChatCompletionRequestUserMessage.of(ChatCompletionRequestUserMessage.Content.of(
							ChatCompletionRequestMessageContentPartText.of("Hi"),
							audioPart("UklGRg==", InputAudio.Format.WAV),
							filePart(ChatCompletionRequestMessageContentPartFile.File.builder()
								.fileId("file-abc")
								.build()))))
			.metadata(Map.of("team", "docs"))
			.safetyIdentifier("user-hash-1")
			.promptCacheKey("docs-v1")
			.promptCacheRetention(CreateChatCompletionRequest.PromptCacheRetention.V_24H)
			.promptCacheOptions(PromptCacheOptionsParam.builder()
				.ttl(PromptCacheTTLEnum.V_30M)
				.mode(PromptCacheModeEnum.IMPLICIT)
				.build())
			.serviceTier(ServiceTier.PRIORITY)
			.modalities(Modality.TEXT, Modality.AUDIO)
			.verbosity(Verbosity.LOW)
			.reasoningEffort(ReasoningEffort.MINIMAL)
			.maxCompletionTokens(500)
			.webSearchOptions(WebSearchOptions.builder()
				.userLocation(WebSearchOptions.UserLocation.builder()
					.type(WebSearchOptions.UserLocation.TYPE)
					.approximate(WebSearchLocation.builder()
						.country("FR")
						.city("Paris")
						.timezone("Europe/Paris")
						.build())
					.build())
				.searchContextSize(WebSearchContextSize.HIGH)
				.build())
			.audio(Audio.builder().voice(VoiceIdsOrCustomVoice.alloy()).format(Audio.Format.MP3).build())
			.store(true)
			.moderation(ModerationParam.builder()
				.model("omni-moderation-latest")
				.policy(ModerationPolicyParam.builder()
					.input(ModerationConfigParam.builder().mode(ModerationMode.SCORE).build())
					.output(ModerationConfigParam.builder().mode(ModerationMode.BLOCK).build())
					.build())
				.build())
			.prediction(PredictionContent.of("Bonjour"))
			.streamOptions(ChatCompletionStreamOptions.of(true))
			.parallelToolCalls(false)
			.logprobs(true)
			.topLogprobs(20)
			.responseFormat(ResponseFormatJsonSchema.of(ResponseFormatJsonSchema.JsonSchema.builder()
				.name("answer")
				.schema(Map.of("type", "object"))
				.strict(true)
				.build()))
			.build();
		String expected = """
				{"messages":[{"role":"developer","content":"Answer in French."},
				{"role":"user","content":[{"type":"text","text":"Hi"},
				{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}},
				{"type":"file","file":{"file_id":"file-abc"}}]}],
				"model":"gpt-5.4","logprobs":true,"top_logprobs":20,
				"response_format":{"type":"json_schema","json_schema":{"name":"answer","schema":{"type":"object"},"strict":true}},
				"metadata":{"team":"docs"},"safety_identifier":"user-hash-1","prompt_cache_key":"docs-v1",
				"prompt_cache_retention":"24h","prompt_cache_options":{"ttl":"30m","mode":"implicit"},
				"service_tier":"priority","modalities":["text","audio"],"verbosity":"low","reasoning_effort":"minimal",
				"max_completion_tokens":500,
				"web_search_options":{"user_location":{"type":"approximate","approximate":{"country":"FR","city":"Paris","timezone":"Europe/Paris"}},"search_context_size":"high"},
				"audio":{"voice":"alloy","format":"mp3"},"store":true,"moderation":{"model":"omni-moderation-latest","policy":{"input":{"mode":"score"},"output":{"mode":"block"}}},
				"prediction":{"type":"content","content":"Bonjour"},"stream_options":{"include_usage":true},
				"parallel_tool_calls":false}
				""";
		assertJson(request, expected);
		assertThat(assertLossless(expected, CreateChatCompletionRequest.class)).isEqualTo(request);
		assertForwardCompatible(expected, CreateChatCompletionRequest.class, "service_tier", "verbosity",
				"reasoning_effort", "format", "search_context_size", "mode", "ttl", "role", "type");
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void customVoiceAndUnknownShapesAreKept() {
		String json = "{\"voice\":{\"id\":\"voice_1234\"},\"format\":\"wav\"}";
		Audio audio = assertLossless(json, Audio.class);
		assertThat(audio.voice()).isInstanceOf(VoiceIdsOrCustomVoice.OfObject.class);
		assertThat(((VoiceIdsOrCustomVoice.OfObject) audio.voice()).value().id()).isEqualTo("voice_1234");
		assertThat(assertLossless("{\"voice\":\"marin\",\"format\":\"pcm16\"}", Audio.class).voice())
			.isEqualTo(VoiceIdsOrCustomVoice.marin());
		assertThat(assertLossless("{\"voice\":[1],\"format\":\"pcm16\"}", Audio.class).voice())
			.isInstanceOf(VoiceIdsOrCustomVoice.Unknown.class);
		assertJson(Audio.builder()
			.voice(VoiceIdsOrCustomVoice.of(VoiceIdsOrCustomVoice.Object.builder().id("voice_9").build()))
			.format(Audio.Format.OPUS)
			.build(), "{\"voice\":{\"id\":\"voice_9\"},\"format\":\"opus\"}");
	}

	@Test
	void newContentPartsRoundTrip() {
		String json = """
				[{"type":"text","text":"Summarise","prompt_cache_breakpoint":{"mode":"explicit"}},
				{"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"},"prompt_cache_breakpoint":{"mode":"explicit"}},
				{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"mp3"}},
				{"type":"file","file":{"filename":"a.pdf","file_data":"data:application/pdf;base64,JVBERi0="}},
				{"type":"refusal","refusal":"No."},
				{"type":"future_part","value":1}]
				""";
		ChatCompletionRequestUserMessage message = assertLossless(
				"{\"role\":\"user\",\"content\":" + json + "}", ChatCompletionRequestUserMessage.class);
		List<ChatCompletionRequestUserMessageContentPart> parts = ((ChatCompletionRequestUserMessage.Content.OfList) message
			.content()).items();
		assertThat(parts).extracting(ChatCompletionRequestUserMessageContentPart::type)
			.containsExactly("text", "image_url", "input_audio", "file", "refusal", "future_part");
		assertThat(parts.get(0)).isEqualTo(ChatCompletionRequestMessageContentPartText.builder()
			.text("Summarise")
			.promptCacheBreakpoint(
					PromptCacheBreakpointParam.builder().mode(PromptCacheBreakpointParam.Mode.EXPLICIT).build())
			.build());
		assertThat(parts.get(2)).isEqualTo(audioPart("UklGRg==", InputAudio.Format.MP3));
		assertThat(parts.get(3)).isEqualTo(filePart(ChatCompletionRequestMessageContentPartFile.File.builder()
			.filename("a.pdf")
			.fileData("data:application/pdf;base64,JVBERi0=")
			.build()));
		// a refusal part belongs to assistant messages: in a user message it is kept as read
		assertThat(parts.get(4)).isInstanceOfSatisfying(ChatCompletionRequestUserMessageContentPart.Unknown.class,
				(part) -> assertThat(part.properties()).containsEntry("refusal", "No."));
		assertThat(assertLossless("{\"type\":\"refusal\",\"refusal\":\"No.\"}",
				ChatCompletionRequestAssistantMessageContentPart.class))
			.isEqualTo(ChatCompletionRequestMessageContentPartRefusal.of("No."));
		assertThat(parts.get(5)).isInstanceOf(ChatCompletionRequestUserMessageContentPart.Unknown.class);
		assertForwardCompatible("{\"role\":\"user\",\"content\":" + json + "}", ChatCompletionRequestUserMessage.class,
				"format", "detail", "mode");
	}

	@Test
	void assistantMessageCarriesRefusalAndAudio() {
		ChatCompletionRequestAssistantMessage refusal = ChatCompletionRequestAssistantMessage.builder()
			.refusal("I can't help with that.")
			.build();
		assertJson(refusal, "{\"role\":\"assistant\",\"refusal\":\"I can't help with that.\"}");
		ChatCompletionRequestAssistantMessage audio = ChatCompletionRequestAssistantMessage.builder()
			.audio(ChatCompletionRequestAssistantMessage.Audio.builder().id("audio_abc").build())
			.build();
		assertJson(audio, "{\"role\":\"assistant\",\"audio\":{\"id\":\"audio_abc\"}}");
		assertThat(assertLossless(JACKSON3.writeValueAsString(audio), ChatCompletionRequestMessage.class))
			.isEqualTo(audio);
		assertInvalid(() -> ChatCompletionRequestAssistantMessage.builder()
			.audio(read("{\"id\":\" \"}", ChatCompletionRequestAssistantMessage.Audio.class))
			.build(), "audio.id", "is required and must not be blank", " ");
	}

	@Test
	void enumLikeTypesKnowTodaysValues() {
		assertThat(ChatCompletionRole.DEVELOPER).hasToString("developer");
		assertThat(ChatModel.GPT_4O_MINI).hasToString("gpt-4o-mini");
		assertThat(ChatModel.O3_MINI).hasToString("o3-mini");
		assertThat(ChatModel.of("gpt-5.4")).isEqualTo(ChatModel.GPT_5_4);
		assertThat(ServiceTier.of("scale")).isEqualTo(ServiceTier.SCALE);
		assertThat(ReasoningEffort.XHIGH).hasToString("xhigh");
		assertThat(ResponseFormatJsonSchema.TYPE).isEqualTo("json_schema");
		assertThat(JACKSON3.writeValueAsString(ChatCompletionToolChoiceOption.required())).isEqualTo("\"required\"");
		assertThat(assertLossless("\"required\"", ChatCompletionToolChoiceOption.class))
			.isEqualTo(ChatCompletionToolChoiceOption.required());
	}

	@Test
	void jsonSchemaResponseFormatRoundTrips() {
		String json = """
				{"type":"json_schema","json_schema":{"name":"math_reasoning","description":"Steps and answer",
				"schema":{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"],
				"additionalProperties":false},"strict":true}}
				""";
		ResponseFormat read = assertLossless(json, ResponseFormat.class);
		assertForwardCompatible(json, ResponseFormat.class, "type");
		assertThat(read.type()).isEqualTo(ResponseFormatJsonSchema.TYPE);
		ResponseFormatJsonSchema format = (ResponseFormatJsonSchema) read;
		assertThat(format.jsonSchema().name()).isEqualTo("math_reasoning");
		assertThat(format.jsonSchema().strict()).isTrue();
		assertThat(format.jsonSchema().schema()).containsEntry("additionalProperties", false);
		assertThat(format.toBuilder().build()).isEqualTo(format);
	}

	@Test
	void strictFunctionToolRoundTrips() {
		String json = """
				{"type":"function","function":{"name":"get_weather","description":"Weather of a city",
				"parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],
				"additionalProperties":false},"strict":true}}
				""";
		ChatCompletionTool tool = assertLossless(json, ChatCompletionTool.class);
		assertForwardCompatible(json, ChatCompletionTool.class);
		// a tool of a newer type is read through the union of tools
		assertForwardCompatible(json, CreateChatCompletionRequest.Tool.class, "type");
		assertThat(tool.function().strict()).isTrue();
		assertThat(tool.function().toBuilder().strict(null).build().strict()).isNull();
	}

	// ---- validation ---------------------------------------------------------------

	@Test
	void metadataIsChecked() {
		Map<String, String> seventeen = new LinkedHashMap<>();
		for (int i = 0; i < 17; i++) {
			seventeen.put("k" + i, "v");
		}
		assertInvalid(minimal().metadata(seventeen), "metadata", "must have at most 16 keys",
				seventeen.keySet());
		assertInvalid(minimal().metadata(Map.of("k".repeat(65), "v")), "metadata key",
				"must be at most 64 characters long", "k".repeat(65));
		assertInvalid(minimal().metadata(Map.of("k", "v".repeat(513))), "metadata.k",
				"must be at most 512 characters long", "v".repeat(513));
		assertThat(minimal().metadata(Map.of("k".repeat(64), "v".repeat(512))).build().metadata()).hasSize(1);
	}

	@Test
	void newRequestMembersAreChecked() {
		assertInvalid(minimal().safetyIdentifier("x".repeat(65)), "safety_identifier",
				"must be at most 64 characters long", "x".repeat(65));
		assertThat(minimal().logprobs(true).topLogprobs(20).build().topLogprobs()).isEqualTo(20);
		assertInvalid(minimal().modalities(Modality.TEXT, Modality.AUDIO), "audio",
				"is required when modalities include audio", null);
		// values the builders would refuse are read from JSON
		assertInvalid(minimal().audio(read("{\"format\":\"mp3\"}", Audio.class)), "audio.voice", "is required",
				null);
		assertInvalid(minimal().audio(read("{\"voice\":\"ash\"}", Audio.class)), "audio.format", "is required",
				null);
		assertInvalid(minimal().streamOptions(ChatCompletionStreamOptions.of(true)).stream(false), "stream_options",
				"requires stream to be true", ChatCompletionStreamOptions.of(true));
		assertThat(minimal().streamOptions(ChatCompletionStreamOptions.of(true)).build().streamOptions())
			.isEqualTo(ChatCompletionStreamOptions.builder().includeUsage(true).build());
		assertInvalid(minimal().moderation(read("{\"model\":\" \"}", ModerationParam.class)), "moderation.model",
				"is required and must not be blank", " ");
		assertInvalid(
				minimal().moderation(read("{\"model\":\"omni-moderation-latest\",\"policy\":{\"input\":{}}}",
						ModerationParam.class)),
				"moderation.policy.input.mode", "is required", null);
		assertInvalid(
				minimal().webSearchOptions(
						read("{\"user_location\":{\"type\":\"approximate\"}}", WebSearchOptions.class)),
				"web_search_options.user_location.approximate", "is required", null);
		ChatCompletionRequestDeveloperMessage named = read("{\"role\":\"developer\",\"content\":\"Be brief\",\"name\":\"the boss\"}",
				ChatCompletionRequestDeveloperMessage.class);
		assertInvalid(withMessage(named), "messages[1].name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "the boss");
		assertInvalid(withMessage(read("{\"role\":\"developer\"}", ChatCompletionRequestDeveloperMessage.class)),
				"messages[1].content", "is required", null);
		assertThat(withMessage(ChatCompletionRequestAssistantMessage.builder().refusal("No.").build()).build()
			.messages()).hasSize(2);
	}

	@Test
	void jsonSchemaFormatIsChecked() {
		assertInvalid(minimal().responseFormat(read("{\"type\":\"json_schema\"}", ResponseFormat.class)),
				"response_format.json_schema", "is required", null);
		assertInvalid(
				minimal().responseFormat(read("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"bad name\"}}",
						ResponseFormat.class)),
				"response_format.json_schema.name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long",
				"bad name");
		assertInvalid(() -> ResponseFormatJsonSchema.JsonSchema.builder().build(), "name",
				"is required and must not be blank", null);
		assertInvalid(() -> ResponseFormatJsonSchema.JsonSchema.builder().name("x".repeat(65)).build(), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "x".repeat(65));
		assertInvalid(() -> ResponseFormatJsonSchema.builder().build(), "json_schema", "is required", null);
		assertJson(ResponseFormatJsonSchema.of(ResponseFormatJsonSchema.JsonSchema.builder().name("a-b_c").build()),
				"{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"a-b_c\"}}");
	}

	@Test
	void newContentPartsAreChecked() {
		assertInvalid(() -> ChatCompletionRequestMessageContentPartFile.builder()
			.file(ChatCompletionRequestMessageContentPartFile.File.builder().filename("a.pdf").build())
			.build(), "file", "needs file_id or file_data", null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartFile.builder().build(), "file", "is required", null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartAudio.builder()
			.inputAudio(read("{\"data\":\"\",\"format\":\"wav\"}", InputAudio.class))
			.build(), "input_audio.data", "is required and must not be blank", "");
		assertInvalid(() -> ChatCompletionRequestMessageContentPartAudio.builder()
			.inputAudio(read("{\"data\":\"UklGRg==\"}", InputAudio.class))
			.build(), "input_audio.format", "is required", null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartRefusal.builder().build(), "refusal", "is required",
				null);
		assertInvalid(() -> ChatCompletionRequestDeveloperMessage.builder().build(), "content", "is required", null);
	}

	// ---- support ------------------------------------------------------------------

	private static CreateChatCompletionRequest.Builder minimal() {
		return CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4O)
			.messages(ChatCompletionRequestUserMessage.of("Hello!"));
	}

	private static CreateChatCompletionRequest.Builder withMessage(ChatCompletionRequestMessage message) {
		return minimal().messages(ChatCompletionRequestUserMessage.of("Hello!"), message);
	}

	private static ChatCompletionRequestMessageContentPartAudio audioPart(String data, InputAudio.Format format) {
		return ChatCompletionRequestMessageContentPartAudio.of(InputAudio.builder().data(data).format(format).build());
	}

	private static ChatCompletionRequestMessageContentPartFile filePart(
			ChatCompletionRequestMessageContentPartFile.File file) {
		return ChatCompletionRequestMessageContentPartFile.builder().file(file).build();
	}

	/**
	 * A response message sent back as the assistant message of the next request.
	 */
	private static ChatCompletionRequestAssistantMessage repeat(ChatCompletionResponseMessage message) {
		return read(JACKSON3.writeValueAsString(message), ChatCompletionRequestAssistantMessage.class);
	}

	/**
	 * Read a value from JSON, where the builders' checks do not run.
	 */
	private static <T> T read(String json, Class<T> type) {
		return JACKSON3.readValue(json, type);
	}

	/**
	 * The JSON without the given members wherever their value is an explicit {@code null}.
	 */
	private static String withoutExplicitNulls(String json, String... members) {
		JsonNode tree = JACKSON3.readTree(json);
		removeNulls(tree, List.of(members));
		return JACKSON3.writeValueAsString(tree);
	}

	private static void removeNulls(JsonNode node, List<String> members) {
		if (node instanceof ObjectNode object) {
			for (String member : members) {
				if (object.has(member) && object.get(member).isNull()) {
					object.remove(member);
				}
			}
			object.properties().forEach((entry) -> removeNulls(entry.getValue(), members));
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((child) -> removeNulls(child, members));
		}
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
