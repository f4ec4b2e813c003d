package org.openaiboot.client;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of 1 GB goes through {@link OpenAIUploadsClient#upload} in a JVM whose heap is
 * 256 MB: {@link UploadMemoryMain}, forked with {@code -Xmx256m}, uploads a sparse file of
 * zeros, four parts at once, to a server here that checks and counts the bytes of each
 * part without keeping them, and checks the MD5 on completion. From the file, in parts of
 * 64 MB, no part is held in memory; from a stream, in parts of 32 MB, four are, and the
 * upload would run out of heap if the buffers of parts sent were not used again.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OpenAIUploadsClientMemoryTests {

	private static final long SIZE = 1024L * 1024 * 1024;

	@ParameterizedTest
	@ValueSource(strings = { "file", "stream" })
	void oneGigabyteIsUploadedInAHeapOf256Megabytes(String from, @TempDir Path dir) throws Exception {
		Path file = dir.resolve("zeros.jsonl");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(SIZE);
		}
		try (UploadsServer server = new UploadsServer(false)) {
			List<String> output = new ArrayList<>();
			int exit = fork(output, server.baseUrl(), file.toString(), from);
			assertThat(exit).as("exit code of the upload, which printed %s", output).isZero();
			assertThat(output).contains("COMPLETED " + SIZE);
			assertThat(server.partBytes()).isEqualTo(SIZE);
			long partSize = from.equals("file") ? UploadOptions.MAX_PART_SIZE : UploadMemoryMain.STREAM_PART_SIZE;
			assertThat(server.completed.partIds()).hasSize((int) (SIZE / partSize));
			// the MD5 of 1 GB of zeros
			assertThat(server.completed.md5()).isEqualTo("cd573cfaace07e7949bc0c46028904ff");
			assertThat(server.status).isEqualTo("completed");
			long maxHeap = maxHeapOf(output);
			assertThat(maxHeap).isLessThanOrEqualTo(256L * 1024 * 1024);
			System.out.println("Uploaded 1 GB from a " + from + " with a peak heap of " + peakHeapOf(output) / (1024 * 1024) + " MB of "
					+ maxHeap / (1024 * 1024) + " MB");
		}
	}

	private static int fork(List<String> output, String... args) throws IOException, InterruptedException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				UploadMemoryMain.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				output.add(line);
			}
			return process.waitFor();
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static long maxHeapOf(List<String> output) {
		return valueOf(output, "MAX_HEAP ");
	}

	private static long peakHeapOf(List<String> output) {
		return valueOf(output, "PEAK_HEAP ");
	}

	private static long valueOf(List<String> output, String prefix) {
		return output.stream()
			.filter((line) -> line.startsWith(prefix))
			.mapToLong((line) -> Long.parseLong(line.substring(prefix.length())))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + prefix + "in " + output));
	}

}
