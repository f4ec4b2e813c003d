package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.files.CreateFileRequest;
import org.openaiboot.models.files.DeleteFileResponse;
import org.openaiboot.models.files.ListFilesResponse;
import org.openaiboot.models.files.OpenAIFile;
import org.openaiboot.models.files.OpenAIFile.Purpose;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The files API: upload a file for fine-tuning or assistants, list, look up, delete and
 * download the files of the organization.
 * <pre class="code">
 * OpenAIFile file = files.createFile(CreateFileRequest.of(Purpose.FINE_TUNE),
 *         FileContent.of(Path.of("train.jsonl")));
 * </pre>
 */
public class OpenAIFilesClient implements OpenAIResourceClient {

	private static final String FILES = "/files";

	private static final String FILE = "/files/{file_id}";

	private static final String FILE_ID = "file_id";

	private final OpenAITransport transport;

	public OpenAIFilesClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Upload a file. Content from a stream is sent once only: the upload is not retried.
	 * @param request the purpose of the file
	 * @param file the content and its file name
	 * @return the stored file
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public OpenAIFile createFile(CreateFileRequest request, FileContent file) {
		Assert.notNull(request, "request must not be null");
		Assert.notNull(file, "file must not be null");
		return this.transport.executeMultipart(ApiCall.of("createFile", HttpMethod.POST, FILES),
				MultipartForm.of(this.transport.getJsonMapper(), request)
					.file(CreateFileRequest.FILE_FIELD, file)
					.build(),
				OpenAIFile.class);
	}

	/**
	 * List the files of the organization, all of them or those that serve one purpose, as
	 * a {@code ListFilesResponse}. The list is not paged by the caller: the API sends up
	 * to 10,000 files at once. When it has more (and says so with {@code has_more}),
	 * {@link Page#autoPaging()} fetches them after {@link Page#lastId()}; a server that
	 * sends no {@code has_more} gives a complete page.
	 * @param purpose the purpose to filter by, or {@code null} for every file
	 * @return the files
	 */
	public Page<OpenAIFile> listFiles(@Nullable Purpose purpose) {
		return listFiles(purpose, null);
	}

	private Page<OpenAIFile> listFiles(@Nullable Purpose purpose, @Nullable String after) {
		ListFilesResponse response = this.transport.execute(
				ApiCall.of("listFiles", HttpMethod.GET, FILES).query("purpose", purpose).query("after", after),
				ListFilesResponse.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(next) -> listFiles(purpose, next));
	}

	/**
	 * Look up a file's details.
	 * @param fileId the file id
	 * @return the file
	 */
	public OpenAIFile retrieveFile(String fileId) {
		return this.transport.execute(ApiCall.of("retrieveFile", HttpMethod.GET, FILE).pathVariable(FILE_ID, fileId),
				OpenAIFile.class);
	}

	/**
	 * Delete a file.
	 * @param fileId the file id
	 * @return the confirmation
	 */
	public DeleteFileResponse deleteFile(String fileId) {
		return this.transport.execute(ApiCall.of("deleteFile", HttpMethod.DELETE, FILE).pathVariable(FILE_ID, fileId),
				DeleteFileResponse.class);
	}

	/**
	 * Download the content of a file, streamed from the connection. Close the result when
	 * done.
	 * <pre class="code">
	 * files.downloadFile(fileId).saveTo(Path.of("results.csv"));
	 * </pre>
	 * @param fileId the file id
	 * @return the open response
	 */
	public BinaryResponse downloadFile(String fileId) {
		return this.transport.download(
				ApiCall.of("downloadFile", HttpMethod.GET, FILE + "/content").pathVariable(FILE_ID, fileId));
	}

	@Override
	public String resourceName() {
		return "files";
	}

}
