package org.openaiboot.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class UploadPartsTests {

	private static final byte[] CONTENT = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);

	@Test
	void partsOfAFileAreItsRegionsAndCanBeReadAgain(@TempDir Path dir) throws IOException {
		Path file = Files.write(dir.resolve("a.txt"), CONTENT);
		UploadParts parts = UploadParts.of(file, CONTENT.length, true);
		assertThat(parts.filename()).isEqualTo("a.txt");
		assertThat(read(parts.next(8))).asString().isEqualTo("01234567");
		UploadParts.Part second = parts.next(8);
		assertThat(read(second)).asString().isEqualTo("89abcdef");
		assertThat(read(second)).asString().isEqualTo("89abcdef");
		assertThat(second.content().isReplayable()).isTrue();
		assertThat(second.buffer()).isNull();
		assertThat(read(parts.next(4))).asString().isEqualTo("ghij");
		assertThat(parts.md5()).isEqualTo(UploadsServer.md5(CONTENT));
	}

	@Test
	void partsOfAStreamReuseTheBuffersGivenBack() throws IOException {
		UploadParts parts = UploadParts.of(new ByteArrayInputStream(CONTENT), CONTENT.length, "a.txt", false);
		UploadParts.Part first = parts.next(8);
		UploadParts.Part second = parts.next(8);
		assertThat(second.buffer()).isNotSameAs(first.buffer());
		parts.release(first);
		UploadParts.Part last = parts.next(4);
		assertThat(last.buffer()).isSameAs(first.buffer());
		assertThat(read(second)).asString().isEqualTo("89abcdef");
		assertThat(read(last)).asString().isEqualTo("ghij");
		assertThat(last.content().isReplayable()).isTrue();
		parts.finish();
		assertThat(parts.md5()).isNull();
	}

	private static byte[] read(UploadParts.Part part) throws IOException {
		try (InputStream in = part.content().resource().getInputStream()) {
			byte[] bytes = in.readAllBytes();
			assertThat(part.content().resource().contentLength()).isEqualTo(bytes.length);
			return bytes;
		}
	}

}
