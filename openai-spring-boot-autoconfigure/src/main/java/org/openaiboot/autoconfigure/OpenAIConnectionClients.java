package org.openaiboot.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

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
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.OpenAIUploadsClient;
import org.openaiboot.client.OpenAIVectorStoresClient;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;

/**
 * Creates the client beans of the named connections ({@code openai.connections.<name>}),
 * which {@link OpenAIConnectionsRegistrar} declares.
 */
public class OpenAIConnectionClients {

	/** Every resource client, by the name its transport settings are looked up with. */
	@SuppressWarnings("deprecation") // assistants and threads stay, for servers that implement them
	static final List<Resource<?>> RESOURCES = List.of(
			new Resource<>("chat", OpenAIChatClient.class, (transport, properties) -> new OpenAIChatClient(transport)),
			new Resource<>("completions", OpenAICompletionsClient.class,
					(transport, properties) -> new OpenAICompletionsClient(transport)),
			new Resource<>("embeddings", OpenAIEmbeddingsClient.class,
					(transport, properties) -> new OpenAIEmbeddingsClient(transport)),
			new Resource<>("images", OpenAIImagesClient.class,
					(transport, properties) -> new OpenAIImagesClient(transport)),
			new Resource<>("audio", OpenAIAudioClient.class, (transport, properties) -> new OpenAIAudioClient(transport)),
			new Resource<>("files", OpenAIFilesClient.class, (transport, properties) -> new OpenAIFilesClient(transport)),
			new Resource<>("fine-tuning", OpenAIFineTuningClient.class,
					(transport, properties) -> new OpenAIFineTuningClient(transport)),
			new Resource<>("models", OpenAIModelsClient.class,
					(transport, properties) -> new OpenAIModelsClient(transport)),
			new Resource<>("moderations", OpenAIModerationsClient.class,
					(transport, properties) -> new OpenAIModerationsClient(transport)),
			new Resource<>("assistants", OpenAIAssistantsClient.class,
					(transport, properties) -> new OpenAIAssistantsClient(transport,
							properties.getAssistants().getBetaVersion())),
			new Resource<>("threads", OpenAIThreadsClient.class,
					(transport, properties) -> new OpenAIThreadsClient(transport,
							properties.getAssistants().getBetaVersion())),
			new Resource<>("responses", OpenAIResponsesClient.class,
					(transport, properties) -> new OpenAIResponsesClient(transport)),
			new Resource<>("conversations", OpenAIConversationsClient.class,
					(transport, properties) -> new OpenAIConversationsClient(transport)),
			new Resource<>("containers", OpenAIContainersClient.class,
					(transport, properties) -> new OpenAIContainersClient(transport)),
			new Resource<>("vector-stores", OpenAIVectorStoresClient.class,
					(transport, properties) -> new OpenAIVectorStoresClient(transport)),
			new Resource<>("batches", OpenAIBatchesClient.class,
					(transport, properties) -> new OpenAIBatchesClient(transport)),
			new Resource<>("uploads", OpenAIUploadsClient.class,
					(transport, properties) -> new OpenAIUploadsClient(transport)));

	private final OpenAITransportFactory transports;

	private final OpenAIProperties properties;

	private final BeanFactory beanFactory;

	OpenAIConnectionClients(OpenAITransportFactory transports, OpenAIProperties properties, BeanFactory beanFactory) {
		this.transports = transports;
		this.properties = properties;
		this.beanFactory = beanFactory;
	}

	/**
	 * The client of one resource of a named connection.
	 * @param connection the connection's name
	 * @param resource the resource's name, as in {@link #RESOURCES}
	 * @return the client
	 */
	public OpenAIResourceClient client(String connection, String resource) {
		Resource<?> found = RESOURCES.stream()
			.filter((candidate) -> candidate.name().equals(resource))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No resource named '" + resource + "'"));
		return found.create().apply(this.transports.create(connection, resource), this.properties);
	}

	/**
	 * The entry point to every client of a named connection.
	 * @param connection the connection's name
	 * @return the entry point
	 */
	public OpenAIClient registry(String connection) {
		return OpenAIClient.of(RESOURCES.stream()
			.map((resource) -> (OpenAIResourceClient) this.beanFactory.getBean(beanName(connection, resource)))
			.toList());
	}

	/**
	 * The beans of a type that are injected by type alone: not those of the named
	 * connections.
	 * @param <T> the type
	 * @param beanFactory the bean factory
	 * @param type the type
	 * @return the beans
	 */
	static <T> List<T> defaultCandidates(ConfigurableListableBeanFactory beanFactory, Class<T> type) {
		return Arrays.stream(beanFactory.getBeanNamesForType(type))
			.filter((name) -> !beanFactory.containsBeanDefinition(name)
					|| !(beanFactory.getBeanDefinition(name) instanceof AbstractBeanDefinition definition)
					|| definition.isDefaultCandidate())
			.map((name) -> beanFactory.getBean(name, type))
			.toList();
	}

	static String beanName(String connection, Resource<?> resource) {
		return connection + "." + resource.beanName();
	}

	record Resource<C extends OpenAIResourceClient>(String name, Class<C> type,
			BiFunction<OpenAITransport, OpenAIProperties, C> create) {

		String beanName() {
			return "o" + this.type.getSimpleName().substring(1);
		}

	}

}
