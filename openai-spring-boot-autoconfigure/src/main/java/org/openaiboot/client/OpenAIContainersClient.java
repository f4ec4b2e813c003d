package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.containers.ContainerFileListResource;
import org.openaiboot.models.containers.ContainerFileResource;
import org.openaiboot.models.containers.ContainerListResource;
import org.openaiboot.models.containers.ContainerResource;
import org.openaiboot.models.containers.CreateContainerFileBody;
import org.openaiboot.models.responses.CreateContainerBody;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Containers: {@code /containers}, the sandboxes the code interpreter tool runs code in,
 * and the files in them.
 * <pre class="code">
 * ContainerResource container = containers.createContainer(CreateContainerBody.builder().name("analysis").build());
 * containers.createContainerFile(container.id(), FileContent.of(Path.of("sales.csv")));
 * </pre>
 * Each method throws an {@link OpenAIApiException} when the API answers with an error
 * status and an {@link OpenAIConnectionException} when it cannot be reached.
 */
public class OpenAIContainersClient implements OpenAIResourceClient {

	private static final String CONTAINERS = "/containers";

	private static final String CONTAINER = CONTAINERS + "/{container_id}";

	private static final String FILES = CONTAINER + "/files";

	private static final String FILE = FILES + "/{file_id}";

	private static final String CONTAINER_ID = "container_id";

	private static final String FILE_ID = "file_id";

	private final OpenAITransport transport;

	public OpenAIContainersClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * List one page of the containers.
	 * @param name only the containers of this name, or {@code null} for all
	 * @param params the page size, order and {@code after} cursor, such as
	 * {@link ListParams#DEFAULTS}; this list has no {@code before} cursor
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<ContainerResource> listContainers(@Nullable String name, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ContainerListResource list = this.transport.execute(
				params.applyWithoutBeforeTo(ApiCall.of("ListContainers", HttpMethod.GET, CONTAINERS).query("name", name)),
				ContainerListResource.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> listContainers(name, params.withAfter(after)));
	}

	/**
	 * Create a container.
	 * @param body its name, files, memory limit and expiry
	 * @return the container
	 */
	public ContainerResource createContainer(CreateContainerBody body) {
		Assert.notNull(body, "body must not be null");
		return this.transport.execute(ApiCall.post("CreateContainer", CONTAINERS, body, null), ContainerResource.class);
	}

	/**
	 * Fetch a container.
	 * @param containerId the container's id
	 * @return the container
	 */
	public ContainerResource retrieveContainer(String containerId) {
		return this.transport.execute(
				ApiCall.of("RetrieveContainer", HttpMethod.GET, CONTAINER).pathVariable(CONTAINER_ID, containerId),
				ContainerResource.class);
	}

	/**
	 * Delete a container and its files.
	 * @param containerId the container's id
	 */
	public void deleteContainer(String containerId) {
		this.transport.executeForText(
				ApiCall.of("DeleteContainer", HttpMethod.DELETE, CONTAINER).pathVariable(CONTAINER_ID, containerId));
	}

	/**
	 * Upload a file into a container. Content from a stream is sent once only: the upload
	 * is not retried.
	 * @param containerId the container's id
	 * @param file the content and its file name
	 * @return the container's file
	 */
	public ContainerFileResource createContainerFile(String containerId, FileContent file) {
		Assert.notNull(file, "file must not be null");
		return this.transport.executeMultipart(
				ApiCall.of("CreateContainerFile", HttpMethod.POST, FILES).pathVariable(CONTAINER_ID, containerId),
				MultipartForm.of(this.transport.getJsonMapper(), CreateContainerFileBody.builder().build())
					.file(CreateContainerFileBody.FILE_FIELD, file)
					.build(),
				ContainerFileResource.class);
	}

	/**
	 * Copy a file uploaded with the Files API into a container.
	 * @param containerId the container's id
	 * @param fileId the id of the uploaded file
	 * @return the container's file
	 */
	public ContainerFileResource createContainerFile(String containerId, String fileId) {
		Assert.hasText(fileId, "fileId must not be empty");
		return this.transport.execute(ApiCall.post("CreateContainerFile", FILES,
				CreateContainerFileBody.builder().fileId(fileId).build(), null).pathVariable(CONTAINER_ID, containerId),
				ContainerFileResource.class);
	}

	/**
	 * List one page of the files in a container.
	 * @param containerId the container's id
	 * @param params the page size, order and {@code after} cursor, such as
	 * {@link ListParams#DEFAULTS}; this list has no {@code before} cursor
	 * @return the page, from which {@link Page#autoPaging()} walks on to the end
	 */
	public Page<ContainerFileResource> listContainerFiles(String containerId, ListParams params) {
		Assert.notNull(params, "params must not be null");
		ContainerFileListResource list = this.transport.execute(params.applyWithoutBeforeTo(
				ApiCall.of("ListContainerFiles", HttpMethod.GET, FILES).pathVariable(CONTAINER_ID, containerId)),
				ContainerFileListResource.class);
		return Page.of(list, list.data(), list.hasMore(), list.firstId(), list.lastId(),
				(after) -> listContainerFiles(containerId, params.withAfter(after)));
	}

	/**
	 * Fetch the details of a file in a container.
	 * @param containerId the container's id
	 * @param fileId the file's id
	 * @return the file
	 */
	public ContainerFileResource retrieveContainerFile(String containerId, String fileId) {
		return this.transport.execute(file("RetrieveContainerFile", HttpMethod.GET, FILE, containerId, fileId),
				ContainerFileResource.class);
	}

	/**
	 * Delete a file in a container.
	 * @param containerId the container's id
	 * @param fileId the file's id
	 */
	public void deleteContainerFile(String containerId, String fileId) {
		this.transport.executeForText(file("DeleteContainerFile", HttpMethod.DELETE, FILE, containerId, fileId));
	}

	/**
	 * Download the content of a file in a container, streamed from the connection. Close
	 * the result when done.
	 * @param containerId the container's id
	 * @param fileId the file's id
	 * @return the open response
	 */
	public BinaryResponse retrieveContainerFileContent(String containerId, String fileId) {
		return this.transport
			.download(file("RetrieveContainerFileContent", HttpMethod.GET, FILE + "/content", containerId, fileId));
	}

	@Override
	public String resourceName() {
		return "containers";
	}

	private static ApiCall file(String operation, HttpMethod method, String path, String containerId, String fileId) {
		return ApiCall.of(operation, method, path).pathVariable(CONTAINER_ID, containerId).pathVariable(FILE_ID, fileId);
	}

}
