package org.openaiboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.uploads.AddUploadPartRequest;
import org.openaiboot.models.uploads.CompleteUploadRequest;
import org.openaiboot.models.uploads.CreateUploadRequest;
import org.openaiboot.models.uploads.Upload;
import org.openaiboot.models.uploads.UploadPart;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Uploads: {@code /uploads}, for files too large for one request of the files API. An
 * upload is created with the size of the file, receives the file in parts of at most
 * 64 MB, possibly in parallel, and becomes a file once completed with its parts in order.
 * <p>
 * {@link #upload(Path, CreateUploadRequest.Purpose, String, UploadOptions)} does all of
 * that for a file or a stream:
 * <pre class="code">
 * Upload upload = uploads.upload(Path.of("training.jsonl"), CreateUploadRequest.Purpose.FINE_TUNE,
 *         "text/jsonl", UploadOptions.DEFAULTS.withMd5(true));
 * String fileId = upload.file().id();
 * </pre>
 * Each method throws an {@link OpenAIApiException} when the API answers with an error
 * status and an {@link OpenAIConnectionException} when it cannot be reached.
 */
public class OpenAIUploadsClient implements OpenAIResourceClient {

	private static final String UPLOADS = "/uploads";

	private static final String UPLOAD = UPLOADS + "/{upload_id}";

	private static final String UPLOAD_ID = "upload_id";

	private final OpenAITransport transport;

	public OpenAIUploadsClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Create an upload, which then takes parts until it is completed or cancelled.
	 * @param request the file's name, size, media type and purpose
	 * @return the upload, pending
	 */
	public Upload createUpload(CreateUploadRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(ApiCall.post("createUpload", UPLOADS, request, null), Upload.class);
	}

	/**
	 * Send one part of an upload. Content that can be read again (a path, a resource,
	 * bytes) is sent again when the call is retried; content from a stream is sent once
	 * only.
	 * @param uploadId the upload's id
	 * @param data the part's bytes, at most 64 MB
	 * @return the part, whose id goes into {@link #completeUpload}
	 */
	public UploadPart addUploadPart(String uploadId, FileContent data) {
		Assert.notNull(data, "data must not be null");
		return this.transport.executeMultipart(
				ApiCall.of("addUploadPart", HttpMethod.POST, UPLOAD + "/parts").pathVariable(UPLOAD_ID, uploadId),
				MultipartForm.of(this.transport.getJsonMapper(), AddUploadPartRequest.builder().build())
					.file(AddUploadPartRequest.DATA_FIELD, data)
					.build(),
				UploadPart.class);
	}

	/**
	 * Complete an upload: its parts, in the order given, become a file.
	 * @param uploadId the upload's id
	 * @param request the ids of the parts in order and, optionally, the MD5 of the whole
	 * file for the API to check
	 * @return the upload, completed, with the new file in {@link Upload#file()}
	 */
	public Upload completeUpload(String uploadId, CompleteUploadRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				ApiCall.post("completeUpload", UPLOAD + "/complete", request, null).pathVariable(UPLOAD_ID, uploadId),
				Upload.class);
	}

	/**
	 * Cancel an upload, which takes no more parts after.
	 * @param uploadId the upload's id
	 * @return the upload, cancelled
	 */
	public Upload cancelUpload(String uploadId) {
		return this.transport.execute(
				ApiCall.of("cancelUpload", HttpMethod.POST, UPLOAD + "/cancel").pathVariable(UPLOAD_ID, uploadId),
				Upload.class);
	}

	/**
	 * Upload a file of any size the API accepts: create the upload, send the file in parts
	 * of {@link UploadOptions#partSize()} bytes, {@link UploadOptions#parallelism()} at
	 * once, and complete it. Each part is read from the file while it is sent, so memory
	 * use does not grow with the file or the part size. A part that fails is retried alone,
	 * as the transport retries calls; when one fails for good, or anything else fails, the
	 * upload is cancelled and the failure thrown.
	 * @param file the file, uploaded under its own name
	 * @param purpose what the file is for
	 * @param mimeType its media type, such as {@code text/jsonl}
	 * @param options the part size, parallelism, MD5 and executor
	 * @return the upload, completed, with the new file in {@link Upload#file()}
	 * @throws ValidationException when the file is missing, unreadable or empty, before
	 * anything is sent
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public Upload upload(Path file, CreateUploadRequest.Purpose purpose, String mimeType, UploadOptions options) {
		Assert.notNull(file, "file must not be null");
		Assert.notNull(options, "options must not be null");
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ValidationException("file", "must be a readable file", file);
		}
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the size of " + file, ex);
		}
		return new LargeFileUpload(this, options).send(UploadParts.of(file, size, options.md5()), purpose, mimeType);
	}

	/**
	 * Upload the content of a stream, as
	 * {@link #upload(Path, CreateUploadRequest.Purpose, String, UploadOptions)} does a
	 * file. Each part is read into memory before it is sent, so that it can be sent again:
	 * at most {@code parallelism × partSize} bytes are held at once. The stream is read to
	 * its end and left open.
	 * @param in the content
	 * @param bytes how many bytes the stream holds, which must be its exact length
	 * @param filename the name the file gets
	 * @param purpose what the file is for
	 * @param mimeType its media type, such as {@code text/jsonl}
	 * @param options the part size, parallelism, MD5 and executor
	 * @return the upload, completed, with the new file in {@link Upload#file()}
	 * @throws ValidationException when {@code bytes} is not positive, before anything is
	 * sent, or when it is not the stream's length, after which the upload is cancelled
	 * @throws UncheckedIOException when the stream cannot be read
	 */
	public Upload upload(InputStream in, long bytes, String filename, CreateUploadRequest.Purpose purpose,
			String mimeType, UploadOptions options) {
		Assert.notNull(in, "in must not be null");
		Assert.notNull(options, "options must not be null");
		UploadParts parts = UploadParts.of(in, bytes, Validate.requiredText(filename, "filename"), options.md5());
		return new LargeFileUpload(this, options).send(parts, purpose, mimeType);
	}

	@Override
	public String resourceName() {
		return "uploads";
	}

}
