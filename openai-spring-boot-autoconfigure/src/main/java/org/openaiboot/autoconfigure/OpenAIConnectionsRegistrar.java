package org.openaiboot.autoconfigure;

import java.util.Map;
import java.util.Set;

import org.openaiboot.client.OpenAIClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Declares the client beans of each named connection ({@code openai.connections.<name>}):
 * one per resource and an {@link OpenAIClient}, qualified with the connection's name
 * ({@code @Qualifier("local") OpenAIChatClient chat}) and injected only where the
 * qualifier asks for them, so that the default connection's beans stay the ones injected
 * by type alone.
 */
class OpenAIConnectionsRegistrar implements ImportBeanDefinitionRegistrar {

	static final String CLIENTS_BEAN = "openAIConnectionClients";

	private final Environment environment;

	OpenAIConnectionsRegistrar(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String connection : connectionNames()) {
			for (OpenAIConnectionClients.Resource<?> resource : OpenAIConnectionClients.RESOURCES) {
				RootBeanDefinition client = definition(connection, resource.type(), "client");
				client.getConstructorArgumentValues().addIndexedArgumentValue(1, resource.name());
				registry.registerBeanDefinition(OpenAIConnectionClients.beanName(connection, resource), client);
			}
			registry.registerBeanDefinition(connection + ".openAIClient",
					definition(connection, OpenAIClient.class, "registry"));
		}
	}

	private Set<String> connectionNames() {
		return Binder.get(this.environment)
			.bind("openai.connections", Bindable.mapOf(String.class, OpenAIConnectionProperties.class))
			.orElse(Map.of())
			.keySet();
	}

	private static RootBeanDefinition definition(String connection, Class<?> type, String factoryMethod) {
		RootBeanDefinition definition = new RootBeanDefinition();
		definition.setTargetType(type);
		definition.setFactoryBeanName(CLIENTS_BEAN);
		definition.setFactoryMethodName(factoryMethod);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, connection);
		definition.setDefaultCandidate(false);
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, connection));
		return definition;
	}

}
