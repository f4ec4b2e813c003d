package org.openaiboot.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.AccessTokenProvider;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Calls to an Azure OpenAI resource take the paths, query and headers Azure documents:
 * {@code /openai/v1/...} or {@code /openai/deployments/<deployment>/...?api-version=...},
 * with the key in {@code api-key} or an Entra ID token as a bearer token.
 */
@Timeout(60)
class AzureOpenAIConnectionTests {

	@RegisterExtension
	static WireMockExtension azure = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-openai-key", "openai.connections.azure.kind=azure",
				"openai.connections.azure.base-url=" + azure.baseUrl() + "/");

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o")
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
	}

	private static void stubAnswers() {
		azure.stubFor(any(urlPathEqualTo("/openai/v1/chat/completions"))
			.willReturn(json(OpenAIAutoConfigurationTests.COMPLETION)));
		azure.stubFor(any(urlPathEqualTo("/openai/deployments/prod-4o/chat/completions"))
			.willReturn(json(OpenAIAutoConfigurationTests.COMPLETION)));
		azure.stubFor(any(urlPathEqualTo("/openai/models")).willReturn(json("{\"object\":\"list\",\"data\":[]}")));
		azure.stubFor(any(urlPathEqualTo("/openai/models/gpt-4o"))
			.willReturn(json("{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1,\"owned_by\":\"system\"}")));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

	private static OpenAIChatClient chat(org.springframework.context.ApplicationContext context) {
		return context.getBean("azure.openAIChatClient", OpenAIChatClient.class);
	}

	@Test
	void v1PathsWithTheKeyInTheApiKeyHeader() {
		stubAnswers();
		this.contextRunner.withPropertyValues("openai.connections.azure.api-key=azure-resource-key").run((context) -> {
			chat(context).createChatCompletion(request());
			azure.verify(1, postRequestedFor(urlEqualTo("/openai/v1/chat/completions"))
				.withHeader("api-key", equalTo("azure-resource-key"))
				.withHeader("Authorization", absent()));
		});
	}

	@Test
	void deploymentPathsWithAnApiVersionOnEveryCall() {
		stubAnswers();
		this.contextRunner
			.withPropertyValues("openai.connections.azure.api-key=azure-resource-key",
					"openai.connections.azure.azure.paths=deployments",
					"openai.connections.azure.azure.api-version=2024-10-21",
					"openai.connections.azure.azure.deployments.gpt-4o=prod-4o")
			.run((context) -> {
				chat(context).createChatCompletion(request());
				OpenAIModelsClient models = context.getBean("azure.openAIModelsClient", OpenAIModelsClient.class);
				models.listModels();
				models.retrieveModel("gpt-4o");
				azure.verify(1,
						postRequestedFor(urlEqualTo("/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21"))
							.withHeader("api-key", equalTo("azure-resource-key")));
				azure.verify(1, getRequestedFor(urlEqualTo("/openai/models?api-version=2024-10-21")));
				azure.verify(1, getRequestedFor(urlEqualTo("/openai/models/gpt-4o?api-version=2024-10-21")));
			});
	}

	@Test
	void aTokenProviderQualifiedWithTheConnectionsNameIsAskedBeforeEachCall() {
		stubAnswers();
		AtomicInteger issued = new AtomicInteger();
		AccessTokenProvider tokens = () -> "entra-token-" + issued.incrementAndGet();
		this.contextRunner.withBean("azure", AccessTokenProvider.class, () -> tokens).run((context) -> {
			chat(context).createChatCompletion(request());
			chat(context).createChatCompletion(request());
			azure.verify(1, postRequestedFor(urlEqualTo("/openai/v1/chat/completions"))
				.withHeader("Authorization", equalTo("Bearer entra-token-1"))
				.withHeader("api-key", absent()));
			azure.verify(1, postRequestedFor(urlEqualTo("/openai/v1/chat/completions"))
				.withHeader("Authorization", equalTo("Bearer entra-token-2")));
		});
	}

	@Test
	void aTokenAServerQuotesBackIsMaskedInTheException() {
		azure.stubFor(any(urlPathEqualTo("/openai/v1/chat/completions")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Token entra-token-4711 has expired\",\"type\":\"invalid_request_error\","
					+ "\"code\":\"invalid_token\",\"param\":null}}")));
		AccessTokenProvider tokens = () -> "entra-token-4711";
		this.contextRunner.withBean("azure", AccessTokenProvider.class, () -> tokens)
			.withPropertyValues("openai.connections.azure.retry.enabled=false")
			.run((context) -> assertThatExceptionOfType(OpenAIApiException.class)
				.isThrownBy(() -> chat(context).createChatCompletion(request()))
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("Token ****** has expired")
					.doesNotContain("entra-token-4711")));
	}

	@Test
	void theDefaultConnectionNeverGetsAnAzureToken() {
		AccessTokenProvider tokens = () -> "entra-token";
		this.contextRunner.withBean("azure", AccessTokenProvider.class, () -> tokens)
			.withPropertyValues("openai.api-key=", "openai.base-url=" + azure.baseUrl() + "/v1")
			.run((context) -> {
				azure.stubFor(any(anyUrl()).willReturn(json(OpenAIAutoConfigurationTests.COMPLETION)));
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				azure.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization",
						absent()));
			});
	}

	@Test
	void anAzureConnectionWithoutCredentialsFailsNamingTheProperty() {
		this.contextRunner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOfSatisfying(MissingApiKeyException.class,
					(ex) -> assertThat(ex.getProperty()).isEqualTo("openai.connections.azure.api-key")));
	}

	@Test
	void deploymentPathsWithoutAnApiVersionFailNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("openai.connections.azure.api-key=azure-resource-key",
					"openai.connections.azure.azure.paths=deployments")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("openai.connections.azure.azure.api-version must be set"));
	}

	@Test
	void anAzureConnectionWithoutItsEndpointFails() {
		this.contextRunner
			.withPropertyValues("openai.connections.azure.api-key=azure-resource-key",
					"openai.connections.azure.base-url=https://api.openai.com/v1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("openai.connections.azure.base-url must be the endpoint"));
	}

}
