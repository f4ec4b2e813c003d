package org.openaiboot.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.test.SummaryApplication.Summarizer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What one test scripts and sends is gone in the next, which shares the context.
 */
@SpringBootTest(classes = SummaryApplication.class)
@AutoConfigureOpenAIMock
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(30)
class OpenAIMockServerResetTests {

	@Autowired
	private Summarizer summarizer;

	@Autowired
	private OpenAIMockServer server;

	@Test
	@Order(1)
	void scriptsAndSends() {
		this.server.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("Scripted in test one."));
		assertThat(this.summarizer.summarize("First")).isEqualTo("Scripted in test one.");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	@Order(2)
	void startsWithNeitherScriptNorRequests() {
		assertThat(this.server.requests()).isEmpty();
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> this.summarizer.summarize("Second"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(501));
	}

}
