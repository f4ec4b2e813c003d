package org.openaiboot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAISanitizingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAISanitizingAutoConfiguration.class));

	@ParameterizedTest
	@ValueSource(strings = { "openai.api-key", "openai.apiKey", "openai.resources.chat.api-key", "openai.resources.assistants.apiKey",
			"OPENAI_API_KEY", "openai.organization", "openai.project", "openai.headers.X-Proxy-Authorization",
			"openai.headers", "openai.webhooks.secret", "OPENAI_WEBHOOKS_SECRET", "openai.connections.local.api-key",
			"openai.connections.azure.organization", "openai.connections.local.headers.X-Proxy-Authorization",
			"OPENAI_CONNECTIONS_LOCAL_APIKEY" })
	void hidesCredentials(String key) {
		this.contextRunner.run((context) -> {
			SanitizingFunction function = context.getBean("openAISanitizingFunction", SanitizingFunction.class);
			assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "secret-value")).getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai.base-url", "openai.read-timeout", "openai.retry.max-attempts", "server.port",
			"other.api-key", "openai.webhooks.path", "openai.connections.local.base-url",
			"openai.connections.azure.azure.api-version" })
	void leavesOtherPropertiesAlone(String key) {
		this.contextRunner.run((context) -> {
			SanitizingFunction function = context.getBean("openAISanitizingFunction", SanitizingFunction.class);
			assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "value")).getValue()).isEqualTo("value");
		});
	}

	@Test
	void backsOffWhenUserDefinesOneOfTheSameName() {
		SanitizingFunction mine = SanitizingFunction.sanitizeValue();
		this.contextRunner.withBean("openAISanitizingFunction", SanitizingFunction.class, () -> mine)
			.run((context) -> assertThat(context.getBean("openAISanitizingFunction")).isSameAs(mine));
	}

}
