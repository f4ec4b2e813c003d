package org.openaiboot.autoconfigure;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.ratelimit.LocalRateLimitStore;
import org.openaiboot.client.ratelimit.OpenAIRateLimiter;
import org.openaiboot.client.ratelimit.OpenAIRateLimits;
import org.openaiboot.client.ratelimit.RateLimitSettings;
import org.openaiboot.client.ratelimit.RedisRateLimitStore;
import org.openaiboot.client.ratelimit.RedisServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured rate limits: one bean that every resource client of the default
 * connection reports to, throttling only when asked, its budget in memory or in Redis.
 */
@Timeout(60)
class OpenAIRateLimitAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIRateLimitAutoConfiguration.class,
				RestClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test");

	@Test
	void observesWithoutThrottlingByDefault() {
		this.contextRunner.run((context) -> {
			OpenAIRateLimits limits = context.getBean(OpenAIRateLimits.class);
			assertThat(limits.getConnection()).isEqualTo("default");
			assertThat(limits.getSettings()).isEqualTo(RateLimitSettings.OBSERVE);
			assertThat(limits).extracting("store").isInstanceOf(LocalRateLimitStore.class);
		});
	}

	@Test
	void everyResourceClientSharesTheLimiterOfItsApiKey() {
		this.contextRunner.run((context) -> {
			OpenAIRateLimiter expected = context.getBean(OpenAIRateLimits.class).limiter("sk-test");
			assertThat(limiterOf(context.getBean(OpenAIChatClient.class))).isSameAs(expected);
			assertThat(limiterOf(context.getBean(OpenAIEmbeddingsClient.class))).isSameAs(expected);
		});
	}

	@Test
	void aNamedConnectionHasRateLimitsOfItsOwnWithTheSameSettings() {
		this.contextRunner
			.withPropertyValues("openai.rate-limit.enabled=true", "openai.connections.local.base-url=http://localhost:1/v1",
					"openai.connections.local.api-key=local-key")
			.run((context) -> {
				OpenAIRateLimits defaults = context.getBean(OpenAIRateLimits.class);
				Object local = limiterOf(context.getBean("local.openAIChatClient"));
				assertThat(local).isNotSameAs(defaults.limiter("sk-test"))
					.extracting("limits")
					.satisfies((limits) -> {
						assertThat(((OpenAIRateLimits) limits).getConnection()).isEqualTo("local");
						assertThat(((OpenAIRateLimits) limits).getSettings()).isEqualTo(defaults.getSettings());
					});
				assertThat(limiterOf(context.getBean("local.openAIEmbeddingsClient"))).isSameAs(local);
			});
	}

	@Test
	void bindsTheThrottlingSettings() {
		this.contextRunner
			.withPropertyValues("openai.rate-limit.enabled=true", "openai.rate-limit.max-wait=5s",
					"openai.rate-limit.default-output-tokens=256", "openai.rate-limit.window=10s",
					"openai.rate-limit.redis-key-prefix=app")
			.run((context) -> assertThat(context.getBean(OpenAIRateLimits.class).getSettings())
				.isEqualTo(new RateLimitSettings(true, Duration.ofSeconds(5), 256, Duration.ofSeconds(10), "app")));
	}

	@Test
	void publishesTheGaugesToTheMeterRegistryUnlessMetricsAreOff() {
		this.contextRunner.withBean(SimpleMeterRegistry.class).run((context) -> {
			assertThat(context.getBean(OpenAIRateLimits.class)).extracting("meterRegistry").isNotNull();
		});
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("openai.metrics.enabled=false")
			.run((context) -> assertThat(context.getBean(OpenAIRateLimits.class)).extracting("meterRegistry")
				.isNull());
	}

	@Test
	void backsOffForTheApplicationsOwnRateLimits() {
		OpenAIRateLimits own = new OpenAIRateLimits("mine", RateLimitSettings.OBSERVE, new LocalRateLimitStore(),
				null);
		this.contextRunner.withBean(OpenAIRateLimits.class, () -> own)
			.run((context) -> assertThat(limiterOf(context.getBean(OpenAIChatClient.class)))
				.isSameAs(own.limiter("sk-test")));
	}

	@Test
	void redisStoreWithoutRedisFailsAtStartUpNamingTheProperty() {
		this.contextRunner.withPropertyValues("openai.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("openai.rate-limit.store=redis")
				.hasMessageContaining("RedisConnectionFactory"));
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.withPropertyValues("openai.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void keepsTheBudgetInRedisWhenAskedTo() throws Exception {
		try (RedisServer redis = RedisServer.start()) {
			this.contextRunner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
				.withPropertyValues("openai.rate-limit.enabled=true", "openai.rate-limit.store=redis",
						"spring.data.redis.port=" + redis.port(), "spring.data.redis.host=127.0.0.1")
				.run((context) -> {
					assertThat(context).hasSingleBean(RedisRateLimitStore.class);
					assertThat(context.getBean(OpenAIRateLimits.class)).extracting("store")
						.isSameAs(context.getBean(RedisRateLimitStore.class));
				});
		}
	}

	@Test
	void aLocalStoreIgnoresRedis() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(RedisRateLimitStore.class));
	}

	private static Object limiterOf(Object client) {
		return assertThat(client).extracting("transport").extracting("rateLimiter").actual();
	}

}
