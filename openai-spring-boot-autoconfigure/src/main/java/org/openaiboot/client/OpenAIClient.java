package org.openaiboot.client;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One entry point to the resource clients: {@code openAI.chat()}, {@code openAI.files()},
 * or {@code openAI.get(SomeResourceClient.class)} for any {@link OpenAIResourceClient},
 * those a newer version of this library or the application adds included.
 * <p>
 * With Spring Boot, inject the auto-configured bean: it holds every resource client bean.
 * Without it, name the resources to create on one transport:
 * <pre class="code">
 * OpenAIClient openAI = OpenAIClient.of(transport, OpenAIChatClient::new, OpenAIFilesClient::new);
 * </pre>
 */
public final class OpenAIClient {

	private final List<OpenAIResourceClient> clients;

	private OpenAIClient(Collection<? extends OpenAIResourceClient> clients) {
		this.clients = List.copyOf(clients);
	}

	/**
	 * Gather resource clients.
	 * @param clients the clients; a resource switched off has none
	 * @return the entry point
	 */
	public static OpenAIClient of(Collection<? extends OpenAIResourceClient> clients) {
		return new OpenAIClient(clients);
	}

	/**
	 * Create the given resource clients on one transport.
	 * @param transport the transport they share
	 * @param resources how to create each, usually its constructor
	 * ({@code OpenAIChatClient::new})
	 * @return the entry point
	 */
	@SafeVarargs
	public static OpenAIClient of(OpenAITransport transport,
			Function<OpenAITransport, ? extends OpenAIResourceClient>... resources) {
		return new OpenAIClient(Arrays.stream(resources).map((resource) -> resource.apply(transport)).toList());
	}

	/**
	 * The client of a resource.
	 * @param <C> the client's type
	 * @param type the client's type, or a supertype of it
	 * @return the client
	 * @throws IllegalStateException if there is none: the resource is switched off
	 * ({@code openai.resources.<name>.enabled=false}) or was not named
	 */
	public <C extends OpenAIResourceClient> C get(Class<C> type) {
		return get(type, "<name>");
	}

	private <C extends OpenAIResourceClient> C get(Class<C> type, String resource) {
		C client = find(type);
		if (client == null) {
			throw new IllegalStateException("No " + type.getSimpleName() + ": its resource is switched off (openai.resources."
					+ resource + ".enabled=false) or was not created");
		}
		return client;
	}

	/**
	 * The client of a resource, if there is one.
	 * @param <C> the client's type
	 * @param type the client's type, or a supertype of it
	 * @return the client, or {@code null}
	 */
	public <C extends OpenAIResourceClient> @Nullable C find(Class<C> type) {
		return this.clients.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	public OpenAIChatClient chat() {
		return get(OpenAIChatClient.class, "chat");
	}

	public OpenAICompletionsClient completions() {
		return get(OpenAICompletionsClient.class, "completions");
	}

	public OpenAIEmbeddingsClient embeddings() {
		return get(OpenAIEmbeddingsClient.class, "embeddings");
	}

	public OpenAIImagesClient images() {
		return get(OpenAIImagesClient.class, "images");
	}

	public OpenAIAudioClient audio() {
		return get(OpenAIAudioClient.class, "audio");
	}

	public OpenAIFilesClient files() {
		return get(OpenAIFilesClient.class, "files");
	}

	public OpenAIFineTuningClient fineTuning() {
		return get(OpenAIFineTuningClient.class, "fine-tuning");
	}

	public OpenAIModelsClient models() {
		return get(OpenAIModelsClient.class, "models");
	}

	public OpenAIModerationsClient moderations() {
		return get(OpenAIModerationsClient.class, "moderations");
	}

	/**
	 * The client of the Assistants API's assistants.
	 * @return the client
	 * @deprecated the Assistants API was shut down on 2026-08-26; use
	 * {@link OpenAIResponsesClient}
	 */
	@Deprecated(since = "0.1.0")
	public OpenAIAssistantsClient assistants() {
		return get(OpenAIAssistantsClient.class, "assistants");
	}

	/**
	 * The client of the Assistants API's threads.
	 * @return the client
	 * @deprecated the Assistants API was shut down on 2026-08-26; use
	 * {@link OpenAIResponsesClient}
	 */
	@Deprecated(since = "0.1.0")
	public OpenAIThreadsClient threads() {
		return get(OpenAIThreadsClient.class, "threads");
	}

}
