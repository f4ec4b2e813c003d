package org.openaiboot.client;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One entry point to every resource of the API: {@code openAI.chat()},
 * {@code openAI.files()}, ...
 * <p>
 * With Spring Boot, inject the auto-configured bean; it hands out the auto-configured
 * resource clients. Without it, build one on a transport:
 * <pre class="code">
 * OpenAIClient openAI = OpenAITransport.builder().apiKey(key).build(OpenAIClient::new);
 * </pre>
 */
public class OpenAIClient {

	private final @Nullable OpenAIChatClient chat;

	private final @Nullable OpenAICompletionsClient completions;

	private final @Nullable OpenAIEmbeddingsClient embeddings;

	private final @Nullable OpenAIImagesClient images;

	private final @Nullable OpenAIAudioClient audio;

	private final @Nullable OpenAIFilesClient files;

	private final @Nullable OpenAIFineTuningClient fineTuning;

	private final @Nullable OpenAIModelsClient models;

	private final @Nullable OpenAIModerationsClient moderations;

	private final @Nullable OpenAIAssistantsClient assistants;

	private final @Nullable OpenAIThreadsClient threads;

	/**
	 * Create a client for every resource on one transport.
	 * @param transport the transport
	 */
	public OpenAIClient(OpenAITransport transport) {
		this(new OpenAIChatClient(transport), new OpenAICompletionsClient(transport),
				new OpenAIEmbeddingsClient(transport), new OpenAIImagesClient(transport),
				new OpenAIAudioClient(transport), new OpenAIFilesClient(transport),
				new OpenAIFineTuningClient(transport), new OpenAIModelsClient(transport),
				new OpenAIModerationsClient(transport), new OpenAIAssistantsClient(transport),
				new OpenAIThreadsClient(transport));
	}

	/**
	 * Gather existing resource clients; a {@code null} one is a resource switched off.
	 * @param chat the chat client
	 * @param completions the completions client
	 * @param embeddings the embeddings client
	 * @param images the images client
	 * @param audio the audio client
	 * @param files the files client
	 * @param fineTuning the fine-tuning client
	 * @param models the models client
	 * @param moderations the moderations client
	 * @param assistants the assistants client
	 * @param threads the threads client
	 */
	public OpenAIClient(@Nullable OpenAIChatClient chat, @Nullable OpenAICompletionsClient completions,
			@Nullable OpenAIEmbeddingsClient embeddings, @Nullable OpenAIImagesClient images,
			@Nullable OpenAIAudioClient audio, @Nullable OpenAIFilesClient files,
			@Nullable OpenAIFineTuningClient fineTuning, @Nullable OpenAIModelsClient models,
			@Nullable OpenAIModerationsClient moderations, @Nullable OpenAIAssistantsClient assistants,
			@Nullable OpenAIThreadsClient threads) {
		this.chat = chat;
		this.completions = completions;
		this.embeddings = embeddings;
		this.images = images;
		this.audio = audio;
		this.files = files;
		this.fineTuning = fineTuning;
		this.models = models;
		this.moderations = moderations;
		this.assistants = assistants;
		this.threads = threads;
	}

	public OpenAIChatClient chat() {
		return available(this.chat, "chat");
	}

	public OpenAICompletionsClient completions() {
		return available(this.completions, "completions");
	}

	public OpenAIEmbeddingsClient embeddings() {
		return available(this.embeddings, "embeddings");
	}

	public OpenAIImagesClient images() {
		return available(this.images, "images");
	}

	public OpenAIAudioClient audio() {
		return available(this.audio, "audio");
	}

	public OpenAIFilesClient files() {
		return available(this.files, "files");
	}

	public OpenAIFineTuningClient fineTuning() {
		return available(this.fineTuning, "fine-tuning");
	}

	public OpenAIModelsClient models() {
		return available(this.models, "models");
	}

	public OpenAIModerationsClient moderations() {
		return available(this.moderations, "moderations");
	}

	public OpenAIAssistantsClient assistants() {
		return available(this.assistants, "assistants");
	}

	public OpenAIThreadsClient threads() {
		return available(this.threads, "threads");
	}

	private static <C> C available(@Nullable C client, String resource) {
		Assert.state(client != null, (Supplier<String>) () -> "The " + resource
				+ " client is switched off (openai." + resource + ".enabled=false)");
		return client;
	}

}
