package org.openaiboot.autoconfigure;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.webhooks.WebhookReplayGuard;
import org.openaiboot.client.webhooks.WebhookVerifier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of the endpoint that receives OpenAI's webhooks, in a Spring MVC
 * application that sets {@code openai.webhooks.secret}: a functional route, so that a
 * library needs no controller found by component scanning and its path comes from the
 * properties, to an {@link OpenAIWebhookHandler} that publishes each verified delivery
 * as an {@link OpenAIWebhookEvent}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnProperty("openai.webhooks.secret")
@EnableConfigurationProperties(OpenAIWebhooksProperties.class)
public final class OpenAIWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookVerifier openAIWebhookVerifier(OpenAIWebhooksProperties properties) {
		String secret = properties.getSecret();
		Assert.state(secret != null, "openai.webhooks.secret must be set");
		try {
			return new WebhookVerifier(secret, properties.getTolerance(), Clock.systemUTC(),
					OpenAITransport.createJsonMapper());
		}
		catch (IllegalArgumentException ex) {
			// the verifier's messages start with the name of its parameter: secret or tolerance
			throw new IllegalArgumentException("openai.webhooks." + ex.getMessage());
		}
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookReplayGuard openAIWebhookReplayGuard(OpenAIWebhooksProperties properties) {
		int capacity = properties.getMaxRememberedIds();
		Assert.isTrue(capacity > 0, () -> "openai.webhooks.max-remembered-ids must be positive, but was " + capacity);
		return new WebhookReplayGuard(capacity, properties.getTolerance(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAIWebhookHandler openAIWebhookHandler(WebhookVerifier verifier, WebhookReplayGuard replayGuard,
			ApplicationEventPublisher publisher, OpenAIWebhooksProperties properties, Environment environment,
			ObjectProvider<MeterRegistry> meterRegistry) {
		DataSize maxBodySize = properties.getMaxBodySize();
		Assert.isTrue(maxBodySize.toBytes() > 0 && maxBodySize.toBytes() < Integer.MAX_VALUE,
				() -> "openai.webhooks.max-body-size must be more than 0 bytes and less than 2GB, but was "
						+ maxBodySize);
		boolean metrics = environment.getProperty("openai.metrics.enabled", Boolean.class, true);
		return new OpenAIWebhookHandler(verifier, replayGuard, publisher, maxBodySize,
				metrics ? meterRegistry.getIfUnique() : null);
	}

	// by name: an application's own routes are beans of the same type
	@Bean
	@ConditionalOnMissingBean(name = "openAIWebhookRouterFunction")
	RouterFunction<ServerResponse> openAIWebhookRouterFunction(OpenAIWebhookHandler handler,
			OpenAIWebhooksProperties properties) {
		return RouterFunctions.route().POST(properties.getPath(), handler).build();
	}

}
