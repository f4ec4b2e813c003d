package org.openaiboot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.openaiboot.client.observation.GenAiMeterObservationHandler;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The meters of the OpenTelemetry semantic conventions for generative AI clients, unless
 * {@code openai.metrics.conventions} is {@code openai}; with {@code gen-ai}, the
 * {@code openai.client.*} meters they replace are denied.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(name = "openai.metrics.enabled", matchIfMissing = true)
class OpenAIGenAiMetricsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@Conditional(GenAiConventions.class)
	GenAiMeterObservationHandler genAiMeterObservationHandler(MeterRegistry meterRegistry) {
		return new GenAiMeterObservationHandler(meterRegistry);
	}

	// the retries have no counterpart among the gen_ai.* meters, and stay
	@Bean
	@ConditionalOnProperty(name = "openai.metrics.conventions", havingValue = "gen-ai")
	MeterFilter openAIConventionsMeterFilter() {
		return MeterFilter.deny((id) -> id.getName().startsWith("openai.client.requests")
				|| id.getName().equals("openai.client.tokens")
				|| id.getName().equals("openai.client.stream.first-chunk"));
	}

	static final class GenAiConventions extends AnyNestedCondition {

		GenAiConventions() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(name = "openai.metrics.conventions", havingValue = "both", matchIfMissing = true)
		static final class Both {

		}

		@ConditionalOnProperty(name = "openai.metrics.conventions", havingValue = "gen-ai")
		static final class GenAiOnly {

		}

	}

}
