package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openaiboot.client.webhooks.WebhookReplayGuard;
import org.openaiboot.client.webhooks.WebhookVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIWebhooksPropertiesTests {

	@Test
	void defaultsAreThoseOfTheClientClasses() {
		OpenAIWebhooksProperties properties = new OpenAIWebhooksProperties();
		assertThat(properties.getTolerance()).isEqualTo(WebhookVerifier.DEFAULT_TOLERANCE);
		assertThat(properties.getMaxRememberedIds()).isEqualTo(WebhookReplayGuard.DEFAULT_CAPACITY);
		assertThat(properties.getPath()).isEqualTo("/openai/webhooks");
		assertThat(properties.getSecret()).isNull();
	}

	@Test
	void metadataDescribesEachPropertyAndItsDefault() throws IOException {
		Map<String, JsonNode> webhooks;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			webhooks = JsonMapper.shared().readTree(in).get("properties").valueStream()
				.filter((property) -> property.get("name").asString().startsWith("openai.webhooks."))
				.collect(Collectors.toMap((property) -> property.get("name").asString(), (property) -> property));
		}
		assertThat(webhooks).containsOnlyKeys("openai.webhooks.secret", "openai.webhooks.path",
				"openai.webhooks.tolerance", "openai.webhooks.max-body-size", "openai.webhooks.max-remembered-ids");
		webhooks.values().forEach((property) -> assertThat(property.get("description").asString()).isNotBlank());
		assertThat(webhooks.get("openai.webhooks.secret").has("defaultValue")).isFalse();
		assertThat(webhooks.get("openai.webhooks.path").get("defaultValue").asString()).isEqualTo("/openai/webhooks");
		assertThat(webhooks.get("openai.webhooks.tolerance").get("defaultValue").asString()).isEqualTo("5m");
		assertThat(webhooks.get("openai.webhooks.max-body-size").get("defaultValue").asString()).isEqualTo("256KB");
		assertThat(webhooks.get("openai.webhooks.max-remembered-ids").get("defaultValue").asInt()).isEqualTo(10000);
	}

}
