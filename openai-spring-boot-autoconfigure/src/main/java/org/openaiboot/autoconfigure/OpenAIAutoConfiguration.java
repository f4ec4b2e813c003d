package org.openaiboot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAIClientObservationConvention;
import org.openaiboot.client.OpenAITransport;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the OpenAI clients: one bean per API resource, each built on
 * Spring Boot's {@link RestClient.Builder} from the {@code openai.*} properties.
 */
@AutoConfiguration(after = { RestClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
		ObservationAutoConfiguration.class })
@ConditionalOnClass({ RestClient.class, OpenAITransport.class })
@EnableConfigurationProperties(OpenAIProperties.class)
public final class OpenAIAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenAITransportFactory openAITransportFactory(OpenAIProperties properties, Environment environment,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<MeterRegistry> meterRegistry,
			ObjectProvider<OpenAIClientObservationConvention> observationConvention,
			ObjectProvider<OpenAIClientCustomizer> customizers) {
		return new OpenAITransportFactory(properties, environment.getProperty("OPENAI_API_KEY"),
				restClientBuilder.getIfAvailable(RestClient::builder),
				requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect),
				httpClientSettings.getIfAvailable(HttpClientSettings::defaults), observationRegistry.getIfUnique(),
				meterRegistry.getIfUnique(), observationConvention.getIfUnique(),
				customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "openai.chat.enabled", matchIfMissing = true)
	OpenAIChatClient openAIChatClient(OpenAITransportFactory transports, OpenAIProperties properties) {
		return new OpenAIChatClient(transports.create("chat", properties.getChat()));
	}

}
