package org.openaiboot.test;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

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
 * each resource that sets its own, every named connection ({@code openai.connections.*},
 * Azure ones made OpenAI-shaped, since the server answers OpenAI's paths), and a dummy API
 * key where the application has none. Registered before the clients' properties are bound,
 * and above every other property source.
 */
final class OpenAIMockPropertiesRegistrar implements DynamicPropertyRegistrar {

	/** Sent when the application configures no key: the clients refuse to start without one. */
	static final String DUMMY_API_KEY = "sk-openai-mock";

	private static final ConfigurationPropertyName RESOURCES = ConfigurationPropertyName.of("openai.resources");

	private static final ConfigurationPropertyName CONNECTIONS = ConfigurationPropertyName.of("openai.connections");

	private static final ConfigurationPropertyName BASE_URL = ConfigurationPropertyName.of("base-url");

	private final OpenAIMockServer server;

	private final Environment environment;

	OpenAIMockPropertiesRegistrar(OpenAIMockServer server, Environment environment) {
		this.server = server;
		this.environment = environment;
	}

	@Override
	public void accept(DynamicPropertyRegistry registry) {
		pointAtServer("openai", registry);
		for (String resource : names(RESOURCES, BASE_URL)) {
			registry.add("openai.resources." + resource + ".base-url", this.server::getBaseUrl);
		}
		for (String connection : names(CONNECTIONS, null)) {
			pointAtServer("openai.connections." + connection, registry);
		}
	}

	private void pointAtServer(String prefix, DynamicPropertyRegistry registry) {
		registry.add(prefix + ".base-url", this.server::getBaseUrl);
		registry.add(prefix + ".kind", () -> "openai");
		if (!StringUtils.hasText(this.environment.getProperty(prefix + ".api-key"))) {
			registry.add(prefix + ".api-key", () -> DUMMY_API_KEY);
		}
	}

	/**
	 * The names of the entries of a map property, in any property form.
	 * @param parent the map property
	 * @param leaf the property an entry must set to count, or {@code null} for any
	 */
	private Set<String> names(ConfigurationPropertyName parent, @Nullable ConfigurationPropertyName leaf) {
		Set<String> names = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.filter(parent::isAncestorOf)
					.stream()
					.filter((name) -> name.getNumberOfElements() > parent.getNumberOfElements() + 1)
					.filter((name) -> leaf == null || (name.getNumberOfElements() == parent.getNumberOfElements() + 2
							&& name.getLastElement(ConfigurationPropertyName.Form.UNIFORM)
								.equals(leaf.getLastElement(ConfigurationPropertyName.Form.UNIFORM))))
					.forEach((name) -> names.add(name.getElement(parent.getNumberOfElements(),
							ConfigurationPropertyName.Form.DASHED)));
			}
		}
		return names;
	}

}
