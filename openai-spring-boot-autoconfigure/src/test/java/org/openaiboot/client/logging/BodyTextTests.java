package org.openaiboot.client.logging;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openaiboot.client.transport.SecretMasker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link BodyText}.
 */
class BodyTextTests {

	private final SecretMasker masker = SecretMasker.of(List.of("sk-test-secret-123"));

	@Test
	void wholeBodyIsQuotedWithItsSizeAndTheKeyMasked() {
		byte[] body = "{\"key\":\"sk-test-secret-123\"}".getBytes(StandardCharsets.UTF_8);
		assertThat(BodyText.of(body, 100).describe(this.masker))
			.isEqualTo("body (" + body.length + " bytes): {\"key\":\"******\"}");
	}

	@Test
	void keyCutAtTheLimitIsMaskedToo() {
		byte[] body = "{\"key\":\"sk-test-secret-123\"}".getBytes(StandardCharsets.UTF_8);
		assertThat(BodyText.of(body, 15).describe(this.masker))
			.isEqualTo("body (first 15 of " + body.length + " bytes): {\"key\":\"******");
	}

	@Test
	void emptyBodyIsNamedSo() {
		assertThat(BodyText.of(new byte[0], 100).describe(this.masker)).isEqualTo("no body");
	}

}
