package org.openaiboot.client;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openaiboot.models.uploads.CreateUploadRequest.Purpose;
import org.openaiboot.models.uploads.Upload;

/**
 * Uploads a file through {@link OpenAIUploadsClient#upload} in parts of 64 MB, four at
 * once, with its MD5, and exits with 0 only if the upload completed as a file of the
 * right size. Run in a JVM of its own by {@link OpenAIUploadsClientMemoryTests} with a
 * small heap; prints the most heap it used as {@code PEAK_HEAP <bytes>}.
 * <p>
 * Arguments: the server's base URL and the file.
 */
public final class UploadMemoryMain {

	private UploadMemoryMain() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		OpenAIUploadsClient client = new OpenAIUploadsClient(
				OpenAITransport.builder().baseUrl(args[0] + "/v1").apiKey("test-key").build());
		Upload upload = client.upload(file, Purpose.FINE_TUNE, "text/jsonl",
				UploadOptions.DEFAULTS.withParallelism(4).withMd5(true));
		long size = Files.size(file);
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
