package org.openaiboot.client;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.Assert;

/**
 * The content of a file to upload in a {@code multipart/form-data} request, with the file
 * name the API sees and, optionally, its media type.
 * <p>
 * Content from a path, a resource or a byte array can be sent again when a request is
 * retried; content from an {@link InputStream} can be read only once, so a request that
 * carries it is never retried.
 * <pre class="code">
 * files.createFile(CreateFileRequest.of(Purpose.FINE_TUNE), FileContent.of(Path.of("train.jsonl")));
 * </pre>
 */
public final class FileContent {

	private final Resource resource;

	private final String filename;

	private final @Nullable MediaType contentType;

	private FileContent(Resource resource, String filename, @Nullable MediaType contentType) {
		this.resource = resource;
		this.filename = filename;
		this.contentType = contentType;
	}

	/**
	 * The file at a path, sent under its own name.
	 * @param path the file, which must exist and be readable
	 * @return the content
	 */
	public static FileContent of(Path path) {
		Assert.notNull(path, "path must not be null");
		// checked now: Spring would send a file that cannot be found as an empty part
		Assert.isTrue(Files.isRegularFile(path) && Files.isReadable(path),
				() -> "path is not a readable file: " + path);
		Path name = path.getFileName();
		Assert.notNull(name, () -> "path has no file name: " + path);
		return new FileContent(new FileSystemResource(path), name.toString(), null);
	}

	/**
	 * A resource, sent under its own file name.
	 * @param resource the resource; it must have a file name
	 * @return the content
	 */
	public static FileContent of(Resource resource) {
		Assert.notNull(resource, "resource must not be null");
		String filename = resource.getFilename();
		Assert.hasText(filename, () -> resource + " has no file name: use FileContent.of(resource, filename)");
		return of(resource, filename);
	}

	/**
	 * A resource, sent under the given file name.
	 * @param resource the resource
	 * @param filename the file name the API sees
	 * @return the content
	 */
	public static FileContent of(Resource resource, String filename) {
		Assert.notNull(resource, "resource must not be null");
		return new FileContent(resource, requireFilename(filename), null);
	}

	/**
	 * Bytes in memory, sent under the given file name.
	 * @param bytes the content
	 * @param filename the file name the API sees, whose extension often tells the API the
	 * format
	 * @return the content
	 */
	public static FileContent of(byte[] bytes, String filename) {
		Assert.notNull(bytes, "bytes must not be null");
		return new FileContent(new ByteArrayResource(bytes), requireFilename(filename), null);
	}

	/**
	 * A stream, read once while the request is sent and closed after. A request with such
	 * content is not retried.
	 * @param in the content
	 * @param filename the file name the API sees
	 * @return the content
	 */
	public static FileContent of(InputStream in, String filename) {
		Assert.notNull(in, "in must not be null");
		return new FileContent(new InputStreamResource(in), requireFilename(filename), null);
	}

	private static String requireFilename(String filename) {
		Assert.hasText(filename, "filename must not be empty");
		return filename;
	}

	/**
	 * The same content with the given media type, instead of the one guessed from the file
	 * name.
	 * @param contentType the media type
	 * @return new content
	 */
	public FileContent withContentType(MediaType contentType) {
		Assert.notNull(contentType, "contentType must not be null");
		return new FileContent(this.resource, this.filename, contentType);
	}

	/**
	 * The same content with the given media type, such as {@code audio/mpeg}.
	 * @param contentType the media type
	 * @return new content
	 */
	public FileContent withContentType(String contentType) {
		Assert.hasText(contentType, "contentType must not be empty");
		return withContentType(MediaType.parseMediaType(contentType));
	}

	public String filename() {
		return this.filename;
	}

	/**
	 * The media type sent for the part: the one given, or else the one the file name's
	 * extension suggests, or else {@code application/octet-stream}.
	 * @return the media type
	 */
	public MediaType contentType() {
		if (this.contentType != null) {
			return this.contentType;
		}
		return MediaTypeFactory.getMediaType(this.filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
	}

	/**
	 * Whether the content can be read more than once, so that a failed request may be sent
	 * again.
	 * @return {@code false} for content from an {@link InputStream}
	 */
	public boolean isReplayable() {
		return !this.resource.isOpen();
	}

	Resource resource() {
		return this.resource;
	}

	@Override
	public String toString() {
		return "FileContent[filename=" + this.filename + ", contentType=" + contentType() + ", replayable="
				+ isReplayable() + "]";
	}

}
