package org.openaiboot.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIChatClient;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The server on its own, without Spring and without the clients: plain HTTP requests.
 */
@Timeout(30)
class OpenAIMockServerTests {

	private final OpenAIMockServer server = OpenAIMockServer.start();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void endpointTheClientsDoNotNameIsScriptedByMethodAndPath() throws Exception {
		this.server.on(HttpMethod.POST, "/realtime/sessions/{id}").respond(Map.of("id", "sess_1"));
		HttpResponse<String> answer = send("POST", "/realtime/sessions/abc?tag=a%20b&tag=c", "{\"voice\":\"alloy\"}");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"id\":\"sess_1\"}");
		assertThat(answer.headers().firstValue("x-request-id")).hasValue("req_mock_1");
		OpenAIMockRequest request = this.server.requests().get(0);
		assertThat(request.operation()).isNull();
		assertThat(request.path()).isEqualTo("/realtime/sessions/abc");
		assertThat(request.query().get("tag")).containsExactly("a b", "c");
		assertThat(request.bodyJson().get("voice").asString()).isEqualTo("alloy");
	}

	@Test
	void clientBuiltWithoutSpringCallsTheServer() {
		this.server.on("createChatCompletion").respond(OpenAIMockAnswers.chatCompletion("Plain Java."));
		OpenAIChatClient chat = OpenAITransport.builder()
			.baseUrl(this.server.getBaseUrl())
			.apiKey("sk-plain-java-key")
			.build(OpenAIChatClient::new);
		CreateChatCompletionResponse answer = chat.createChatCompletion(CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(ChatCompletionRequestUserMessage.of("Hi"))
			.build());
		assertThat(answer.choices().get(0).message().content()).isEqualTo("Plain Java.");
		assertThat(this.server.lastRequest("createChatCompletion").headers().toString())
			.doesNotContain("sk-plain-java-key");
	}

	@Test
	void unknownPathIsANotFoundNamingHowToScriptIt() throws Exception {
		HttpResponse<String> answer = send("DELETE", "/realtime/sessions/abc", "");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("x-should-retry")).hasValue("false");
		assertThat(answer.body()).contains("\"type\":\"invalid_request_error\"")
			.contains("knows no operation at DELETE /v1/realtime/sessions/abc")
			.contains("server.on(HttpMethod.DELETE, \\\"/realtime/sessions/abc\\\")");
	}

	@Test
	void pathsOfTheClientsAreTheirOperations() throws Exception {
		send("GET", "/vector_stores/vs_1/file_batches/b_1/files", "");
		send("POST", "/threads/runs", "{}");
		send("GET", "/models/gpt-4o", "");
		assertThat(this.server.requests()).extracting(OpenAIMockRequest::operation)
			.containsExactly("listFilesInVectorStoreBatch", "createThreadAndRun", "retrieveModel");
	}

	@Test
	void answerThatCannotBeWrittenIsAnErrorNamingTheRequest() throws Exception {
		this.server.on("listModels").respond(new Unwritable());
		HttpResponse<String> answer = send("GET", "/models", "");
		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.body()).contains("could not write the answer scripted for GET /models (listModels)")
			.contains("no value to write");
	}

	@Test
	void laterScriptOfAnOperationWins() throws Exception {
		this.server.on("listModels").respond(OpenAIMockAnswers.jsonText("{\"first\":true}"));
		this.server.on("listModels").respond(OpenAIMockAnswers.jsonText("{\"second\":true}"));
		assertThat(send("GET", "/models", "").body()).isEqualTo("{\"second\":true}");
	}

	@Test
	void binaryAnswerKeepsItsContentType() throws Exception {
		this.server.on("createSpeech").respond(OpenAIMockAnswers.bytes(MediaType.parseMediaType("audio/mpeg"),
				new byte[] { 1, 2, 3 }));
		HttpResponse<String> answer = send("POST", "/audio/speech", "{}");
		assertThat(answer.headers().firstValue("content-type")).hasValue("audio/mpeg");
		assertThat(this.server.lastRequest("createSpeech").bodyText()).isEqualTo("{}");
	}

	@Test
	void unknownOperationNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.on("createChatCompletions"))
			.withMessageContaining("No client calls an operation named 'createChatCompletions'");
	}

	@Test
	void verifyAndLastRequestNameWhatWasReceived() throws Exception {
		send("GET", "/models", "");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.server.verify("createResponse", 1))
			.withMessage("Expected 1 createResponse request(s) but OpenAIMockServer received 0; "
					+ "it received GET /models (listModels)");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.server.lastRequest("createResponse"))
			.withMessageContaining("received no createResponse request");
	}

	@Test
	void bodyThatIsNotJsonIsNotReadAsAModel() throws Exception {
		this.http.send(HttpRequest.newBuilder(URI.create(this.server.getBaseUrl() + "/files"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(BodyPublishers.ofString("--x--"))
			.build(), BodyHandlers.ofString());
		assertThatIllegalStateException().isThrownBy(() -> this.server.lastRequest("createFile").bodyJson())
			.withMessageContaining("is multipart/form-data;boundary=x, not JSON");
	}

	@Test
	void invalidScriptsAreRejectedNamingTheValue() {
		OpenAIMockAnswer answer = OpenAIMockAnswers.jsonText("{}");
		assertThatIllegalArgumentException().isThrownBy(() -> answer.delay(Duration.ofMinutes(2)))
			.withMessage("delay must be from zero to PT1M, was PT2M");
		assertThatIllegalArgumentException().isThrownBy(() -> answer.status(99))
			.withMessage("status must be from 200 to 599, was 99");
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.on(HttpMethod.GET, "/v1/models"))
			.withMessageContaining("was '/v1/models'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.on("listModels").respond("{\"data\":[]}"))
			.withMessageContaining("was the text '{\"data\":[]}': use jsonText(...)");
	}

	@Test
	void closingEndsADelayAndRefusesLaterConnections() throws Exception {
		this.server.on("listModels").respond(OpenAIMockAnswers.jsonText("{}").delay(Duration.ofMinutes(1)));
		CompletableFuture<HttpResponse<String>> pending = this.http.sendAsync(
				HttpRequest.newBuilder(URI.create(this.server.getBaseUrl() + "/models")).build(), BodyHandlers.ofString());
		while (this.server.requests().isEmpty()) {
			Thread.sleep(10);
		}
		this.server.close();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(pending::get)
			.withCauseInstanceOf(IOException.class);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> send("GET", "/models", ""));
	}

	@Test
	void threadsOfTheServerAreDaemons() throws Exception {
		send("GET", "/models", "");
		assertThat(Thread.getAllStackTraces().keySet()).filteredOn(
				(thread) -> thread.getName().startsWith("openai-mock-") || thread.getName().equals("HTTP-Dispatcher"))
			.isNotEmpty()
			.allMatch(Thread::isDaemon);
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.server.getBaseUrl() + path))
			.header("Content-Type", "application/json")
			.method(method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	static final class Unwritable {

		public String getValue() {
			throw new IllegalStateException("no value to write");
		}

	}

}
