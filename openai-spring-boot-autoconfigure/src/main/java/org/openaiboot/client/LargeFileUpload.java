package org.openaiboot.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.openaiboot.client.transport.Failures;
import org.openaiboot.models.uploads.CompleteUploadRequest;
import org.openaiboot.models.uploads.CreateUploadRequest;
import org.openaiboot.models.uploads.Upload;

/**
 * Sends a large file as an upload: creates it, sends its parts on an executor, at most
 * {@link UploadOptions#parallelism()} at once, and completes it with the parts in order.
 * Should anything fail after the upload is created, the upload is cancelled and the
 * failure thrown.
 * <p>
 * A part is one call of {@code addUploadPart}, whose content can be read again, so the
 * transport's retries repeat a failed part alone, as they repeat any other call; there is
 * no retry loop of its own here.
 */
final class LargeFileUpload {

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final OpenAIUploadsClient client;

	private final UploadOptions options;

	LargeFileUpload(OpenAIUploadsClient client, UploadOptions options) {
		this.client = client;
		this.options = options;
	}

	Upload send(UploadParts parts, CreateUploadRequest.Purpose purpose, String mimeType) {
		CreateUploadRequest request = CreateUploadRequest.builder()
			.filename(parts.filename())
			.purpose(purpose)
			.bytes(parts.size())
			.mimeType(mimeType)
			.build();
		ExecutorService pool = (this.options.executor() == null) ? newPool() : null;
		try {
			Upload upload = this.client.createUpload(request);
			try {
				List<String> partIds = sendParts(upload.id(), parts, (pool != null) ? pool : this.options.executor());
				parts.finish();
				return this.client.completeUpload(upload.id(),
						CompleteUploadRequest.builder().partIds(partIds).md5(parts.md5()).build());
			}
			catch (IOException ex) {
				UncheckedIOException failure = new UncheckedIOException(
						"Could not read the content of upload " + upload.id() + ": " + ex.getMessage(), ex);
				cancel(upload.id(), failure);
				throw failure;
			}
			catch (RuntimeException | Error ex) {
				cancel(upload.id(), ex);
				throw ex;
			}
		}
		finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	private List<String> sendParts(String uploadId, UploadParts parts, Executor executor) throws IOException {
		long partSize = this.options.partSize();
		int count = Math.toIntExact((parts.size() + partSize - 1) / partSize);
		String[] partIds = new String[count];
		Semaphore inFlight = new Semaphore(this.options.parallelism());
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<CompletableFuture<Void>> sent = new ArrayList<>(count);
		try {
			for (int index = 0; index < count; index++) {
				acquire(inFlight, uploadId);
				if (failure.get() != null) {
					// a part failed for good while this one waited for its turn
					inFlight.release();
					break;
				}
				UploadParts.Part part;
				try {
					part = parts.next((int) Math.min(partSize, parts.size() - index * partSize));
				}
				catch (IOException | RuntimeException ex) {
					inFlight.release();
					throw ex;
				}
				int number = index;
				Runnable send = () -> {
					try {
						partIds[number] = this.client.addUploadPart(uploadId, part.content()).id();
					}
					catch (RuntimeException | Error ex) {
						failure.compareAndSet(null, ex);
					}
					finally {
						parts.release(part);
						inFlight.release();
					}
				};
				try {
					sent.add(CompletableFuture.runAsync(send, executor));
				}
				catch (RuntimeException ex) {
					parts.release(part);
					inFlight.release();
					throw ex;
				}
			}
		}
		finally {
			// the parts on their way end by themselves, within the call timeout; once
			// interrupted, the upload is cancelled without waiting for them
			if (!Thread.currentThread().isInterrupted()) {
				CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
			}
		}
		Throwable partFailure = failure.get();
		if (partFailure instanceof Error error) {
			throw error;
		}
		if (partFailure != null) {
			throw (RuntimeException) partFailure;
		}
		return Arrays.asList(partIds);
	}

	private static void acquire(Semaphore inFlight, String uploadId) {
		try {
			inFlight.acquire();
		}
		catch (InterruptedException ex) {
			throw Failures.interrupted("Interrupted while sending the parts of upload " + uploadId, ex);
		}
	}

	private void cancel(String uploadId, Throwable failure) {
		// an interrupted thread would not get the cancellation sent: the flag is put back after
		boolean interrupted = Thread.interrupted();
		try {
			this.client.cancelUpload(uploadId);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private ExecutorService newPool() {
		String prefix = "openai-upload-" + POOLS.incrementAndGet() + "-";
		AtomicInteger threads = new AtomicInteger();
		return Executors.newFixedThreadPool(this.options.parallelism(), (task) -> {
			Thread thread = new Thread(task, prefix + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
