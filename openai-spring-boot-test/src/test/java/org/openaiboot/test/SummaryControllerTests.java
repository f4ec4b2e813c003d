package org.openaiboot.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotation in a slice test: {@code @WebMvcTest} leaves the clients'
 * auto-configuration out, and {@link AutoConfigureOpenAIMock} brings it back, pointed at
 * the mock.
 */
@WebMvcTest
@Import(SummaryController.class)
@AutoConfigureOpenAIMock
@Timeout(30)
class SummaryControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private OpenAIMockServer server;

	@Test
	void endpointAnswersWithTheScriptedSummary() {
		this.server.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("Brief."));
		assertThat(this.mvc.post().uri("/summaries").contentType(MediaType.TEXT_PLAIN).content("A long story."))
			.hasStatusOk()
			.hasBodyTextEqualTo("Brief.");
		assertThat(this.server.lastRequest("createChatCompletion").body(CreateChatCompletionRequest.class).messages())
			.last()
			.isEqualTo(ChatCompletionRequestUserMessage.of("A long story."));
	}

}
