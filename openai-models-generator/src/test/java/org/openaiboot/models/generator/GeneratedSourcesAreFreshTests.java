package org.openaiboot.models.generator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a generated file of {@code openai-models} differs from what the
 * spec files and {@code models.yaml} give, so that no generated file is edited by hand
 * and no spec change is left unapplied.
 */
class GeneratedSourcesAreFreshTests {

	private static final String HOW_TO_FIX = "generated sources are stale: run "
			+ "./mvnw -B -pl openai-models-generator -Pgenerate-models process-classes and commit the result";

	@Test
	void generatedSourcesAreWhatTheSpecsGive() {
		Path sources = Path.of(System.getProperty("openai.models.sources"));
		Map<String, String> expected = new ModelsGenerator(Path.of(System.getProperty("openai.models.specs")), sources)
			.generate();
		Map<String, String> actual = new GeneratedSources(sources).read();
		assertThat(actual.keySet()).as(HOW_TO_FIX).containsExactlyElementsOf(expected.keySet());
		assertThat(expected.keySet().stream().filter((file) -> !Objects.equals(expected.get(file), actual.get(file))))
			.as(HOW_TO_FIX)
			.isEmpty();
	}

}
