package org.openaiboot.client;

import java.util.Objects;

import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.assistants.AssistantFileObject;
import org.openaiboot.models.assistants.AssistantObject;
import org.openaiboot.models.assistants.CreateAssistantFileRequest;
import org.openaiboot.models.assistants.CreateAssistantRequest;
import org.openaiboot.models.assistants.DeleteAssistantFileResponse;
import org.openaiboot.models.assistants.DeleteAssistantResponse;
import org.openaiboot.models.assistants.ListAssistantFilesResponse;
import org.openaiboot.models.assistants.ListAssistantsResponse;
import org.openaiboot.models.assistants.ModifyAssistantRequest;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The assistants API (beta): assistants and the files attached to them, under
 * {@code /assistants}.
 * <p>
 * Every call carries the {@value OpenAIHeaders#BETA} header that opts in to the beta,
 * {@value #DEFAULT_BETA_VERSION} unless another version is given. With Spring Boot,
 * inject the auto-configured bean. Without it:
 * <pre class="code">
 * OpenAIAssistantsClient assistants = new OpenAIAssistantsClient(OpenAITransport.builder().apiKey(key).build());
 * AssistantObject assistant = assistants.createAssistant(CreateAssistantRequest.of("gpt-4"));
 * </pre>
 * The list operations return a {@link Page}, whose {@link Page#autoPaging()} streams
 * every item, fetching the next page with the {@code after} cursor while
 * {@code has_more} is true. Each method throws an {@link OpenAIApiException} when the
 * API answers with an error status and an {@link OpenAIConnectionException} when it
 * cannot be reached.
 * @deprecated OpenAI shut the Assistants API down on 2026-08-26: its endpoints answer
 * 404. Use {@link OpenAIResponsesClient}, with {@link OpenAIConversationsClient} for state
 * kept on the server. This client stays for the 2.0.0 API and for servers that still
 * implement it.
 */
@Deprecated(since = "0.1.0")
public class OpenAIAssistantsClient implements OpenAIResourceClient {

	/** The version of the assistants beta this client speaks unless told otherwise. */
	public static final String DEFAULT_BETA_VERSION = "assistants=v1";

	private static final String ASSISTANTS = "/assistants";

	private static final String ASSISTANT = "/assistants/{assistant_id}";

	private static final String FILES = "/assistants/{assistant_id}/files";

	private static final String FILE = "/assistants/{assistant_id}/files/{file_id}";

	private final OpenAITransport transport;

	private final String betaVersion;

	/**
	 * Create a client that sends {@value #DEFAULT_BETA_VERSION} as the beta version.
	 * @param transport the transport to send with
	 */
	public OpenAIAssistantsClient(OpenAITransport transport) {
		this(transport, DEFAULT_BETA_VERSION);
	}

	/**
	 * Create a client that sends the given beta version.
	 * @param transport the transport to send with
	 * @param betaVersion the value of the {@value OpenAIHeaders#BETA} header, such as
	 * {@code assistants=v1}
	 */
	public OpenAIAssistantsClient(OpenAITransport transport, String betaVersion) {
		Assert.notNull(transport, "transport must not be null");
		Assert.hasText(betaVersion, "betaVersion must not be empty");
		this.transport = transport;
		this.betaVersion = betaVersion;
	}

	/**
	 * List one page of assistants, as a {@code ListAssistantsResponse}.
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<AssistantObject> listAssistants(ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListAssistantsResponse response = this.transport
			.execute(params.applyTo(call("listAssistants", HttpMethod.GET, ASSISTANTS)), ListAssistantsResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listAssistants(params.withAfter(after)));
	}

	/**
	 * Create an assistant.
	 * @param request the model, instructions, tools and files of the assistant
	 * @return the new assistant
	 */
	public AssistantObject createAssistant(CreateAssistantRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				call("createAssistant", HttpMethod.POST, ASSISTANTS).body(request).model(request.model().value()),
				AssistantObject.class);
	}

	/**
	 * Fetch an assistant.
	 * @param assistantId the assistant's id
	 * @return the assistant
	 * @throws NotFoundException when there is no such assistant
	 */
	public AssistantObject getAssistant(String assistantId) {
		return this.transport.execute(
				call("getAssistant", HttpMethod.GET, ASSISTANT).pathVariable("assistant_id", assistantId),
				AssistantObject.class);
	}

	/**
	 * Change an assistant; members the request leaves unset keep their value.
	 * @param assistantId the assistant's id
	 * @param request the changes
	 * @return the assistant as changed
	 */
	public AssistantObject modifyAssistant(String assistantId, ModifyAssistantRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("modifyAssistant", HttpMethod.POST, ASSISTANT)
			.pathVariable("assistant_id", assistantId)
			.body(request)
			.model(Objects.toString(request.model(), null)), AssistantObject.class);
	}

	/**
	 * Delete an assistant.
	 * @param assistantId the assistant's id
	 * @return the confirmation
	 */
	public DeleteAssistantResponse deleteAssistant(String assistantId) {
		return this.transport.execute(
				call("deleteAssistant", HttpMethod.DELETE, ASSISTANT).pathVariable("assistant_id", assistantId),
				DeleteAssistantResponse.class);
	}

	/**
	 * List one page of the files attached to an assistant, as a
	 * {@code ListAssistantFilesResponse}.
	 * @param assistantId the assistant's id
	 * @param params the page size, order and cursors, such as {@link ListParams#DEFAULTS}
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<AssistantFileObject> listAssistantFiles(String assistantId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ListAssistantFilesResponse response = this.transport.execute(params
			.applyTo(call("listAssistantFiles", HttpMethod.GET, FILES).pathVariable("assistant_id", assistantId)),
				ListAssistantFilesResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listAssistantFiles(assistantId, params.withAfter(after)));
	}

	/**
	 * Attach an uploaded file to an assistant.
	 * @param assistantId the assistant's id
	 * @param request the file to attach
	 * @return the attachment
	 */
	public AssistantFileObject createAssistantFile(String assistantId, CreateAssistantFileRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(call("createAssistantFile", HttpMethod.POST, FILES)
			.pathVariable("assistant_id", assistantId)
			.body(request), AssistantFileObject.class);
	}

	/**
	 * Fetch the attachment of a file to an assistant.
	 * @param assistantId the assistant's id
	 * @param fileId the file's id
	 * @return the attachment
	 */
	public AssistantFileObject getAssistantFile(String assistantId, String fileId) {
		return this.transport.execute(call("getAssistantFile", HttpMethod.GET, FILE)
			.pathVariable("assistant_id", assistantId)
			.pathVariable("file_id", fileId), AssistantFileObject.class);
	}

	/**
	 * Detach a file from an assistant; the file itself stays uploaded.
	 * @param assistantId the assistant's id
	 * @param fileId the file's id
	 * @return the confirmation
	 */
	public DeleteAssistantFileResponse deleteAssistantFile(String assistantId, String fileId) {
		return this.transport.execute(call("deleteAssistantFile", HttpMethod.DELETE, FILE)
			.pathVariable("assistant_id", assistantId)
			.pathVariable("file_id", fileId), DeleteAssistantFileResponse.class);
	}

	private ApiCall call(String operation, HttpMethod method, String path) {
		return ApiCall.of(operation, method, path).header(OpenAIHeaders.BETA, this.betaVersion);
	}

	@Override
	public String resourceName() {
		return "assistants";
	}

}
