package org.openaiboot.client;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.audio.CreateSpeechRequest;
import org.openaiboot.models.audio.CreateTranscriptionRequest;
import org.openaiboot.models.audio.CreateTranscriptionResponse;
import org.openaiboot.models.audio.CreateTranslationRequest;
import org.openaiboot.models.audio.CreateTranslationResponse;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;

/**
 * The audio API: speak a text aloud, transcribe speech, or translate speech into English.
 * <p>
 * Transcripts come as JSON ({@code json}, the default, or {@code verbose_json}) through
 * {@link #createTranscription} and {@link #createTranslation}, or as plain text or
 * subtitles ({@code text}, {@code srt}, {@code vtt}) through
 * {@link #createTranscriptionText} and {@link #createTranslationText}.
 */
public class OpenAIAudioClient implements OpenAIResourceClient {

	private static final String SPEECH = "createSpeech";

	private static final String TRANSCRIPTION = "createTranscription";

	private static final String TRANSLATION = "createTranslation";

	private static final Set<String> TEXT_FORMATS = Set.of("text", "srt", "vtt");

	private final OpenAITransport transport;

	public OpenAIAudioClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Speak a text aloud. The audio is streamed from the connection as the API produces
	 * it; close the result when done.
	 * <pre class="code">
	 * audio.createSpeech(CreateSpeechRequest.of(SpeechModel.TTS_1, "Hello", Voice.ALLOY)).saveTo(Path.of("hello.mp3"));
	 * </pre>
	 * @param request the text, voice and audio format
	 * @return the open response with the audio
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public BinaryResponse createSpeech(CreateSpeechRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport
			.download(ApiCall.post(SPEECH, "/audio/speech", request, request.model().value()));
	}

	/**
	 * Transcribe speech into text in the language spoken, answered as JSON.
	 * @param request the model and options; its response format, if set, must be
	 * {@code json} or {@code verbose_json}
	 * @param file the audio
	 * @return the transcript; the members of a verbose answer are in its additional
	 * properties
	 */
	public CreateTranscriptionResponse createTranscription(CreateTranscriptionRequest request, FileContent file) {
		Assert.notNull(request, "request must not be null");
		requireJson(request.responseFormat(), "createTranscriptionText");
		return this.transport.executeMultipart(transcription(request),
				form(request, CreateTranscriptionRequest.FILE_FIELD, file), CreateTranscriptionResponse.class);
	}

	/**
	 * Transcribe speech into plain text or subtitles.
	 * @param request the model and options; its response format must be {@code text},
	 * {@code srt} or {@code vtt}, and is {@code text} when not set
	 * @param file the audio
	 * @return the transcript as the API wrote it
	 */
	public String createTranscriptionText(CreateTranscriptionRequest request, FileContent file) {
		Assert.notNull(request, "request must not be null");
		CreateTranscriptionRequest textual = (request.responseFormat() != null) ? request
				: request.toBuilder().responseFormat("text").build();
		requireText(textual.responseFormat(), "createTranscription");
		return this.transport.executeMultipartForText(transcription(textual),
				form(textual, CreateTranscriptionRequest.FILE_FIELD, file));
	}

	/**
	 * Translate speech into English text, answered as JSON.
	 * @param request the model and options; its response format, if set, must be
	 * {@code json} or {@code verbose_json}
	 * @param file the audio
	 * @return the English text
	 */
	public CreateTranslationResponse createTranslation(CreateTranslationRequest request, FileContent file) {
		Assert.notNull(request, "request must not be null");
		requireJson(request.responseFormat(), "createTranslationText");
		return this.transport.executeMultipart(translation(request),
				form(request, CreateTranslationRequest.FILE_FIELD, file), CreateTranslationResponse.class);
	}

	/**
	 * Translate speech into English plain text or subtitles.
	 * @param request the model and options; its response format must be {@code text},
	 * {@code srt} or {@code vtt}, and is {@code text} when not set
	 * @param file the audio
	 * @return the English text as the API wrote it
	 */
	public String createTranslationText(CreateTranslationRequest request, FileContent file) {
		Assert.notNull(request, "request must not be null");
		CreateTranslationRequest textual = (request.responseFormat() != null) ? request
				: request.toBuilder().responseFormat("text").build();
		requireText(textual.responseFormat(), "createTranslation");
		return this.transport.executeMultipartForText(translation(textual),
				form(textual, CreateTranslationRequest.FILE_FIELD, file));
	}

	private static ApiCall transcription(CreateTranscriptionRequest request) {
		return ApiCall.of(TRANSCRIPTION, HttpMethod.POST, "/audio/transcriptions").model(request.model().value());
	}

	private static ApiCall translation(CreateTranslationRequest request) {
		return ApiCall.of(TRANSLATION, HttpMethod.POST, "/audio/translations").model(request.model().value());
	}

	private MultiValueMap<String, ?> form(Object request, String fileField, FileContent file) {
		Assert.notNull(file, "file must not be null");
		return MultipartForm.of(this.transport.getJsonMapper(), request).file(fileField, file).build();
	}

	private static void requireJson(@Nullable Object format, String textMethod) {
		Assert.isTrue(format == null || !TEXT_FORMATS.contains(format.toString()),
				() -> "response_format " + format + " is not JSON: use " + textMethod);
	}

	private static void requireText(@Nullable Object format, String jsonMethod) {
		Assert.isTrue(format != null && TEXT_FORMATS.contains(format.toString()),
				() -> "response_format " + format + " is JSON: use " + jsonMethod);
	}

	@Override
	public String resourceName() {
		return "audio";
	}

}
