package org.openaiboot.autoconfigure;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Hides the OpenAI credentials from the {@code configprops} and {@code env} actuator
 * endpoints, even with {@code show-values=ALWAYS}: the API keys (global, per resource and
 * {@code OPENAI_API_KEY}), the organization, the project, the extra headers, which may
 * carry credentials of a proxy, of the default and the named connections, and the signing
 * secret of the webhooks.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class OpenAISanitizingAutoConfiguration {

	private static final String CONNECTIONS = "openai.connections.";

	@Bean
	@ConditionalOnMissingBean(name = "openAISanitizingFunction")
	SanitizingFunction openAISanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(OpenAISanitizingAutoConfiguration::isSecret);
	}

	/**
	 * Whether a property key names an OpenAI credential, in any of the forms the
	 * endpoints show: {@code openai.api-key}, {@code openai.apiKey},
	 * {@code openai.resources.chat.api-key}, {@code OPENAI_API_KEY}, ...
	 * @param key the key
	 * @return whether its value must be hidden
	 */
	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replace("-", "").replace('_', '.');
		if (!normalized.startsWith("openai.")) {
			return false;
		}
		if (normalized.startsWith(CONNECTIONS)) {
			// a named connection's settings are secret where the default connection's are
			int name = normalized.indexOf('.', CONNECTIONS.length());
			normalized = (name >= 0) ? "openai." + normalized.substring(name + 1) : normalized;
		}
		return normalized.endsWith("apikey") || normalized.endsWith("api.key") || normalized.equals("openai.organization")
				|| normalized.equals("openai.project") || normalized.equals("openai.headers")
				|| normalized.startsWith("openai.headers.") || normalized.equals("openai.webhooks.secret");
	}

}
