package org.openaiboot.autoconfigure;

import org.openaiboot.client.OpenAIModelsClient;

import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorFallback;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code openai} health indicator, off unless
 * {@code management.health.openai.enabled=true} since each check calls the API, and the
 * {@code openai} section of the info endpoint, on unless
 * {@code management.info.openai.enabled=false}.
 */
@AutoConfiguration(after = OpenAIAutoConfiguration.class)
@ConditionalOnBean(OpenAITransportFactory.class)
public final class OpenAIActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	// not @ConditionalOnEnabledHealthIndicator, which turns an indicator on unless told otherwise
	@ConditionalOnBooleanProperty("management.health.openai.enabled")
	@EnableConfigurationProperties(OpenAIHealthProperties.class)
	static class HealthIndicatorConfiguration {

		@Bean
		@ConditionalOnMissingBean(value = OpenAIHealthIndicator.class, name = "openaiHealthIndicator")
		OpenAIHealthIndicator openaiHealthIndicator(OpenAITransportFactory transports, OpenAIProperties properties,
				OpenAIHealthProperties health) {
			return new OpenAIHealthIndicator(
					() -> new OpenAIModelsClient(transports.createProbe("models", health.getTimeout())),
					ShownBaseUrl.of(properties, "models"), health.getCacheTimeToLive());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ InfoContributor.class, ConditionalOnEnabledInfoContributor.class })
	static class InfoContributorConfiguration {

		// nested: Spring loads the classes of every condition of a class before testing
		// any, and the condition of @ConditionalOnEnabledInfoContributor may be absent
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnEnabledInfoContributor(value = "openai", fallback = InfoContributorFallback.USE_DEFAULTS_PROPERTY)
		static class EnabledInfoContributorConfiguration {

			@Bean
			@ConditionalOnMissingBean
			OpenAIInfoContributor openAIInfoContributor(OpenAIProperties properties) {
				return new OpenAIInfoContributor(properties);
			}

		}

	}

}
