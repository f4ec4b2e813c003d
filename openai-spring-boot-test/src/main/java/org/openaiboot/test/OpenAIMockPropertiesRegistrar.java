package org.openaiboot.test;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.StringUtils;

/**
 * Points the OpenAI clients at an {@link OpenAIMockServer}: the base URL, the base URL of
 * each resource that sets its own, and a dummy API key if the application has none.
 * Registered before the clients' properties are bound, and above every other property
 * source.
 */
final class OpenAIMockPropertiesRegistrar implements DynamicPropertyRegistrar {

	/** Sent when the application configures no key: the clients refuse to start without one. */
	static final String DUMMY_API_KEY = "sk-openai-mock";

	private static final ConfigurationPropertyName RESOURCES = ConfigurationPropertyName.of("openai.resources");

	private static final ConfigurationPropertyName BASE_URL = ConfigurationPropertyName.of("base-url");

	private final OpenAIMockServer server;

	private final Environment environment;

	OpenAIMockPropertiesRegistrar(OpenAIMockServer server, Environment environment) {
		this.server = server;
		this.environment = environment;
	}

	@Override
	public void accept(DynamicPropertyRegistry registry) {
		registry.add("openai.base-url", this.server::getBaseUrl);
		for (String resource : resourcesWithBaseUrl()) {
			registry.add("openai.resources." + resource + ".base-url", this.server::getBaseUrl);
		}
		if (!StringUtils.hasText(this.environment.getProperty("openai.api-key"))) {
			registry.add("openai.api-key", () -> DUMMY_API_KEY);
		}
	}

	/** The names of the resources with a base URL of their own, in any property form. */
	private Set<String> resourcesWithBaseUrl() {
		Set<String> names = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.filter(RESOURCES::isAncestorOf)
					.stream()
					.filter((name) -> name.getNumberOfElements() == RESOURCES.getNumberOfElements() + 2)
					.filter((name) -> name.getLastElement(ConfigurationPropertyName.Form.UNIFORM)
						.equals(BASE_URL.getLastElement(ConfigurationPropertyName.Form.UNIFORM)))
					.forEach((name) -> names.add(name.getElement(RESOURCES.getNumberOfElements(),
							ConfigurationPropertyName.Form.DASHED)));
			}
		}
		return names;
	}

}
