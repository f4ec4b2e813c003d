package org.openaiboot.autoconfigure;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Fails start-up on a per-resource key of the previous layout ({@code openai.chat.base-url}),
 * which is no longer read, naming the key that replaced it
 * ({@code openai.resources.chat.base-url}): a resource switched off or pointed elsewhere
 * must not silently stay on.
 */
final class MovedResourceProperties {

	private static final List<String> RESOURCES = List.of("chat", "completions", "embeddings", "images", "audio",
			"files", "fine-tuning", "models", "moderations", "assistants", "threads");

	private static final List<String> SETTINGS = List.of("enabled", "base-url", "api-key", "read-timeout",
			"call-timeout");

	private MovedResourceProperties() {
	}

	static void check(Environment environment) {
		Binder binder = Binder.get(environment);
		for (String resource : RESOURCES) {
			for (String setting : SETTINGS) {
				String old = "openai." + resource + "." + setting;
				if (binder.bind(old, Bindable.of(String.class)).isBound()) {
					throw new IllegalStateException(old + " is no longer read: set openai.resources." + resource + "."
							+ setting + " instead");
				}
			}
		}
	}

}
