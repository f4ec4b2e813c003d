package org.openaiboot.client;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openaiboot.models.uploads.CreateUploadRequest.Purpose;
import org.openaiboot.models.uploads.Upload;

/**
 * Uploads a file through {@link OpenAIUploadsClient#upload}, four parts at once, with its
 * MD5, and exits with 0 only if the upload completed as a file of the right size: from
 * the file, in parts of 64 MB, or from a stream of it, in parts of
 * {@link #STREAM_PART_SIZE}. Run in a JVM of its own by
 * {@link OpenAIUploadsClientMemoryTests} with a small heap; prints the most heap it used
 * as {@code PEAK_HEAP <bytes>}.
 * <p>
 * Arguments: the server's base URL, the file, and {@code file} or {@code stream}.
 */
public final class UploadMemoryMain {

	/** Four parts of a stream in memory at once take half of a heap of 256 MB. */
	static final long STREAM_PART_SIZE = 32L * 1024 * 1024;

	private UploadMemoryMain() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		long size = Files.size(file);
		OpenAIUploadsClient client = new OpenAIUploadsClient(
				OpenAITransport.builder().baseUrl(args[0] + "/v1").apiKey("test-key").build());
		UploadOptions options = UploadOptions.DEFAULTS.withParallelism(4).withMd5(true);
		Upload upload;
		if (args[2].equals("stream")) {
			try (InputStream in = Files.newInputStream(file)) {
				upload = client.upload(in, size, "zeros.jsonl", Purpose.FINE_TUNE, "text/jsonl",
						options.withPartSize(STREAM_PART_SIZE));
			}
		}
		else {
			upload = client.upload(file, Purpose.FINE_TUNE, "text/jsonl", options);
		}
		System.out.println("PEAK_HEAP " + peakHeap());
		System.out.println("MAX_HEAP " + Runtime.getRuntime().maxMemory());
		boolean complete = upload.status().equals(Upload.Status.COMPLETED) && upload.file() != null
				&& upload.file().bytes() == size;
		System.out.println(complete ? "COMPLETED " + size : "NOT COMPLETED " + upload);
		System.exit(complete ? 0 : 1);
	}

	/** The sum of each heap pool's peak: at least the most heap used at any one time. */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong((usage) -> usage.getUsed())
			.sum();
	}

}
