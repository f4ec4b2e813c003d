package org.openaiboot.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.error.InternalServerException;
import org.openaiboot.client.error.RateLimitException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.test.SummaryApplication.Summarizer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A user's test: the application's service against the scripted API, whole, streamed,
 * rate limited and then answered, and rate limited to the end.
 */
@SpringBootTest(classes = SummaryApplication.class,
		properties = { "openai.retry.initial-backoff=1ms", "openai.retry.max-backoff=5ms" })
@AutoConfigureOpenAIMock
@Timeout(30)
class SummaryApplicationTests {

	@Autowired
	private Summarizer summarizer;

	@Autowired
	private OpenAIMockServer server;

	@Test
	void summarizesWithTheScriptedCompletion() {
		this.server.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("It is short."));
		assertThat(this.summarizer.summarize("A long text about nothing.")).isEqualTo("It is short.");
		OpenAIMockRequest sent = this.server.lastRequest("createChatCompletion");
		assertThat(sent.method()).isEqualTo(HttpMethod.POST);
		assertThat(sent.path()).isEqualTo("/chat/completions");
		assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer ******");
		CreateChatCompletionRequest request = sent.body(CreateChatCompletionRequest.class);
		assertThat(request.model().value()).isEqualTo("gpt-4o-mini");
		assertThat(request.messages()).hasSize(2)
			.last()
			.isEqualTo(ChatCompletionRequestUserMessage.of("A long text about nothing."));
		assertThat(request.stream()).isNull();
	}

	@Test
	void summarizesFromTheScriptedStream() {
		this.server.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletionStream("It ", "is ", "short."));
		assertThat(this.summarizer.summarizeStreamed("A long text.")).isEqualTo("It is short.");
		assertThat(this.server.lastRequest("createChatCompletion").body(CreateChatCompletionRequest.class).stream())
			.isTrue();
	}

	@Test
	void retriesARateLimitThenSucceeds() {
		this.server.on("createChatCompletion")
			.respond(OpenAIMockAnswers.rateLimited().retryAfter(Duration.ZERO))
			.thenRespond(OpenAIMockAnswers.chatCompletion("Second time lucky."));
		assertThat(this.summarizer.summarize("Try twice.")).isEqualTo("Second time lucky.");
		this.server.verify("createChatCompletion", 2);
		assertThat(this.server.requests("createChatCompletion")).extracting(OpenAIMockRequest::bodyText)
			.containsOnly(this.server.requests("createChatCompletion").get(0).bodyText());
	}

	@Test
	void rateLimitToTheEndIsARateLimitException() {
		this.server.on("createChatCompletion")
			.respond(OpenAIMockAnswers.rateLimited().retryAfter(Duration.ZERO).requestId("req_limited"));
		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> this.summarizer.summarize("Never answered."))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getCode()).isEqualTo("rate_limit_exceeded");
				assertThat(ex.getRequestId()).isEqualTo("req_limited");
			});
		this.server.verify("createChatCompletion", 3);
	}

	@Test
	void unscriptedOperationFailsAtOnceNamingWhatToScript() {
		assertThatExceptionOfType(InternalServerException.class)
			.isThrownBy(() -> this.summarizer.summarize("Nobody scripted me."))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(501))
			.withMessageContaining("no answer for createChatCompletion (POST /v1/chat/completions)")
			.withMessageContaining("server.on(\"createChatCompletion\")");
		this.server.verify("createChatCompletion", 1);
	}

}
