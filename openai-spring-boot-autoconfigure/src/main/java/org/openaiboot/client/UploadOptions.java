package org.openaiboot.client;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ValidationException;

import org.springframework.util.Assert;

/**
 * How {@link OpenAIUploadsClient#upload} sends a large file: the size of its parts, how
 * many are sent at once, whether the MD5 of the whole file is sent for the API to check,
 * and the threads that send them.
 * <pre class="code">
 * UploadOptions options = UploadOptions.DEFAULTS.withParallelism(8).withMd5(true);
 * </pre>
 *
 * @param partSize the size of each part but the last, in bytes: at least 1 and at most
 * {@link #MAX_PART_SIZE}
 * @param parallelism the most parts sent at once, and so, for content read from a stream,
 * the most parts held in memory at once: at least 1 and at most
 * {@link #MAX_PARALLELISM}
 * @param md5 whether to compute the MD5 of the file while reading it and send it when
 * completing the upload
 * @param executor the executor the parts are sent on, or {@code null} for a pool of
 * {@code parallelism} threads created for the upload and shut down after it; a supplied
 * executor is left running
 */
public record UploadOptions(long partSize, int parallelism, boolean md5, @Nullable Executor executor) {

	/** The largest part the API accepts: 64 MB. */
	public static final long MAX_PART_SIZE = 64L * 1024 * 1024;

	/** The most parts sent at once. */
	public static final int MAX_PARALLELISM = 64;

	/** Parts of 64 MB, four at once, without MD5, on threads of their own. */
	public static final UploadOptions DEFAULTS = new UploadOptions(MAX_PART_SIZE, 4, false, null);

	public UploadOptions {
		if (partSize < 1 || partSize > MAX_PART_SIZE) {
			throw new ValidationException("partSize", "must be between 1 and " + MAX_PART_SIZE + " bytes", partSize);
		}
		if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
			throw new ValidationException("parallelism", "must be between 1 and " + MAX_PARALLELISM, parallelism);
		}
	}

	/**
	 * These options with another part size, such as a smaller one that holds less in
	 * memory when the content comes from a stream.
	 * @param partSize the size of each part but the last, in bytes
	 * @return new options
	 */
	public UploadOptions withPartSize(long partSize) {
		return new UploadOptions(partSize, this.parallelism, this.md5, this.executor);
	}

	/**
	 * These options with another number of parts sent at once.
	 * @param parallelism the most parts sent at once
	 * @return new options
	 */
	public UploadOptions withParallelism(int parallelism) {
		return new UploadOptions(this.partSize, parallelism, this.md5, this.executor);
	}

	/**
	 * These options with or without the MD5 of the file.
	 * @param md5 whether to send the MD5 when completing the upload
	 * @return new options
	 */
	public UploadOptions withMd5(boolean md5) {
		return new UploadOptions(this.partSize, this.parallelism, md5, this.executor);
	}

	/**
	 * These options with the executor the parts are sent on. It should have at least
	 * {@code parallelism} threads for the parts to go out in parallel.
	 * @param executor the executor, which the upload does not shut down
	 * @return new options
	 */
	public UploadOptions withExecutor(Executor executor) {
		Assert.notNull(executor, "executor must not be null");
		return new UploadOptions(this.partSize, this.parallelism, this.md5, executor);
	}

}
