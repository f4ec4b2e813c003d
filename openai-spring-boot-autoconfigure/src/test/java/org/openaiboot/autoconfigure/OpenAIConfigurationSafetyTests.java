package org.openaiboot.autoconfigure;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openaiboot.client.OpenAIChatClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Careless configuration is refused at start-up, with a message that names the property
 * and never quotes its value; the optional modules are named, never loaded.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenAIConfigurationSafetyTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	static Stream<Arguments> carelessValues() {
		return Stream.of(Arguments.of("openai.api-key", "sk-secret-key-123456\n"),
				Arguments.of("openai.resources.chat.api-key", "sk-secret-4321\r\nX-Injected: 1"),
				Arguments.of("openai.organization", "org-secret-1234\n"),
				Arguments.of("openai.project", "proj-secret-1234\u0000"),
				Arguments.of("openai.headers.x-proxy-auth", "token-secret-1234\n"));
	}

	@ParameterizedTest
	@MethodSource("carelessValues")
	void controlCharacterInAHeaderValueFailsStartUpNamingTheProperty(String property, String value) {
		this.contextRunner.withPropertyValues("openai.api-key=sk-test-key-0000")
			.withInitializer((context) -> TestPropertyValues.of(Map.of(property, value)).applyTo(context))
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				while (failure.getCause() != null) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining(property)
					.hasMessageContaining("control character");
				assertThat(failure.getMessage()).doesNotContain(value.strip());
			});
	}

	@Test
	void environmentKeyWithATrailingNewlineIsNamedAsTheEnvironmentVariable() {
		this.contextRunner
			.withInitializer((context) -> TestPropertyValues.of(Map.of("OPENAI_API_KEY", "sk-from-environment-1234\n"))
				.applyTo(context))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("OPENAI_API_KEY")
					.hasMessageNotContaining("sk-from-environment-1234");
			});
	}

	@Test
	void optionalAutoConfigurationsAreOrderedByNameSoNoneIsLoadedWhenAbsent() {
		AutoConfiguration ordering = OpenAIAutoConfiguration.class.getAnnotation(AutoConfiguration.class);
		assertThat(ordering.after()).isEmpty();
		assertThat(ordering.afterName()).containsExactlyInAnyOrder(
				"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
				"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration");
	}

	@Test
	void startsWithoutTheObservationModule(CapturedOutput output) {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.micrometer.observation"))
			.withPropertyValues("openai.api-key=sk-test-key-0000")
			.run((context) -> assertThat(context).hasSingleBean(OpenAIChatClient.class));
		assertThat(output).doesNotContain("Failed to introspect");
	}

}
