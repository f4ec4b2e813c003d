package org.openaiboot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
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
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.client.OpenAIThreadsClient;
import org.openaiboot.client.OpenAIUploadsClient;
import org.openaiboot.client.OpenAIVectorStoresClient;
import org.openaiboot.client.OpenAITransport;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.observation.GenAiClientObservationConvention;
import org.openaiboot.client.observation.OpenAIClientObservationConvention;
import org.openaiboot.client.ratelimit.OpenAIRateLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the OpenAI clients: one bean per API resource, each built on
 * Spring Boot's {@link RestClient.Builder} from the {@code openai.*} properties (with
 * {@code openai.resources.<name>.*} overriding them for one resource) and switched off with
 * {@code openai.resources.<name>.enabled=false}, and an {@link OpenAIClient} that hands out
 * every {@link OpenAIResourceClient} bean. Each named connection
 * ({@code openai.connections.<name>.*}) gets the same beans, qualified with its name.
 */
// by name: each of these modules is optional, and a missing class named in "after" makes
// Spring log a failed introspection of this annotation at every start; the meter registry
// comes first so that the gen_ai.* meters see it
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		OpenAIAutoConfiguration.BOOT_ENGINE_CONFIGURATION,
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ RestClient.class, OpenAITransport.class })
@EnableConfigurationProperties(OpenAIProperties.class)
@Import({ OpenAIGenAiMetricsConfiguration.class, OpenAIConnectionsRegistrar.class })
public final class OpenAIAutoConfiguration {

	static final String BOOT_ENGINE_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration";

	@Bean
	@ConditionalOnMissingBean
	OpenAITransportFactory openAITransportFactory(OpenAIProperties properties, Environment environment,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<MeterRegistry> meterRegistry,
			ObjectProvider<OpenAIClientObservationConvention> observationConvention,
			ObjectProvider<OpenAIClientCustomizer> customizers, ObjectProvider<OpenAIRateLimits> rateLimits,
			ConfigurableListableBeanFactory beanFactory) {
		MovedResourceProperties.check(environment);
		boolean sizePool = environment.containsProperty("openai.pool.max-connections")
				|| !applicationTunesEngine(beanFactory);
		OpenAITransportFactory factory = new OpenAITransportFactory(properties,
				environment.getProperty("OPENAI_API_KEY"),
				() -> restClientBuilder.getIfAvailable(RestClient::builder),
				requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect),
				httpClientSettings.getIfAvailable(HttpClientSettings::defaults), observationRegistry.getIfUnique(),
				meterRegistry.getIfUnique(), observationConvention.getIfUnique(() -> conventionFor(properties)),
				customizers.orderedStream().toList(), new AccessTokenProviders(beanFactory), sizePool);
		rateLimits.ifAvailable(factory::setRateLimits);
		return factory;
	}

	@Bean(OpenAIConnectionsRegistrar.CLIENTS_BEAN)
	@ConditionalOnMissingBean
	OpenAIConnectionClients openAIConnectionClients(OpenAITransportFactory transports, OpenAIProperties properties,
			ConfigurableListableBeanFactory beanFactory) {
		return new OpenAIConnectionClients(transports, properties, beanFactory);
	}

	private static @Nullable OpenAIClientObservationConvention conventionFor(OpenAIProperties properties) {
		return properties.getMetrics().getConventions().genAi() ? new GenAiClientObservationConvention() : null;
	}

	/**
	 * Whether the application customizes the HTTP engine Spring Boot builds, or builds its
	 * own: then its connection pool settings are its own, and stay as they are.
	 */
	private static boolean applicationTunesEngine(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class, true, false).length > 0) {
			return true;
		}
		for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, true, false)) {
			if (!beanFactory.containsBeanDefinition(name) || !BOOT_ENGINE_CONFIGURATION
				.equals(beanFactory.getBeanDefinition(name).getFactoryBeanName())) {
				return true;
			}
		}
		return false;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.chat.enabled", matchIfMissing = true)
	OpenAIChatClient openAIChatClient(OpenAITransportFactory transports) {
		return new OpenAIChatClient(transports.create("chat"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.completions.enabled", matchIfMissing = true)
	OpenAICompletionsClient openAICompletionsClient(OpenAITransportFactory transports) {
		return new OpenAICompletionsClient(transports.create("completions"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.embeddings.enabled", matchIfMissing = true)
	OpenAIEmbeddingsClient openAIEmbeddingsClient(OpenAITransportFactory transports) {
		return new OpenAIEmbeddingsClient(transports.create("embeddings"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.images.enabled", matchIfMissing = true)
	OpenAIImagesClient openAIImagesClient(OpenAITransportFactory transports) {
		return new OpenAIImagesClient(transports.create("images"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.audio.enabled", matchIfMissing = true)
	OpenAIAudioClient openAIAudioClient(OpenAITransportFactory transports) {
		return new OpenAIAudioClient(transports.create("audio"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.files.enabled", matchIfMissing = true)
	OpenAIFilesClient openAIFilesClient(OpenAITransportFactory transports) {
		return new OpenAIFilesClient(transports.create("files"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.fine-tuning.enabled", matchIfMissing = true)
	OpenAIFineTuningClient openAIFineTuningClient(OpenAITransportFactory transports) {
		return new OpenAIFineTuningClient(transports.create("fine-tuning"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.models.enabled", matchIfMissing = true)
	OpenAIModelsClient openAIModelsClient(OpenAITransportFactory transports) {
		return new OpenAIModelsClient(transports.create("models"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.moderations.enabled", matchIfMissing = true)
	OpenAIModerationsClient openAIModerationsClient(OpenAITransportFactory transports) {
		return new OpenAIModerationsClient(transports.create("moderations"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.assistants.enabled", matchIfMissing = true)
	@SuppressWarnings("deprecation") // still auto-configured, for servers that implement it
	OpenAIAssistantsClient openAIAssistantsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIAssistantsClient(transports.create("assistants"),
				properties.getAssistants().getBetaVersion());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.threads.enabled", matchIfMissing = true)
	@SuppressWarnings("deprecation") // still auto-configured, for servers that implement it
	OpenAIThreadsClient openAIThreadsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIThreadsClient(transports.create("threads"),
				properties.getAssistants().getBetaVersion());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.responses.enabled", matchIfMissing = true)
	OpenAIResponsesClient openAIResponsesClient(OpenAITransportFactory transports) {
		return new OpenAIResponsesClient(transports.create("responses"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.conversations.enabled", matchIfMissing = true)
	OpenAIConversationsClient openAIConversationsClient(OpenAITransportFactory transports) {
		return new OpenAIConversationsClient(transports.create("conversations"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.containers.enabled", matchIfMissing = true)
	OpenAIContainersClient openAIContainersClient(OpenAITransportFactory transports) {
		return new OpenAIContainersClient(transports.create("containers"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.vector-stores.enabled", matchIfMissing = true)
	OpenAIVectorStoresClient openAIVectorStoresClient(OpenAITransportFactory transports) {
		return new OpenAIVectorStoresClient(transports.create("vector-stores"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.batches.enabled", matchIfMissing = true)
	OpenAIBatchesClient openAIBatchesClient(OpenAITransportFactory transports) {
		return new OpenAIBatchesClient(transports.create("batches"));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.resources.uploads.enabled", matchIfMissing = true)
	OpenAIUploadsClient openAIUploadsClient(OpenAITransportFactory transports) {
		return new OpenAIUploadsClient(transports.create("uploads"));
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAIClient openAIClient(ConfigurableListableBeanFactory beanFactory) {
		return OpenAIClient.of(OpenAIConnectionClients.defaultCandidates(beanFactory, OpenAIResourceClient.class));
	}

}
