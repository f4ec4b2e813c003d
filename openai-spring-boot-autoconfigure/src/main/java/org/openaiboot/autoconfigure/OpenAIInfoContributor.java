package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;

/**
 * Adds an {@code openai} section to the info endpoint: the version of this starter, the
 * base URL of the API and the base URLs of the resources that call another one. Never
 * an API key, the organization or the project.
 */
public class OpenAIInfoContributor implements InfoContributor {

	private static final String VERSION_RESOURCE = "org/openaiboot/client/version.properties";

	private final OpenAIProperties properties;

	public OpenAIInfoContributor(OpenAIProperties properties) {
		this.properties = properties;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> openai = new LinkedHashMap<>();
		openai.put("version", version());
		openai.put("baseUrl", ShownBaseUrl.of(this.properties.getBaseUrl()));
		Map<String, String> resources = new LinkedHashMap<>();
		this.properties.getResources().forEach((name, resource) -> {
			if (StringUtils.hasText(resource.getBaseUrl())
					&& !resource.getBaseUrl().equals(this.properties.getBaseUrl())) {
				resources.put(name, ShownBaseUrl.of(resource.getBaseUrl()));
			}
		});
		if (!resources.isEmpty()) {
			openai.put("resources", resources);
		}
		Map<String, String> connections = new LinkedHashMap<>();
		this.properties.getConnections()
			.forEach((name, connection) -> connections.put(name, ShownBaseUrl.of(connection.getBaseUrl())));
		if (!connections.isEmpty()) {
			openai.put("connections", connections);
		}
		builder.withDetail("openai", openai);
	}

	private static String version() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource(VERSION_RESOURCE))
				.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
