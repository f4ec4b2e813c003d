package org.openaiboot.models.generator;

import java.nio.file.Path;
import java.util.List;

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

}
