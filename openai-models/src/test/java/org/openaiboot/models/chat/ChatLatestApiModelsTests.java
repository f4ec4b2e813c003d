package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.models.chat.CreateChatCompletionRequest.Audio;
import org.openaiboot.models.chat.CreateChatCompletionRequest.Modality;
import org.openaiboot.models.chat.CreateChatCompletionRequest.ReasoningEffort;
import org.openaiboot.models.chat.CreateChatCompletionRequest.ResponseFormat;
import org.openaiboot.models.chat.CreateChatCompletionRequest.Verbosity;
import org.openaiboot.models.chat.CreateChatCompletionRequest.WebSearchOptions;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.common.ValidationException;
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
		assertThat(message.role()).isEqualTo(ChatCompletionRole.ASSISTANT);
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
			.isEqualTo(new CompletionUsage.PromptTokensDetails(0, 0, null, null, null, Map.of()));
		assertThat(usage.completionTokensDetails())
			.isEqualTo(new CompletionUsage.CompletionTokensDetails(0, 0, 0, null, 0, Map.of()));
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
		assertThat(response.moderation().input()).containsEntry("flagged", false);
		ChatCompletionResponseMessage message = response.choices().get(0).message();
		assertThat(message.annotations()).singleElement().satisfies((annotation) -> {
			assertThat(annotation.type()).isEqualTo(ChatCompletionResponseMessage.Annotation.URL_CITATION);
			assertThat(annotation.urlCitation().url()).isEqualTo("https://example.com/report");
			assertThat(annotation.urlCitation().startIndex()).isEqualTo(4);
			assertThat(annotation.urlCitation().endIndex()).isEqualTo(14);
		});
		assertThat(message.audio().expiresAt()).isEqualTo(1729018505L);
		assertThat(message.audio().transcript()).isEqualTo("See the report.");
		assertThat(response.choices().get(1).message().refusal()).isEqualTo("I can't help with that.");
		assertThat(response.usage().promptTokensDetails().cachedTokens()).isEqualTo(1);
		ChatCompletionRequestAssistantMessage next = ChatCompletionRequestAssistantMessage.from(message);
		assertThat(next.audio()).isEqualTo(ChatCompletionRequestAssistantMessage.Audio.of("audio_abc123"));
		assertThat(ChatCompletionRequestAssistantMessage.from(response.choices().get(1).message()).refusal())
			.isEqualTo("I can't help with that.");
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
					ChatCompletionRequestUserMessage.of(ChatCompletionRequestMessageContentPartText.of("Hi"),
							ChatCompletionRequestMessageContentPartAudio.of("UklGRg==",
									ChatCompletionRequestMessageContentPartAudio.InputAudio.Format.WAV),
							ChatCompletionRequestMessageContentPartFile.ofFileId("file-abc")))
			.putMetadata("team", "docs")
			.safetyIdentifier("user-hash-1")
			.promptCacheKey("docs-v1")
			.promptCacheRetention(CreateChatCompletionRequest.PromptCacheRetention.H24)
			.promptCacheOptions(CreateChatCompletionRequest.PromptCacheOptions.of(
					CreateChatCompletionRequest.PromptCacheOptions.Ttl.M30,
					CreateChatCompletionRequest.PromptCacheOptions.Mode.IMPLICIT))
			.serviceTier(ServiceTier.PRIORITY)
			.modalities(Modality.TEXT, Modality.AUDIO)
			.verbosity(Verbosity.LOW)
			.reasoningEffort(ReasoningEffort.MINIMAL)
			.maxCompletionTokens(500)
			.webSearchOptions(WebSearchOptions.of(
					WebSearchOptions.UserLocation
						.approximate(WebSearchOptions.Approximate.of("FR", null, "Paris", "Europe/Paris")),
					WebSearchOptions.SearchContextSize.HIGH))
			.audio(Audio.of(Audio.Voice.Named.ALLOY, Audio.Format.MP3))
			.store(true)
			.moderation(CreateChatCompletionRequest.Moderation.of("omni-moderation-latest",
					CreateChatCompletionRequest.Moderation.Policy.of(CreateChatCompletionRequest.Moderation.Mode.SCORE,
							CreateChatCompletionRequest.Moderation.Mode.BLOCK)))
			.prediction(PredictionContent.of("Bonjour"))
			.streamIncludeUsage(true)
			.parallelToolCalls(false)
			.logprobs(true)
			.topLogprobs(20)
			.responseFormat(ResponseFormat.jsonSchema("answer", Map.of("type", "object")))
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
		assertThat(audio.voice()).isInstanceOf(Audio.Voice.Custom.class);
		assertThat(((Audio.Voice.Custom) audio.voice()).id()).isEqualTo("voice_1234");
		assertThat(assertLossless("{\"voice\":\"marin\",\"format\":\"pcm16\"}", Audio.class).voice())
			.isEqualTo(Audio.Voice.Named.MARIN);
		assertThat(assertLossless("{\"voice\":[1],\"format\":\"pcm16\"}", Audio.class).voice())
			.isInstanceOf(Audio.Voice.Unknown.class);
		assertJson(Audio.of(Audio.Voice.custom("voice_9"), Audio.Format.OPUS),
				"{\"voice\":{\"id\":\"voice_9\"},\"format\":\"opus\"}");
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
		List<ChatCompletionRequestMessageContentPart> parts = ((ChatCompletionRequestUserMessage.Content.Parts) message
			.content()).parts();
		assertThat(parts).extracting(ChatCompletionRequestMessageContentPart::type)
			.containsExactly("text", "image_url", "input_audio", "file", "refusal", "future_part");
		assertThat(parts.get(0)).isEqualTo(ChatCompletionRequestMessageContentPartText.builder()
			.text("Summarise")
			.promptCacheBreakpoint(PromptCacheBreakpoint.explicit())
			.build());
		assertThat(parts.get(2)).isEqualTo(ChatCompletionRequestMessageContentPartAudio.of("UklGRg==",
				ChatCompletionRequestMessageContentPartAudio.InputAudio.Format.MP3));
		assertThat(parts.get(3))
			.isEqualTo(ChatCompletionRequestMessageContentPartFile.ofData("a.pdf", "data:application/pdf;base64,JVBERi0="));
		assertThat(parts.get(4)).isEqualTo(ChatCompletionRequestMessageContentPartRefusal.of("No."));
		assertThat(parts.get(5)).isInstanceOf(ChatCompletionRequestMessageContentPart.Unknown.class);
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
			.audio(ChatCompletionRequestAssistantMessage.Audio.of("audio_abc"))
			.build();
		assertJson(audio, "{\"role\":\"assistant\",\"audio\":{\"id\":\"audio_abc\"}}");
		assertThat(assertLossless(JACKSON3.writeValueAsString(audio), ChatCompletionRequestMessage.class))
			.isEqualTo(audio);
		assertInvalid(() -> ChatCompletionRequestAssistantMessage.builder()
			.audio(ChatCompletionRequestAssistantMessage.Audio.of(" "))
			.build(), "audio.id", "is required and must not be blank", " ");
	}

	@Test
	void oldConstructorsStillWork() {
		assertThat(new CompletionUsage(1, 2, 3, Map.of())).isEqualTo(new CompletionUsage(1, 2, 3));
		assertThat(new ChatCompletionResponseMessage("a", null, ChatCompletionRole.ASSISTANT, null, Map.of()).refusal())
			.isNull();
		assertThat(new ChatCompletionStreamResponseDelta("a", null, null, null, Map.of()).refusal()).isNull();
		assertThat(new CreateChatCompletionResponse("id", List.of(), 1, "m", null, "chat.completion", null, Map.of())
			.serviceTier()).isNull();
		assertThat(new CreateChatCompletionStreamResponse("id", List.of(), 1, "m", null, "chat.completion.chunk",
				Map.of())
			.usage()).isNull();
		assertThat(new ChatCompletionRequestMessageContentPartText("a", Map.of()))
			.isEqualTo(ChatCompletionRequestMessageContentPartText.of("a"));
		assertThat(new ResponseFormat(ResponseFormat.Type.TEXT, Map.of())).isEqualTo(ResponseFormat.text());
	}

	@Test
	void enumLikeTypesKnowTodaysValues() {
		assertThat(ChatCompletionRole.DEVELOPER).hasToString("developer");
		assertThat(ChatModel.GPT_4O_MINI).hasToString("gpt-4o-mini");
		assertThat(ChatModel.O3_MINI).hasToString("o3-mini");
		assertThat(ChatModel.of("gpt-5.4")).isEqualTo(ChatModel.GPT_5_4);
		assertThat(ServiceTier.of("scale")).isEqualTo(ServiceTier.SCALE);
		assertThat(ReasoningEffort.XHIGH).hasToString("xhigh");
		assertThat(ResponseFormat.Type.JSON_SCHEMA).hasToString("json_schema");
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
		ResponseFormat format = assertLossless(json, ResponseFormat.class);
		assertForwardCompatible(json, ResponseFormat.class, "type");
		assertThat(format.type()).isEqualTo(ResponseFormat.Type.JSON_SCHEMA);
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
		assertForwardCompatible(json, ChatCompletionTool.class, "type");
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
		assertInvalid(minimal().putMetadata("k".repeat(65), "v"), "metadata key", "must be at most 64 characters long",
				"k".repeat(65));
		assertInvalid(minimal().putMetadata("k", "v".repeat(513)), "metadata.k",
				"must be at most 512 characters long", "v".repeat(513));
		assertThat(minimal().putMetadata("k".repeat(64), "v".repeat(512)).build().metadata()).hasSize(1);
	}

	@Test
	void newRequestMembersAreChecked() {
		assertInvalid(minimal().safetyIdentifier("x".repeat(65)), "safety_identifier",
				"must be at most 64 characters long", "x".repeat(65));
		assertThat(minimal().logprobs(true).topLogprobs(20).build().topLogprobs()).isEqualTo(20);
		assertInvalid(minimal().modalities(Modality.TEXT, Modality.AUDIO), "audio",
				"is required when modalities include audio", null);
		assertInvalid(minimal().audio(new Audio(null, Audio.Format.MP3, Map.of())), "audio.voice", "is required",
				null);
		assertInvalid(minimal().audio(new Audio(Audio.Voice.Named.ASH, null, Map.of())), "audio.format",
				"is required", null);
		assertInvalid(minimal().streamOptions(ChatCompletionStreamOptions.withUsage()).stream(false), "stream_options",
				"requires stream to be true", ChatCompletionStreamOptions.withUsage());
		assertThat(minimal().streamOptions(ChatCompletionStreamOptions.withUsage()).build().streamOptions())
			.isEqualTo(ChatCompletionStreamOptions.of(true, null));
		ChatCompletionRequestMessageContentPartImage image = ChatCompletionRequestMessageContentPartImage
			.of("https://example.com/a.png");
		assertInvalid(minimal().prediction(new PredictionContent(PredictionContent.CONTENT,
				ChatCompletionRequestUserMessage.Content.of(image), Map.of())), "prediction.content[0]",
				"must be a text part", image);
		assertInvalid(minimal().moderation(new CreateChatCompletionRequest.Moderation(" ", null, Map.of())),
				"moderation.model", "is required and must not be blank", " ");
		assertInvalid(minimal().moderation(CreateChatCompletionRequest.Moderation.of("omni-moderation-latest",
				new CreateChatCompletionRequest.Moderation.Policy(
						new CreateChatCompletionRequest.Moderation.Config(null, Map.of()), null, Map.of()))),
				"moderation.policy.input.mode", "is required", null);
		assertInvalid(minimal().webSearchOptions(WebSearchOptions
			.of(new WebSearchOptions.UserLocation("approximate", null, Map.of()), null)),
				"web_search_options.user_location.approximate", "is required", null);
		assertInvalid(minimal().addMessage(new ChatCompletionRequestDeveloperMessage("Be brief", "the boss", Map.of())),
				"messages[1].name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "the boss");
		assertInvalid(minimal().addMessage(new ChatCompletionRequestDeveloperMessage(null, null, Map.of())),
				"messages[1].content", "is required", null);
		assertThat(minimal()
			.addMessage(ChatCompletionRequestAssistantMessage.builder().refusal("No.").build())
			.build()
			.messages()).hasSize(2);
	}

	@Test
	void jsonSchemaFormatIsChecked() {
		assertInvalid(minimal().responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, null, Map.of())),
				"response_format.json_schema", "is required", null);
		assertInvalid(minimal().responseFormat(ResponseFormat.jsonSchema(
				new ResponseFormat.JsonSchema("bad name", null, null, null, Map.of()))),
				"response_format.json_schema.name", "must match [a-zA-Z0-9_-]+ and be at most 64 characters long",
				"bad name");
		assertInvalid(() -> ResponseFormat.JsonSchema.builder().build(), "name", "is required and must not be blank",
				null);
		assertInvalid(() -> ResponseFormat.JsonSchema.builder().name("x".repeat(65)).build(), "name",
				"must match [a-zA-Z0-9_-]+ and be at most 64 characters long", "x".repeat(65));
		assertInvalid(() -> ResponseFormat.builder().type(ResponseFormat.Type.JSON_SCHEMA).build(), "json_schema",
				"is required", null);
		assertJson(ResponseFormat.jsonSchema(ResponseFormat.JsonSchema.builder().name("a-b_c").build()),
				"{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"a-b_c\"}}");
	}

	@Test
	void newContentPartsAreChecked() {
		assertInvalid(() -> ChatCompletionRequestMessageContentPartFile.builder()
			.file(new ChatCompletionRequestMessageContentPartFile.File("a.pdf", null, null, Map.of()))
			.build(), "file", "needs file_id or file_data", null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartFile.builder().build(), "file", "is required", null);
		assertInvalid(() -> ChatCompletionRequestMessageContentPartAudio.builder()
			.inputAudio(new ChatCompletionRequestMessageContentPartAudio.InputAudio("", null, Map.of()))
			.build(), "input_audio.data", "is required and must not be blank", "");
		assertInvalid(() -> ChatCompletionRequestMessageContentPartAudio.builder()
			.inputAudio(new ChatCompletionRequestMessageContentPartAudio.InputAudio("UklGRg==", null, Map.of()))
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
