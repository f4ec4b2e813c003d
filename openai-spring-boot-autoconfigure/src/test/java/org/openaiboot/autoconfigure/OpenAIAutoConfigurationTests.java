package org.openaiboot.autoconfigure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openaiboot.client.OpenAIAssistantsClient;
import org.openaiboot.client.OpenAIAudioClient;
import org.openaiboot.client.OpenAIBatchesClient;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIClient;
import org.openaiboot.client.OpenAICompletionsClient;
import org.openaiboot.client.OpenAIContainersClient;
import org.openaiboot.client.OpenAIConversationsClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.OpenAIFilesClient;
import org.openaiboot.client.OpenAIFineTuningClient;
import org.openaiboot.client.OpenAIImagesClient;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAIModerationsClient;
import org.openaiboot.client.OpenAIResourceClient;
import org.openaiboot.client.OpenAIThreadsClient;
import org.openaiboot.client.OpenAIUploadsClient;
import org.openaiboot.client.OpenAIVectorStoresClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Timeout(60)
@ExtendWith(OutputCaptureExtension.class)
class OpenAIAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4",
			 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"logprobs":null,"finish_reason":"stop"}],
			 "usage":{"prompt_tokens":4,"completion_tokens":1,"total_tokens":5}}
			""";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));

	private String baseUrl() {
		return server.baseUrl() + "/v1";
	}

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4")
			.messages(ChatCompletionRequestUserMessage.of("Hello"))
			.build();
	}

	private static void stubCompletion() {
		server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(COMPLETION)));
	}

	@Test
	void createsChatClientWithDefaults() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key").run((context) -> {
			assertThat(context).hasSingleBean(OpenAIChatClient.class).hasSingleBean(OpenAITransportFactory.class);
			OpenAIProperties properties = context.getBean(OpenAIProperties.class);
			assertThat(properties.getBaseUrl()).isEqualTo(OpenAITransport.DEFAULT_BASE_URL);
			assertThat(properties.getConnectTimeout()).hasSeconds(10);
			assertThat(properties.getReadTimeout()).hasMinutes(10);
			assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(3);
			assertThat(properties.getRetry().getInitialBackoff()).hasMillis(500);
			assertThat(properties.getRetry().getMaxBackoff()).hasSeconds(8);
			assertThat(properties.getRetry().getMultiplier()).isEqualTo(2.0);
			assertThat(properties.getRetry().getMaxRetryAfter()).hasSeconds(60);
			assertThat(properties.getMetrics().isEnabled()).isTrue();
			assertThat(properties.getAssistants().getBetaVersion()).isEqualTo("assistants=v1");
		});
	}

	@Test
	void appliesEveryConnectionProperty() {
		stubCompletion();
		this.contextRunner
			.withPropertyValues("openai.api-key=test-key", "openai.base-url=" + baseUrl(), "openai.organization=org-1",
					"openai.project=proj-1", "openai.headers.X-Team=search")
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
					.withHeader("Authorization", equalTo("Bearer test-key"))
					.withHeader("OpenAI-Organization", equalTo("org-1"))
					.withHeader("OpenAI-Project", equalTo("proj-1"))
					.withHeader("X-Team", equalTo("search")));
			});
	}

	@Test
	void resourceOverridesWin() {
		stubCompletion();
		this.contextRunner
			.withPropertyValues("openai.api-key=global-key", "openai.base-url=http://127.0.0.1:1/unused",
					"openai.resources.chat.base-url=" + baseUrl(), "openai.resources.chat.api-key=chat-key",
					"openai.resources.chat.read-timeout=5s")
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
					.withHeader("Authorization", equalTo("Bearer chat-key")));
			});
	}

	@Test
	void customBaseUrlNeedsNoKey() {
		stubCompletion();
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			context.getBean(OpenAIChatClient.class).createChatCompletion(request());
			server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", absent()));
		});
	}

	@Test
	void missingKeyFailsStartupWithAnalysis() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			MissingApiKeyException cause = findCause(context.getStartupFailure());
			FailureAnalysis analysis = new MissingApiKeyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("No OpenAI API key", OpenAITransport.DEFAULT_BASE_URL);
			assertThat(analysis.getAction()).contains("openai.api-key", "OPENAI_API_KEY");
			assertThat(cause.getProperty()).isEqualTo("openai.api-key");
		});
	}

	@Test
	void warnsOnceWhenTheKeyWouldTravelInClearText(CapturedOutput output) {
		this.contextRunner.withPropertyValues("openai.api-key=test-key", "openai.base-url=http://llm.example.com/v1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output.getOut().split("sent unencrypted over plain http to llm.example.com", -1)).hasSize(2);
				assertThat(output.getOut()).doesNotContain("test-key");
			});
	}

	@Test
	void doesNotWarnForLoopbackOrWithoutKey(CapturedOutput output) {
		this.contextRunner.withPropertyValues("openai.api-key=test-key", "openai.base-url=http://localhost:11434/v1")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner.withPropertyValues("openai.base-url=http://llm.example.com/v1")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output.getOut()).doesNotContain("unencrypted");
	}

	@Test
	void retryPropertiesApply() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(500)));
		this.contextRunner
			.withPropertyValues("openai.base-url=" + baseUrl(), "openai.retry.max-attempts=4",
					"openai.retry.initial-backoff=1ms", "openai.retry.max-backoff=2ms")
			.run((context) -> {
				assertThatExceptionOfType(RuntimeException.class)
					.isThrownBy(() -> context.getBean(OpenAIChatClient.class).createChatCompletion(request()));
				server.verify(4, postRequestedFor(urlEqualTo("/v1/chat/completions")));
			});
	}

	@Test
	void retryCanBeDisabled() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(500)));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl(), "openai.retry.enabled=false")
			.run((context) -> {
				assertThatExceptionOfType(RuntimeException.class)
					.isThrownBy(() -> context.getBean(OpenAIChatClient.class).createChatCompletion(request()));
				server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
			});
	}

	@Test
	void backsOffWhenUserDefinesClient() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key")
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> assertThat(context).getBean(OpenAIChatClient.class)
				.isSameAs(context.getBean(UserClientConfiguration.class).client));
	}

	@Test
	void resourceCanBeDisabled() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key", "openai.resources.chat.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OpenAIChatClient.class));
	}

	@Test
	void createsAClientPerResourceAndTheFacade() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key").run((context) -> {
			assertThat(context).hasSingleBean(OpenAIChatClient.class)
				.hasSingleBean(OpenAICompletionsClient.class)
				.hasSingleBean(OpenAIEmbeddingsClient.class)
				.hasSingleBean(OpenAIImagesClient.class)
				.hasSingleBean(OpenAIAudioClient.class)
				.hasSingleBean(OpenAIFilesClient.class)
				.hasSingleBean(OpenAIFineTuningClient.class)
				.hasSingleBean(OpenAIModelsClient.class)
				.hasSingleBean(OpenAIModerationsClient.class)
				.hasSingleBean(OpenAIAssistantsClient.class)
				.hasSingleBean(OpenAIThreadsClient.class)
				.hasSingleBean(OpenAIConversationsClient.class)
				.hasSingleBean(OpenAIContainersClient.class)
				.hasSingleBean(OpenAIVectorStoresClient.class)
				.hasSingleBean(OpenAIBatchesClient.class)
				.hasSingleBean(OpenAIUploadsClient.class)
				.hasSingleBean(OpenAIClient.class);
			OpenAIClient openAI = context.getBean(OpenAIClient.class);
			assertThat(openAI.chat()).isSameAs(context.getBean(OpenAIChatClient.class));
			assertThat(openAI.threads()).isSameAs(context.getBean(OpenAIThreadsClient.class));
			assertThat(openAI.fineTuning()).isSameAs(context.getBean(OpenAIFineTuningClient.class));
		});
	}

	@ParameterizedTest
	@CsvSource({ "chat, org.openaiboot.client.OpenAIChatClient",
			"completions, org.openaiboot.client.OpenAICompletionsClient",
			"embeddings, org.openaiboot.client.OpenAIEmbeddingsClient",
			"images, org.openaiboot.client.OpenAIImagesClient", "audio, org.openaiboot.client.OpenAIAudioClient",
			"files, org.openaiboot.client.OpenAIFilesClient",
			"fine-tuning, org.openaiboot.client.OpenAIFineTuningClient",
			"models, org.openaiboot.client.OpenAIModelsClient",
			"moderations, org.openaiboot.client.OpenAIModerationsClient",
			"assistants, org.openaiboot.client.OpenAIAssistantsClient",
			"threads, org.openaiboot.client.OpenAIThreadsClient",
			"responses, org.openaiboot.client.OpenAIResponsesClient",
			"conversations, org.openaiboot.client.OpenAIConversationsClient",
			"containers, org.openaiboot.client.OpenAIContainersClient",
			"vector-stores, org.openaiboot.client.OpenAIVectorStoresClient",
			"batches, org.openaiboot.client.OpenAIBatchesClient",
			"uploads, org.openaiboot.client.OpenAIUploadsClient" })
	void eachResourceCanBeSwitchedOff(String resource, Class<?> clientType) {
		this.contextRunner.withPropertyValues("openai.api-key=test-key", "openai.resources." + resource + ".enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(clientType).hasSingleBean(OpenAIClient.class);
				assertThat(context.getBeansOfType(Object.class).values().stream()
					.filter((bean) -> bean.getClass().getName().startsWith("org.openaiboot.client.OpenAI")
							&& bean.getClass().getSimpleName().endsWith("Client"))
					.count()).isEqualTo(17);
			});
	}

	@Test
	void facadeHandsOutResourceClientsTheApplicationAdds() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key")
			.withBean(ApplicationResourceClient.class, ApplicationResourceClient::new)
			.run((context) -> {
				OpenAIClient openAI = context.getBean(OpenAIClient.class);
				assertThat(openAI.get(ApplicationResourceClient.class))
					.isSameAs(context.getBean(ApplicationResourceClient.class));
				assertThat(openAI.get(OpenAIChatClient.class)).isSameAs(openAI.chat());
			});
	}

	@Test
	void aResourceKeyOfThePreviousLayoutFailsStartUpNamingItsReplacement() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key", "openai.chat.enabled=false")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("openai.chat.enabled is no longer read: set openai.resources.chat.enabled instead"));
	}

	@Test
	void facadeExplainsASwitchedOffResource() {
		this.contextRunner.withPropertyValues("openai.api-key=test-key", "openai.resources.fine-tuning.enabled=false")
			.run((context) -> assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> context.getBean(OpenAIClient.class).fineTuning())
				.withMessageContaining("openai.resources.fine-tuning.enabled=false"));
	}

	@Test
	void assistantsAndThreadsSendTheConfiguredBetaVersion() {
		server.stubFor(get("/v1/assistants/asst_1")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
					{"id":"asst_1","object":"assistant","created_at":1,"name":null,"description":null,"model":"gpt-4",
					 "instructions":null,"tools":[],"file_ids":[],"metadata":{}}""")));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl(), "openai.assistants.beta-version=assistants=v9")
			.run((context) -> {
				context.getBean(OpenAIAssistantsClient.class).getAssistant("asst_1");
				server.verify(getRequestedFor(urlEqualTo("/v1/assistants/asst_1"))
					.withHeader("OpenAI-Beta", equalTo("assistants=v9")));
			});
	}

	@Test
	void recordsMetricsWithRegistries() {
		stubCompletion();
		this.contextRunner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("openai.base-url=" + baseUrl())
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("openai.client.tokens").tag("type", "prompt").counter().count()).isEqualTo(4);
			});
	}

	@Test
	void metricsCanBeDisabled() {
		stubCompletion();
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("openai.base-url=" + baseUrl(), "openai.metrics.enabled=false")
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				assertThat(context.getBean(MeterRegistry.class).find("openai.client.tokens").counter()).isNull();
			});
	}

	@Test
	void worksWithoutAnyRegistry() {
		stubCompletion();
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl())
			.run((context) -> assertThat(
					context.getBean(OpenAIChatClient.class).createChatCompletion(request()).id())
				.isEqualTo("chatcmpl-1"));
	}

	@Test
	void appliesUserRestClientCustomizerAndCustomizer() {
		stubCompletion();
		AtomicBoolean restClientCustomized = new AtomicBoolean();
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl())
			.withBean(RestClientCustomizer.class,
					() -> (builder) -> builder.requestInterceptor((request, body, execution) -> {
						restClientCustomized.set(true);
						return execution.execute(request, body);
					}))
			.withBean(OpenAIClientCustomizer.class, () -> (builder) -> builder.header("X-Customized", "1"))
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				assertThat(restClientCustomized).isTrue();
				server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("X-Customized",
						equalTo("1")));
			});
	}

	@Test
	void applicationJacksonSettingsDoNotChangeTheWireFormat() {
		stubCompletion();
		JsonMapper upperCamelCase = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
			.build();
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl())
			.withBean(RestClientCustomizer.class, () -> (builder) -> builder.configureMessageConverters(
					(converters) -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(upperCamelCase))))
			.run((context) -> {
				assertThat(context.getBean(OpenAIChatClient.class).createChatCompletion(request()).id())
					.isEqualTo("chatcmpl-1");
				server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
					.withRequestBody(equalToJson("{\"model\":\"gpt-4\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}")));
			});
	}

	@Test
	void buildsItsHttpEngineOnTheFirstCallNotAtStartup() {
		stubCompletion();
		AtomicInteger built = new AtomicInteger();
		ApplicationContextRunner countingRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class))
			.withBean(ClientHttpRequestFactoryBuilder.class,
					() -> ClientHttpRequestFactoryBuilder.jdk().withCustomizer((factory) -> built.incrementAndGet()));
		countingRunner.run((context) -> assertThat(context).hasNotFailed());
		int withoutStarter = built.getAndSet(0);
		countingRunner.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.base-url=" + baseUrl())
			.run((context) -> {
				assertThat(built).as("engines built at start-up").hasValue(withoutStarter);
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				int afterFirstCall = built.get();
				assertThat(afterFirstCall).isGreaterThan(withoutStarter);
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				assertThat(built).as("engines built by later calls").hasValue(afterFirstCall);
			});
	}

	@Test
	void userRequestFactoryBuilderWins() {
		stubCompletion();
		AtomicBoolean used = new AtomicBoolean();
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl())
			.withBean(ClientHttpRequestFactoryBuilder.class,
					() -> ClientHttpRequestFactoryBuilder.jdk().withCustomizer((factory) -> used.set(true)))
			.run((context) -> {
				context.getBean(OpenAIChatClient.class).createChatCompletion(request());
				assertThat(used).isTrue();
			});
	}

	@Test
	void errorsKeepTheirType() {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":null}}")));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl())
			.run((context) -> assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> context.getBean(OpenAIChatClient.class).createChatCompletion(request()))
				.satisfies((ex) -> assertThat(ex.getParam()).isEqualTo("model")));
	}

	private static MissingApiKeyException findCause(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null && !(candidate instanceof MissingApiKeyException)) {
			candidate = candidate.getCause();
		}
		assertThat(candidate).isInstanceOf(MissingApiKeyException.class);
		return (MissingApiKeyException) candidate;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		final OpenAIChatClient client = new OpenAIChatClient(
				OpenAITransport.builder().baseUrl("http://127.0.0.1:1/v1").build());

		@Bean
		OpenAIChatClient userChatClient() {
			return this.client;
		}

	}

	static class ApplicationResourceClient implements OpenAIResourceClient {

		@Override
		public String resourceName() {
			return "evals";
		}

	}

}
