package org.openaiboot.models.completions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.chat.ChatCompletionStreamOptions;
import org.openaiboot.models.common.CompletionUsage;
import org.openaiboot.models.common.Stop;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.completions.CreateCompletionRequest.Prompt;
import org.openaiboot.models.completions.CreateCompletionResponse.Choice;
import org.openaiboot.models.completions.CreateCompletionResponse.Choice.FinishReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class CompletionsModelsTests {

	@Test
	void createCompletionResponseRoundTrips() {
		String json = fixture("fixtures/completions/CreateCompletionResponse.json");
		CreateCompletionResponse response = assertLossless(json, CreateCompletionResponse.class);
		assertThat(response.id()).isEqualTo("cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7");
		assertThat(response.object()).isEqualTo(CreateCompletionResponse.OBJECT);
		assertThat(response.created()).isEqualTo(1589478378L);
		assertThat(response.model()).isEqualTo("VAR_model_id");
		assertThat(response.systemFingerprint()).isEqualTo("fp_44709d6fcb");
		assertThat(response.usage())
			.isEqualTo(CompletionUsage.builder().completionTokens(7).promptTokens(5).totalTokens(12).build());
		Choice choice = response.choices().get(0);
		assertThat(choice.text()).isEqualTo("\n\nThis is indeed a test");
		assertThat(choice.index()).isZero();
		assertThat(choice.logprobs()).isNull();
		assertThat(choice.finishReason()).isEqualTo(FinishReason.LENGTH);
		assertForwardCompatible(json, CreateCompletionResponse.class, "finish_reason");
	}

	@Test
	void streamedChunkRoundTrips() {
		String json = fixture("fixtures/completions/CreateCompletionResponse-stream.json");
		CreateCompletionResponse chunk = assertLossless(json, CreateCompletionResponse.class);
		assertThat(chunk.usage()).isNull();
		assertThat(chunk.choices().get(0).text()).isEqualTo("This");
		assertThat(chunk.choices().get(0).finishReason()).isNull();
		assertForwardCompatible(json, CreateCompletionResponse.class, "finish_reason");
	}

	@Test
	void requiredNullableChoiceMembersAreWrittenAsNull() {
		Choice choice = new Choice(null, 0, null, "This", Map.of());
		assertThat(JACKSON3.writeValueAsString(choice))
			.isEqualTo("{\"finish_reason\":null,\"index\":0,\"logprobs\":null,\"text\":\"This\"}");
	}

	@Test
	void logprobsRoundTrip() {
		String json = fixture("fixtures/completions/CreateCompletionResponse-logprobs.json");
		CreateCompletionResponse response = assertLossless(json, CreateCompletionResponse.class);
		Choice.Logprobs logprobs = response.choices().get(0).logprobs();
		assertThat(logprobs).isNotNull();
		assertThat(logprobs.tokens()).containsExactly("Say", " this", " is", " a", " test", ".");
		assertThat(logprobs.tokenLogprobs()).startsWith(null, -4.25);
		assertThat(logprobs.topLogprobs().get(0)).isNull();
		assertThat(logprobs.topLogprobs().get(1)).containsEntry(" the", -3.5);
		assertThat(logprobs.textOffset()).containsExactly(0, 3, 8, 11, 13, 18);
		assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
		// no assertForwardCompatible here: it would add an object member to the
		// token-to-logprob maps of top_logprobs, whose values are always numbers
	}

	@Test
	void logprobsKeepUnknownMembers() {
		String json = "{\"tokens\":[\"a\"],\"bytes\":[[97]]}";
		Choice.Logprobs logprobs = assertLossless(json, Choice.Logprobs.class);
		assertThat(logprobs.additionalProperties()).containsKey("bytes");
		assertThat(logprobs.textOffset()).isNull();
	}

	@Test
	void finishReasonKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"tool_calls\"", FinishReason.class).value()).isEqualTo("tool_calls");
		assertThat(JACKSON3.writeValueAsString(FinishReason.CONTENT_FILTER)).isEqualTo("\"content_filter\"");
		assertThat(FinishReason.STOP).hasToString("stop");
	}

	@Test
	void requestOfTheDocumentedExample() {
		CreateCompletionRequest request = CreateCompletionRequest.builder()
			.model("VAR_model_id")
			.prompt("Say this is a test")
			.maxTokens(7)
			.temperature(0.0)
			.build();
		String json = "{\"model\":\"VAR_model_id\",\"prompt\":\"Say this is a test\",\"max_tokens\":7,"
				+ "\"temperature\":0.0}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, CreateCompletionRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateCompletionRequest.class, "model");
	}

	@Test
	void requestOmitsAbsentMembers() {
		CreateCompletionRequest request = CreateCompletionRequest.of(CompletionModel.GPT_3_5_TURBO_INSTRUCT,
				Prompt.of("Hi"));
		assertThat(JACKSON3.writeValueAsString(request))
			.isEqualTo("{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"Hi\"}");
	}

	@Test
	void requestWithEveryMemberRoundTrips() {
		CreateCompletionRequest request = CreateCompletionRequest.builder()
			.model(CompletionModel.DAVINCI_002)
			.prompt(Prompt.of(List.of("a", "b")))
			.bestOf(3)
			.echo(true)
			.frequencyPenalty(-0.5)
			.logitBias(Map.of("50256", -100))
			.logprobs(2)
			.maxTokens(16)
			.n(2)
			.presencePenalty(1.5)
			.seed(42L)
			.stop(Stop.of("\n", "END"))
			.suffix("test.")
			.temperature(0.8)
			.topP(0.9)
			.user("user-1234")
			.additionalProperty("future_flag", true)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		String expected = "{\"model\":\"davinci-002\",\"prompt\":[\"a\",\"b\"],\"best_of\":3,\"echo\":true,"
				+ "\"frequency_penalty\":-0.5,\"logit_bias\":{\"50256\":-100},\"logprobs\":2,\"max_tokens\":16,"
				+ "\"n\":2,\"presence_penalty\":1.5,\"seed\":42,\"stop\":[\"\\n\",\"END\"],\"suffix\":\"test.\","
				+ "\"temperature\":0.8,\"top_p\":0.9,\"user\":\"user-1234\",\"future_flag\":true}";
		assertThat(JACKSON3.readTree(json)).isEqualTo(JACKSON3.readTree(expected));
		assertThat(assertLossless(json, CreateCompletionRequest.class)).isEqualTo(request);
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void clientSetsStreamThroughToBuilder() {
		CreateCompletionRequest request = CreateCompletionRequest.of(CompletionModel.BABBAGE_002, Prompt.of("Hi"));
		CreateCompletionRequest streaming = request.toBuilder().stream(true).build();
		assertThat(streaming.stream()).isTrue();
		assertThat(JACKSON3.writeValueAsString(streaming))
			.isEqualTo("{\"model\":\"babbage-002\",\"prompt\":\"Hi\",\"stream\":true}");
	}

	@Test
	void promptReadsEveryShape() throws Exception {
		assertPrompt("\"This is a test.\"", Prompt.of("This is a test."), Prompt.OfString.class);
		assertPrompt("[\"a\",\"b\"]", Prompt.of(List.of("a", "b")), Prompt.OfList.class);
		assertPrompt("[\"a\"]", Prompt.of(List.of("a")), Prompt.OfList.class);
		assertPrompt("[1212,318,257,1332,13]", Prompt.of(List.of(1212, 318, 257, 1332, 13)), Prompt.OfList.class);
		assertPrompt("[[1212,318],[257]]", Prompt.of(List.of(List.of(1212, 318), List.of(257))), Prompt.OfList.class);
	}

	private void assertPrompt(String json, Prompt expected, Class<?> variant) throws Exception {
		assertThat(JACKSON3.readValue(json, Prompt.class)).isEqualTo(expected).isInstanceOf(variant);
		assertThat(JACKSON2.readValue(json, Prompt.class)).isEqualTo(expected);
		assertThat(JACKSON3.writeValueAsString(expected)).isEqualTo(json);
		assertThat(JACKSON2.writeValueAsString(expected)).isEqualTo(json);
	}

	@Test
	void unknownPromptShapeIsKept() {
		// any array is a Prompt.OfList, which keeps its elements as read
		String json = "{\"model\":\"davinci-002\",\"prompt\":[{\"text\":\"a\"},1]}";
		CreateCompletionRequest request = assertLossless(json, CreateCompletionRequest.class);
		assertThat(request.prompt()).isEqualTo(Prompt.of(List.of(Map.of("text", "a"), 1)));
		String object = "{\"model\":\"davinci-002\",\"prompt\":{\"text\":\"a\"}}";
		assertThat(assertLossless(object, CreateCompletionRequest.class).prompt()).isInstanceOf(Prompt.Unknown.class);
	}

	@Test
	void completionModelKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"ft:davinci-002:acme::abc\"", CompletionModel.class).value())
			.isEqualTo("ft:davinci-002:acme::abc");
		assertThat(JACKSON3.writeValueAsString(CompletionModel.GPT_3_5_TURBO_INSTRUCT))
			.isEqualTo("\"gpt-3.5-turbo-instruct\"");
		assertThat(CompletionModel.DAVINCI_002).hasToString("davinci-002");
	}

	@Test
	void modelIsRequired() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateCompletionRequest.builder().prompt("Hi").build())
			.withMessage("Invalid value for 'model': is required (was null)");
	}

	@Test
	void promptIsRequired() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateCompletionRequest.builder().model("davinci-002").build())
			.withMessage("Invalid value for 'prompt': is required (was null)");
	}

	@Test
	void tokenPromptsMustNotBeEmpty() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().prompt(Prompt.of(List.<Integer>of())).build())
			.withMessage("Invalid value for 'prompt': is required and must not be empty (was [])");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().prompt(Prompt.of(List.of(List.of(1), List.of()))).build())
			.withMessage("Invalid value for 'prompt[1]': is required and must not be empty (was [])");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().prompt(Prompt.of(List.<List<Integer>>of())).build())
			.withMessage("Invalid value for 'prompt': is required and must not be empty (was [])");
	}

	@Test
	void temperatureRange() {
		assertThat(valid().temperature(2.0).build().temperature()).isEqualTo(2.0);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().temperature(2.1).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 2 (was 2.1)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().temperature(-0.1).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 2 (was -0.1)");
	}

	@Test
	void topPRange() {
		assertThat(valid().topP(0.0).build().topP()).isZero();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().topP(1.5).build())
			.withMessage("Invalid value for 'top_p': must be between 0 and 1 (was 1.5)");
	}

	@Test
	void nRange() {
		assertThat(valid().n(128).build().n()).isEqualTo(128);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().n(0).build())
			.withMessage("Invalid value for 'n': must be between 1 and 128 (was 0)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().n(129).build())
			.withMessage("Invalid value for 'n': must be between 1 and 128 (was 129)");
	}

	@Test
	void bestOfRange() {
		assertThat(valid().bestOf(20).build().bestOf()).isEqualTo(20);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().bestOf(21).build())
			.withMessage("Invalid value for 'best_of': must be between 0 and 20 (was 21)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().bestOf(-1).build())
			.withMessage("Invalid value for 'best_of': must be between 0 and 20 (was -1)");
	}

	@Test
	void bestOfMustBeAtLeastN() {
		assertThat(valid().bestOf(3).n(3).build().bestOf()).isEqualTo(3);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().bestOf(2).n(3).build())
			.withMessage("Invalid value for 'best_of': must be at least n (3) (was 2)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("best_of"));
	}

	@Test
	void bestOfCannotBeStreamed() {
		assertThat(valid().bestOf(1).stream(true).build().stream()).isTrue();
		CreateCompletionRequest request = valid().bestOf(2).build();
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> request.toBuilder().stream(true).build())
			.withMessage("Invalid value for 'best_of': must be at most 1 when stream is true (was 2)");
	}

	@Test
	void logprobsRange() {
		assertThat(valid().logprobs(5).build().logprobs()).isEqualTo(5);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().logprobs(6).build())
			.withMessage("Invalid value for 'logprobs': must be between 0 and 5 (was 6)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().logprobs(-1).build())
			.withMessage("Invalid value for 'logprobs': must be between 0 and 5 (was -1)");
	}

	@Test
	void penaltyRanges() {
		assertThat(valid().frequencyPenalty(-2.0).presencePenalty(2.0).build().presencePenalty()).isEqualTo(2.0);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().frequencyPenalty(2.5).build())
			.withMessage("Invalid value for 'frequency_penalty': must be between -2 and 2 (was 2.5)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().presencePenalty(-2.5).build())
			.withMessage("Invalid value for 'presence_penalty': must be between -2 and 2 (was -2.5)");
	}

	@Test
	void maxTokensMinimum() {
		assertThat(valid().maxTokens(0).build().maxTokens()).isZero();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().maxTokens(-1).build())
			.withMessage("Invalid value for 'max_tokens': must be at least 0 (was -1)");
	}

	@Test
	void logitBiasRules() {
		assertThat(valid().logitBias(Map.of("50256", 100)).build().logitBias()).containsEntry("50256", 100);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().logitBias(Map.of("50256", -101)).build())
			.withMessage("Invalid value for 'logit_bias.50256': must be between -100 and 100 (was -101)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().logitBias(Map.of("hello", 1)).build())
			.withMessage("Invalid value for 'logit_bias': keys must be token ids (was \"hello\")");
	}

	@Test
	void stopAllowsAtMostFourSequences() {
		assertThat(valid().stop(Stop.of("a", "b", "c", "d")).build().stop()).isEqualTo(Stop.of("a", "b", "c", "d"));
		assertThat(valid().stop("END").build().stop()).isEqualTo(Stop.of("END"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().stop(Stop.of("a", "b", "c", "d", "e")).build())
			.withMessageStartingWith("Invalid value for 'stop': must have at most 4 elements");
	}

	private static CreateCompletionRequest.Builder valid() {
		return CreateCompletionRequest.builder().model(CompletionModel.GPT_3_5_TURBO_INSTRUCT).prompt("Hi");
	}

	// Today's API (spec 2.3.0)

	@Test
	void createCompletionRequestWithStreamOptions() {
		CreateCompletionRequest request = CreateCompletionRequest.builder()
			.model(CompletionModel.GPT_3_5_TURBO_INSTRUCT)
			.prompt("Say this is a test")
			.stream(true)
			.streamOptions(ChatCompletionStreamOptions.of(true))
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"Say this is a test\","
				+ "\"stream\":true,\"stream_options\":{\"include_usage\":true}}");
		assertThat(assertLossless(json, CreateCompletionRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateCompletionRequest.class, "model");
		assertThat(request.toBuilder().build()).isEqualTo(request);
		String obfuscation = "{\"include_usage\":false,\"include_obfuscation\":false}";
		assertThat(assertLossless(obfuscation, ChatCompletionStreamOptions.class).includeObfuscation()).isFalse();
	}

	@Test
	void createCompletionRequestBuiltWithoutStreamOptionsOmitsThem() {
		CreateCompletionRequest request = CreateCompletionRequest.builder()
			.model(CompletionModel.DAVINCI_002)
			.prompt(Prompt.of("a"))
			.build();
		assertThat(request.streamOptions()).isNull();
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo("{\"model\":\"davinci-002\",\"prompt\":\"a\"}");
	}

}
