package org.openaiboot.models.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a schema both specs define keeps today's shape and loses nothing of 2.0.0.
 */
@SuppressWarnings("rawtypes")
class SeedMergeTests {

	private static final Path SPECS = Path.of(System.getProperty("openai.models.specs"));

	private static Spec merged;

	private static Shapes shapes;

	@BeforeAll
	static void merge() {
		merged = Spec.read(SPECS.resolve(ModelsGenerator.LATEST_SPEC));
		SeedMerge.into(merged, Spec.read(SPECS.resolve(ModelsGenerator.SEED_SPEC)));
		SeedMerge.absorb(merged, Map.of("CreateTranscriptionResponse", List.of("CreateTranscriptionResponseJson",
				"CreateTranscriptionResponseVerboseJson", "CreateTranscriptionResponseDiarizedJson")));
		shapes = new Shapes(merged);
	}

	@Test
	void membersOnlyTheSeedHasAreKept() {
		assertThat(shapes.properties(merged.schema("AssistantObject"))).containsKeys("file_ids", "tool_resources");
	}

	@Test
	void unionVariantsOnlyTheSeedHasAreKept() {
		Schema tools = shapes.properties(merged.schema("AssistantObject")).get("tools");
		List<String> variants = shapes.variants(tools.getItems()).stream().map(References::name).toList();
		assertThat(variants).contains("AssistantToolsRetrieval", "AssistantToolsFileSearch", "AssistantToolsCode");
	}

	@Test
	void schemasOnlyTheSeedHasAreKept() {
		assertThat(merged.schemas()).containsKeys("AssistantToolsRetrieval", "CreateChatCompletionImageResponse");
	}

	@Test
	void enumValuesOnlyTheSeedHasAreKeptWhereTodayRefersToASharedSchema() {
		assertThat(shapes.stringValues(merged.schema("VoiceIdsShared"))).contains("nova", "onyx", "fable", "alloy",
				"marin");
	}

	@Test
	void multipartMembersTheSeedNamedWithBracketsAreNotDoubled() {
		assertThat(shapes.properties(merged.schema("CreateTranscriptionRequest"))).containsKey("timestamp_granularities")
			.doesNotContainKey("timestamp_granularities[]");
	}

	@Test
	void seedMembersKeepTheSeedOrderAndTodaysFollow() {
		assertThat(shapes.properties(merged.schema("RunObject")).keySet()).startsWith("id", "object", "created_at",
				"thread_id", "assistant_id")
			.endsWith("tools", "file_ids", "metadata", "usage", "incomplete_details", "temperature", "top_p",
					"max_prompt_tokens", "max_completion_tokens", "truncation_strategy", "tool_choice",
					"parallel_tool_calls", "response_format");
	}

	@Test
	@SuppressWarnings("unchecked")
	void explicitNullsOfASeedTypeAreTheSeedsRequiredNullableMembersAtEveryLevel() {
		Schema categories = shapes.properties(
				shapes.properties(merged.schema("CreateModerationResponse")).get("results").getItems())
			.get("categories");
		assertThat((Set<String>) categories.getExtensions().get(SeedMerge.SEED_EXPLICIT_NULLS)).isEmpty();
		assertThat((Set<String>) merged.schema("RunObject").getExtensions().get(SeedMerge.SEED_EXPLICIT_NULLS))
			.contains("required_action", "last_error")
			.doesNotContain("expires_at");
	}

	@Test
	void aSeedSchemaTakesTheMembersOfItsSuccessors() {
		assertThat(shapes.properties(merged.schema("CreateTranscriptionResponse"))).containsKeys("text", "logprobs",
				"usage", "language", "duration", "words", "segments", "task");
	}

	@Test
	void successorsThatDisagreeOnAMembersRecordGiveItOneWithTheMembersOfBoth() {
		Schema segment = shapes.properties(merged.schema("CreateTranscriptionResponse")).get("segments").getItems();
		assertThat(segment.get$ref()).isNull();
		assertThat(shapes.properties(segment)).containsKeys("seek", "tokens", "speaker", "type");
		assertThat(shapes.variants(shapes.properties(segment).get("id"))).extracting(shapes::type)
			.containsExactly("integer", "string");
		assertThat(shapes.properties(merged.schema("CreateTranscriptionResponseVerboseJson")).get("segments").getItems()
			.get$ref()).endsWith("/TranscriptionSegment");
	}

}
