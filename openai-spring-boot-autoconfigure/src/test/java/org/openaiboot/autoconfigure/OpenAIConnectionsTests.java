package org.openaiboot.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIClient;
import org.openaiboot.client.OpenAIResourceClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class OpenAIConnectionsTests {

	@RegisterExtension
	static WireMockExtension openai = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@RegisterExtension
	static WireMockExtension local = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
		.withBean(MeterRegistry.class, () -> this.meters)
		.withBean(ObservationRegistry.class, this::observationRegistry);

	private ObservationRegistry observationRegistry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		return registry;
	}

	private ApplicationContextRunner twoConnections() {
		return this.contextRunner.withPropertyValues("openai.api-key=sk-default-key",
				"openai.base-url=" + openai.baseUrl() + "/v1", "openai.connections.local.base-url=" + local.baseUrl() + "/v1",
				"openai.connections.local.api-key=local-server-key", "openai.connections.local.retry.max-attempts=1");
	}

	private static CreateChatCompletionRequest request(String model) {
		return CreateChatCompletionRequest.builder()
			.model(model)
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
	}

	private static void stubCompletion(WireMockExtension server, String model) {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(OpenAIAutoConfigurationTests.COMPLETION.replace("gpt-4", model))));
	}

	@Test
	void twoConnectionsReachTwoServersWithTheirOwnKeysAndTags() {
		stubCompletion(openai, "gpt-4o");
		stubCompletion(local, "llama3");
		twoConnections().withUserConfiguration(TwoChats.class).run((context) -> {
			TwoChats chats = context.getBean(TwoChats.class);
			assertThat(chats.main.createChatCompletion(request("gpt-4o")).model()).isEqualTo("gpt-4o");
			assertThat(chats.local.createChatCompletion(request("llama3")).model()).isEqualTo("llama3");
			openai.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
				.withHeader("Authorization", equalTo("Bearer sk-default-key")));
			local.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
				.withHeader("Authorization", equalTo("Bearer local-server-key")));
			assertThat(this.meters.get("openai.client.requests").tag("openai.connection", "default").timer().count())
				.isOne();
			assertThat(meters.get("openai.client.requests").tag("openai.connection", "local").timer().count())
				.isOne();
			assertThat(this.meters.get("openai.client.tokens")
				.tags("openai.connection", "local", "openai.model", "llama3", "type", "prompt")
				.counter()
				.count()).isEqualTo(4);
		});
	}

	@Test
	void injectionByTypeAloneGetsTheDefaultConnection() {
		twoConnections().run((context) -> {
			assertThat(context.getBeanNamesForType(OpenAIChatClient.class)).containsExactlyInAnyOrder("openAIChatClient",
					"local.openAIChatClient");
			assertThat(context.getBeanProvider(OpenAIChatClient.class).getIfUnique())
				.isSameAs(context.getBean("openAIChatClient"));
			OpenAIClient main = context.getBean(OpenAIClient.class);
			assertThat(main.chat()).isSameAs(context.getBean("openAIChatClient"));
			OpenAIClient localClient = context.getBean("local.openAIClient", OpenAIClient.class);
			assertThat(localClient.chat()).isSameAs(context.getBean("local.openAIChatClient"));
		});
	}

	@Test
	void aNamedConnectionHasAClientOfEveryResourceTheDefaultOneHas() {
		twoConnections().run((context) -> {
			Set<Class<?>> defaults = OpenAIConnectionClients
				.defaultCandidates(context.getBeanFactory(), OpenAIResourceClient.class)
				.stream()
				.map(Object::getClass)
				.collect(Collectors.toSet());
			Set<Class<?>> local = OpenAIConnectionClients.RESOURCES.stream()
				.map((resource) -> context.getBean(OpenAIConnectionClients.beanName("local", resource)).getClass())
				.collect(Collectors.toSet());
			assertThat(local).hasSize(OpenAIConnectionClients.RESOURCES.size()).isEqualTo(defaults);
		});
	}

	@Test
	void theDefaultEntryPointHoldsOnlyTheDefaultConnectionsClients() {
		twoConnections().withPropertyValues("openai.resources.chat.enabled=false").run((context) -> {
			assertThat(context.getBean(OpenAIClient.class).find(OpenAIChatClient.class)).isNull();
			assertThat(context.getBean("local.openAIClient", OpenAIClient.class).find(OpenAIChatClient.class))
				.isSameAs(context.getBean("local.openAIChatClient"));
		});
	}

	@Test
	void aNamedConnectionDoesNotTakeTheDefaultKey() {
		stubCompletion(local, "llama3");
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-default-key",
					"openai.connections.local.base-url=" + local.baseUrl() + "/v1")
			.run((context) -> {
				context.getBean("local.openAIChatClient", OpenAIChatClient.class)
					.createChatCompletion(request("llama3"));
				local.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization",
						absent()));
			});
	}

	@Test
	void aNamedConnectionToOpenAIWithoutAKeyFailsNamingItsProperty() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-default-key", "openai.connections.second.project=p")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOfSatisfying(MissingApiKeyException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("openai.connections.second.api-key");
					FailureAnalysis analysis = new MissingApiKeyFailureAnalyzer().analyze(ex);
					assertThat(analysis.getAction()).contains("'openai.connections.second.api-key'",
							"does not use openai.api-key or OPENAI_API_KEY", "'openai.connections.second.base-url'");
				}));
	}

	@Test
	void anApplicationsOwnClientStillReplacesTheDefaultOne() {
		OpenAIChatClient mine = new OpenAIChatClient(OpenAITransport.builder().baseUrl(local.baseUrl()).build());
		twoConnections().withBean("mine", OpenAIChatClient.class, () -> mine).run((context) -> {
			assertThat(context.getBeanProvider(OpenAIChatClient.class).getIfUnique()).isSameAs(mine);
			assertThat(context).hasBean("local.openAIChatClient").doesNotHaveBean("openAIChatClient");
		});
	}

	@Test
	void aConnectionNamedDefaultIsRefused() {
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-default-key", "openai.connections.default.base-url=http://localhost:1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("'openai.connections.default' is not allowed"));
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoChats {

		final OpenAIChatClient main;

		final OpenAIChatClient local;

		TwoChats(OpenAIChatClient main, @Qualifier("local") OpenAIChatClient local) {
			this.main = main;
			this.local = local;
		}

	}

}
