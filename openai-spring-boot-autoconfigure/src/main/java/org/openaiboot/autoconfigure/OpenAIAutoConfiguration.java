package org.openaiboot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openaiboot.client.OpenAIAssistantsClient;
import org.openaiboot.client.OpenAIAudioClient;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIClient;
import org.openaiboot.client.OpenAICompletionsClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.client.OpenAIFilesClient;
import org.openaiboot.client.OpenAIFineTuningClient;
import org.openaiboot.client.OpenAIImagesClient;
import org.openaiboot.client.OpenAIModelsClient;
import org.openaiboot.client.OpenAIModerationsClient;
import org.openaiboot.client.OpenAIThreadsClient;
import org.openaiboot.client.OpenAIClientObservationConvention;
import org.openaiboot.client.OpenAITransport;

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
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the OpenAI clients: one bean per API resource, each built on
 * Spring Boot's {@link RestClient.Builder} from the {@code openai.*} properties and
 * switched off with {@code openai.<resource>.enabled=false}, and an {@link OpenAIClient}
 * that hands them all out.
 */
// by name: each of these modules is optional, and a missing class named in "after" makes
// Spring log a failed introspection of this annotation at every start
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		OpenAIAutoConfiguration.BOOT_ENGINE_CONFIGURATION,
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ RestClient.class, OpenAITransport.class })
@EnableConfigurationProperties(OpenAIProperties.class)
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
			ObjectProvider<OpenAIClientCustomizer> customizers, ConfigurableListableBeanFactory beanFactory) {
		boolean sizePool = environment.containsProperty("openai.pool.max-connections")
				|| !applicationTunesEngine(beanFactory);
		return new OpenAITransportFactory(properties, environment.getProperty("OPENAI_API_KEY"),
				() -> restClientBuilder.getIfAvailable(RestClient::builder),
				requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect),
				httpClientSettings.getIfAvailable(HttpClientSettings::defaults), observationRegistry.getIfUnique(),
				meterRegistry.getIfUnique(), observationConvention.getIfUnique(),
				customizers.orderedStream().toList(), sizePool);
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
	@ConditionalOnBooleanProperty(name = "openai.chat.enabled", matchIfMissing = true)
	OpenAIChatClient openAIChatClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIChatClient(transports.create("chat", properties.getChat()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.completions.enabled", matchIfMissing = true)
	OpenAICompletionsClient openAICompletionsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAICompletionsClient(transports.create("completions", properties.getCompletions()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.embeddings.enabled", matchIfMissing = true)
	OpenAIEmbeddingsClient openAIEmbeddingsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIEmbeddingsClient(transports.create("embeddings", properties.getEmbeddings()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.images.enabled", matchIfMissing = true)
	OpenAIImagesClient openAIImagesClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIImagesClient(transports.create("images", properties.getImages()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.audio.enabled", matchIfMissing = true)
	OpenAIAudioClient openAIAudioClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIAudioClient(transports.create("audio", properties.getAudio()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.files.enabled", matchIfMissing = true)
	OpenAIFilesClient openAIFilesClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIFilesClient(transports.create("files", properties.getFiles()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.fine-tuning.enabled", matchIfMissing = true)
	OpenAIFineTuningClient openAIFineTuningClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIFineTuningClient(transports.create("fine-tuning", properties.getFineTuning()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.models.enabled", matchIfMissing = true)
	OpenAIModelsClient openAIModelsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIModelsClient(transports.create("models", properties.getModels()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.moderations.enabled", matchIfMissing = true)
	OpenAIModerationsClient openAIModerationsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIModerationsClient(transports.create("moderations", properties.getModerations()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.assistants.enabled", matchIfMissing = true)
	OpenAIAssistantsClient openAIAssistantsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIAssistantsClient(transports.create("assistants", properties.getAssistants()),
				properties.getAssistants().getBetaVersion());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.threads.enabled", matchIfMissing = true)
	OpenAIThreadsClient openAIThreadsClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIThreadsClient(transports.create("threads", properties.getThreads()),
				properties.getAssistants().getBetaVersion());
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAIClient openAIClient(ObjectProvider<OpenAIChatClient> chat, ObjectProvider<OpenAICompletionsClient> completions,
			ObjectProvider<OpenAIEmbeddingsClient> embeddings, ObjectProvider<OpenAIImagesClient> images,
			ObjectProvider<OpenAIAudioClient> audio, ObjectProvider<OpenAIFilesClient> files,
			ObjectProvider<OpenAIFineTuningClient> fineTuning, ObjectProvider<OpenAIModelsClient> models,
			ObjectProvider<OpenAIModerationsClient> moderations, ObjectProvider<OpenAIAssistantsClient> assistants,
			ObjectProvider<OpenAIThreadsClient> threads) {
		return new OpenAIClient(chat.getIfAvailable(), completions.getIfAvailable(), embeddings.getIfAvailable(),
				images.getIfAvailable(), audio.getIfAvailable(), files.getIfAvailable(), fineTuning.getIfAvailable(),
				models.getIfAvailable(), moderations.getIfAvailable(), assistants.getIfAvailable(),
				threads.getIfAvailable());
	}

}
