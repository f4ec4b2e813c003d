package org.openaiboot.client.observation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.TokenUsage;
import org.openaiboot.models.common.CompletionUsage;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TokenUsage} as {@link OpenAIMetrics} records it.
 */
class TokenUsageTests {

	private static final TokenUsage USAGE = TokenUsage.of(Answer::usage, CompletionUsage::promptTokens,
			CompletionUsage::completionTokens);

	private static final CompletionUsage USED = CompletionUsage.builder()
		.promptTokens(7)
		.completionTokens(3)
		.totalTokens(10)
		.build();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final OpenAIMetrics metrics = OpenAIMetrics.of(this.registry, OpenAIMetrics.DEFAULT_CONNECTION);

	@Test
	void anAnswerWithUsageIsRecordedOnceWithTheCallsTags() {
		this.metrics.usage(call().usage(USAGE), new Answer(USED), Observation.NOOP);
		assertThat(count("prompt")).isEqualTo(7);
		assertThat(count("completion")).isEqualTo(3);
	}

	@Test
	void theDetailsAnAnswerTellsAreRecordedAsTheirOwnTypes() {
		TokenUsage detailed = TokenUsage.of(Answer::usage, CompletionUsage::promptTokens,
				CompletionUsage::completionTokens, (usage) -> usage.promptTokensDetails().cachedTokens(),
				(usage) -> null);
		CompletionUsage used = USED.toBuilder()
			.promptTokensDetails(CompletionUsage.PromptTokensDetails.builder().cachedTokens(5).build())
			.build();
		this.metrics.usage(call().usage(detailed), new Answer(used), Observation.NOOP);
		assertThat(count("prompt")).isEqualTo(7);
		assertThat(count("cached")).isEqualTo(5);
		assertThat(this.registry.find(OpenAIMetrics.TOKENS).tag("type", "reasoning").counters())
			.as("a detail the answer does not tell").isEmpty();
	}

	@Test
	void anAnswerWithoutUsageRecordsNothing() {
		this.metrics.usage(call().usage(USAGE), new Answer(null), Observation.NOOP);
		assertThat(this.registry.find(OpenAIMetrics.TOKENS).counters()).isEmpty();
	}

	@Test
	void aCallThatDeclaresNoUsageRecordsNothing() {
		this.metrics.usage(call(), new Answer(USED), Observation.NOOP);
		assertThat(this.registry.find(OpenAIMetrics.TOKENS).counters()).isEmpty();
	}

	@Test
	void withoutARegistryTheUsageIsNotEvenLookedUp() {
		TokenUsage failing = TokenUsage.of((Answer answer) -> {
			throw new AssertionError("looked up");
		}, CompletionUsage::promptTokens, CompletionUsage::completionTokens);
		OpenAIMetrics.of(null, OpenAIMetrics.DEFAULT_CONNECTION).usage(call().usage(failing), new Answer(null), Observation.NOOP);
	}

	private static ApiCall call() {
		return ApiCall.of("createChatCompletion", HttpMethod.POST, "/chat/completions").model("gpt-4");
	}

	private double count(String type) {
		return this.registry.get(OpenAIMetrics.TOKENS)
			.tag("type", type)
			.tag("openai.operation", "createChatCompletion")
			.tag("openai.model", "gpt-4")
			.counter()
			.count();
	}

	private record Answer(@Nullable CompletionUsage usage) {

	}

}
