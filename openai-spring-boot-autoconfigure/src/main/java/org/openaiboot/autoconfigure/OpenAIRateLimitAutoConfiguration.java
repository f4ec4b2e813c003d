package org.openaiboot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.ratelimit.LocalRateLimitStore;
import org.openaiboot.client.observation.OpenAIMetrics;
import org.openaiboot.client.ratelimit.OpenAIRateLimits;
import org.openaiboot.client.ratelimit.RateLimitStore;
import org.openaiboot.client.ratelimit.RedisRateLimitStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Auto-configuration of the rate limits of the clients configured by {@code openai.*}:
 * one {@link OpenAIRateLimits} that every resource client's transport reports to and,
 * with {@code openai.rate-limit.enabled=true}, takes from; its budget lives in memory, or
 * in Redis with {@code openai.rate-limit.store=redis}.
 */
// by name: the Redis and meter registry modules are optional
@AutoConfiguration(afterName = { "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(OpenAITransport.class)
@EnableConfigurationProperties({ OpenAIProperties.class, OpenAIRateLimitProperties.class })
public final class OpenAIRateLimitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenAIRateLimits openAIRateLimits(OpenAIRateLimitProperties rateLimit, OpenAIProperties properties,
			ObjectProvider<RateLimitStore> store, ObjectProvider<MeterRegistry> meterRegistry) {
		RateLimitStore chosen = store.getIfAvailable(() -> localStore(rateLimit));
		MeterRegistry registry = properties.getMetrics().isEnabled() ? meterRegistry.getIfUnique() : null;
		return new OpenAIRateLimits(OpenAIMetrics.DEFAULT_CONNECTION, rateLimit.toSettings(), chosen, registry);
	}

	private static RateLimitStore localStore(OpenAIRateLimitProperties rateLimit) {
		if (rateLimit.getStore() == OpenAIRateLimitProperties.Store.REDIS) {
			throw new IllegalStateException("openai.rate-limit.store=redis needs Spring Data Redis and a "
					+ "RedisConnectionFactory bean (spring-boot-starter-data-redis and spring.data.redis.*), and "
					+ "there is none");
		}
		return new LocalRateLimitStore();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(StringRedisTemplate.class)
	@ConditionalOnBean(RedisConnectionFactory.class)
	@ConditionalOnProperty(name = "openai.rate-limit.store", havingValue = "redis")
	static class RedisStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(RateLimitStore.class)
		RedisRateLimitStore openAIRedisRateLimitStore(RedisConnectionFactory connectionFactory,
				OpenAIRateLimitProperties rateLimit) {
			return new RedisRateLimitStore(new StringRedisTemplate(connectionFactory),
					rateLimit.getRedisRetryInterval());
		}

	}

}
