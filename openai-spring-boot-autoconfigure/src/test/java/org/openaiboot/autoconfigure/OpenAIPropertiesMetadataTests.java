package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the configuration metadata the jar ships, which IDEs complete and document
 * {@code openai.*} from.
 */
class OpenAIPropertiesMetadataTests {

	private final JsonNode metadata = read();

	@Test
	void everyPropertyIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		this.metadata.get("properties").forEach((property) -> {
			if (!property.hasNonNull("description") || property.get("description").asString().isBlank()) {
				undescribed.add(property.get("name").asString());
			}
		});
		assertThat(undescribed).isEmpty();
	}

	@Test
	void resourcesAreAMapOfGroupsWhoseNamesAreHinted() {
		assertThat(this.metadata.get("properties").valueStream().map((property) -> property.get("name").asString()))
			.contains("openai.resources", "openai.assistants.beta-version")
			.noneMatch((name) -> name.startsWith("openai.chat."));
		JsonNode hint = this.metadata.get("hints")
			.valueStream()
			.filter((candidate) -> candidate.get("name").asString().equals("openai.resources.keys"))
			.findFirst()
			.orElseThrow();
		assertThat(hint.get("values").valueStream().map((value) -> value.get("value").asString())).contains("chat",
				"fine-tuning", "threads");
	}

	private static JsonNode read() {
		try (InputStream in = OpenAIPropertiesMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the metadata the configuration processor writes").isNotNull();
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
