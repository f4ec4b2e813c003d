package org.openaiboot.sample;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Switches the app to its offline demo when no API key is configured: the clients then
 * call the OpenAI-compatible endpoint the app itself serves under {@code /demo/v1}, so
 * that the sample runs on a machine without network or key. With a key (or an explicit
 * {@code openai.base-url}) nothing changes.
 */
class DemoModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DEMO_ENABLED = "sample.demo.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean hasKey = StringUtils.hasText(environment.getProperty("openai.api-key"))
				|| StringUtils.hasText(environment.getProperty("OPENAI_API_KEY"));
		if (hasKey || environment.containsProperty("openai.base-url")) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("sampleDemoMode", Map.of("openai.base-url",
					"http://localhost:${server.port:8080}/demo/v1", DEMO_ENABLED, "true")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
