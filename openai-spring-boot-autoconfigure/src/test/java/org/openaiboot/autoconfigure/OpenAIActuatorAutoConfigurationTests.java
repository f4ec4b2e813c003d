package org.openaiboot.autoconfigure;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAITransport;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class OpenAIActuatorAutoConfigurationTests {

	private static final String API_KEY = "sk-health-secret-4711";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIActuatorAutoConfiguration.class,
				RestClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("openai.api-key=" + API_KEY, "openai.base-url=" + baseUrl());

	private final ApplicationContextRunner healthEndpointRunner = this.contextRunner
		.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
		.withPropertyValues("management.health.openai.enabled=true", "management.endpoint.health.show-details=always");

	private static String baseUrl() {
		return server.baseUrl() + "/v1";
	}

	@Test
	void healthIndicatorIsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(OpenAIHealthIndicator.class)
			.hasSingleBean(OpenAIInfoContributor.class));
	}

	@Test
	void upWhenTheServerListsModels() {
		server.stubFor(get("/v1/models").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(OpenAIHealthIndicatorTests.MODELS)));
		this.healthEndpointRunner.run((context) -> {
			IndicatedHealthDescriptor health = openaiHealth(context.getBean(HealthEndpoint.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("models", 2).containsEntry("baseUrl", baseUrl());
			server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization",
					equalTo("Bearer " + API_KEY)));
		});
	}

	@Test
	void downWithTheErrorWhenTheServerAnswers401() {
		server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_health_1")
			.withBody("""
					{"error": {"message": "Incorrect API key provided: %s.", "type": "invalid_request_error",
					 "param": null, "code": "invalid_api_key"}}""".formatted(API_KEY))));
		this.healthEndpointRunner.run((context) -> {
			IndicatedHealthDescriptor health = openaiHealth(context.getBean(HealthEndpoint.class));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("status", 401)
				.containsEntry("type", "invalid_request_error")
				.containsEntry("code", "invalid_api_key")
				.containsEntry("requestId", "req_health_1")
				.containsEntry("baseUrl", baseUrl());
			assertThat(health.getDetails().toString()).doesNotContain(API_KEY);
		});
	}

	@Test
	void aSlowServerIsDownAfterOneAttemptWithinTheTimeout() {
		server.stubFor(get("/v1/models").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(OpenAIHealthIndicatorTests.MODELS)
			.withFixedDelay(10_000)));
		this.contextRunner
			.withPropertyValues("management.health.openai.enabled=true", "management.health.openai.timeout=300ms",
					"openai.retry.max-attempts=3")
			.run((context) -> {
				Health health = context.getBean(OpenAIHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).hasEntrySatisfying("error",
						(error) -> assertThat(error).asString().contains("Timeout"));
				server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
			});
	}

	@Test
	void reusesTheResultWithinTheConfiguredTimeToLive() {
		server.stubFor(get("/v1/models").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(OpenAIHealthIndicatorTests.MODELS)));
		this.contextRunner
			// a cold first call on a loaded machine can take longer than the 2 s default
			.withPropertyValues("management.health.openai.enabled=true", "management.health.openai.timeout=20s",
					"management.health.openai.cache-time-to-live=1h")
			.run((context) -> {
				OpenAIHealthIndicator indicator = context.getBean(OpenAIHealthIndicator.class);
				indicator.health();
				indicator.health();
				server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
			});
		this.contextRunner
			.withPropertyValues("management.health.openai.enabled=true", "management.health.openai.timeout=20s",
					"management.health.openai.cache-time-to-live=0s")
			.run((context) -> {
				OpenAIHealthIndicator indicator = context.getBean(OpenAIHealthIndicator.class);
				indicator.health();
				indicator.health();
				server.verify(3, getRequestedFor(urlEqualTo("/v1/models")));
			});
	}

	@Test
	void rejectsATimeoutThatIsNotPositive() {
		this.contextRunner
			.withPropertyValues("management.health.openai.enabled=true", "management.health.openai.timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("management.health.openai.timeout must be positive, but was PT0S"));
	}

	@Test
	void userHealthIndicatorReplacesTheDefault() {
		HealthIndicator mine = () -> Health.up().build();
		this.contextRunner.withPropertyValues("management.health.openai.enabled=true")
			.withBean("openaiHealthIndicator", HealthIndicator.class, () -> mine)
			.run((context) -> assertThat(context).doesNotHaveBean(OpenAIHealthIndicator.class)
				.getBean("openaiHealthIndicator")
				.isSameAs(mine));
		OpenAIHealthIndicator own = new OpenAIHealthIndicator(
				() -> new OpenAIModelsClient(OpenAITransport.builder().baseUrl(baseUrl()).build()), baseUrl(),
				Duration.ZERO);
		this.contextRunner.withPropertyValues("management.health.openai.enabled=true")
			.withBean("myOpenAIHealth", OpenAIHealthIndicator.class, () -> own)
			.run((context) -> assertThat(context).getBean(OpenAIHealthIndicator.class).isSameAs(own));
	}

	@Test
	void infoShowsTheVersionAndBaseUrlsButNoSecret() {
		this.contextRunner
			.withPropertyValues("openai.organization=org-secret", "openai.project=proj-secret",
					"openai.resources.chat.base-url=https://proxy:pass@chat.example.com/v1",
					"openai.resources.chat.api-key=sk-chat-secret", "openai.resources.models.base-url=" + baseUrl(),
					"openai.connections.local.base-url=http://user:pw-secret@localhost:11434/v1?token=q-secret",
					"openai.connections.local.api-key=sk-local-secret")
			.run((context) -> {
				Info.Builder builder = new Info.Builder();
				context.getBean(OpenAIInfoContributor.class).contribute(builder);
				Map<String, Object> openai = detail(builder.build(), "openai");
				assertThat(openai).containsEntry("baseUrl", baseUrl())
					.containsEntry("resources", Map.of("chat", "https://chat.example.com/v1"))
					.containsEntry("connections", Map.of("local", "http://localhost:11434/v1"))
					.hasEntrySatisfying("version", (version) -> assertThat(version).asString().isNotBlank()
						.doesNotContain("${"));
				assertThat(openai.toString()).doesNotContain(API_KEY, "sk-chat-secret", "org-secret", "proj-secret",
						"pass", "pw-secret", "q-secret", "sk-local-secret");
			});
	}

	@Test
	void infoContributorIsSwitchedOffByItsProperty() {
		this.contextRunner.withPropertyValues("management.info.openai.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OpenAIInfoContributor.class));
	}

	@Test
	void backsOffWithoutTheActuatorModules() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.",
					"org.springframework.boot.actuate."))
			.withPropertyValues("management.health.openai.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OpenAIHealthIndicator.class)
				.doesNotHaveBean(OpenAIInfoContributor.class));
	}

	private static IndicatedHealthDescriptor openaiHealth(HealthEndpoint endpoint) {
		return (IndicatedHealthDescriptor) endpoint.healthForPath("openai");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> detail(Info info, String name) {
		return (Map<String, Object>) info.getDetails().get(name);
	}

}
