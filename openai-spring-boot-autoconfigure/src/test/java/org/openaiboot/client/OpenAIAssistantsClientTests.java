package org.openaiboot.client;

import java.util.Map;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.assistants.AssistantFileObject;
import org.openaiboot.models.assistants.AssistantObject;
import org.openaiboot.models.assistants.AssistantToolsCode;
import org.openaiboot.models.assistants.CreateAssistantFileRequest;
import org.openaiboot.models.assistants.CreateAssistantRequest;
import org.openaiboot.models.assistants.DeleteAssistantFileResponse;
import org.openaiboot.models.assistants.DeleteAssistantResponse;
import org.openaiboot.models.assistants.ListAssistantFilesResponse;
import org.openaiboot.models.assistants.ListAssistantsResponse;
import org.openaiboot.models.assistants.ModifyAssistantRequest;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.ValidationException;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIAssistantsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String BETA = "assistants=v1";

	static final String NOT_FOUND = """
			{"error":{"message":"No assistant found with id 'asst_missing'.","type":"invalid_request_error",
			 "param":null,"code":null}}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private OpenAITransport transport() {
		// the observation only, without the token and retry meters
		return this.recording.builder(server.baseUrl()).meterRegistry(null).build();
	}

	private OpenAIAssistantsClient client() {
		return new OpenAIAssistantsClient(transport());
	}

	static String assistant(String id) {
		return """
				{"id":"%s","object":"assistant","created_at":1698984975,"name":"Math Tutor","description":null,
				 "model":"gpt-4","instructions":"You are a personal math tutor.","tools":[{"type":"code_interpreter"}],
				 "file_ids":["file-abc123"],"metadata":{}}
				""".formatted(id);
	}

	static String assistantFile(String id) {
		return """
				{"id":"%s","object":"assistant.file","created_at":1699055364,"assistant_id":"asst_abc123"}
				""".formatted(id);
	}

	static String page(List<String> items, String firstId, String lastId, boolean hasMore) {
		return """
				{"object":"list","data":[%s],"first_id":"%s","last_id":"%s","has_more":%s}
				""".formatted(String.join(",", items), firstId, lastId, hasMore);
	}

	private static RequestPatternBuilder beta(RequestPatternBuilder request) {
		return request.withHeader("OpenAI-Beta", equalTo(BETA)).withHeader("Authorization", equalTo("Bearer test-key"));
	}

	@Test
	void listAssistantsSendsQueryAndParsesPage() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants")).willReturn(okJson(
				page(List.of(assistant("asst_1"), assistant("asst_2")), "asst_1", "asst_2", true))));
		Page<AssistantObject> page = client().listAssistants(new ListParams(2, ListOrder.DESC, "asst_0", "asst_9"));
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants?limit=2&order=desc&after=asst_0&before=asst_9")))
			.withRequestBody(absent()));
		assertThat(page.response(ListAssistantsResponse.class).object()).isEqualTo("list");
		assertThat(page.data()).extracting(AssistantObject::id).containsExactly("asst_1", "asst_2");
		assertThat(page.firstId()).isEqualTo("asst_1");
		assertThat(page.lastId()).isEqualTo("asst_2");
		assertThat(page.hasMore()).isTrue();
		assertThat(page.data().get(0).tools().get(0)).isInstanceOf(AssistantToolsCode.class);
		assertThat(page.data().get(0).description()).isNull();
	}

	@Test
	void listAssistantsKeepsTheMembersTheModelDoesNotKnow() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants")).willReturn(okJson("""
				{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false,"next_cursor":"c1"}
				""")));
		Page<AssistantObject> page = client().listAssistants(ListParams.DEFAULTS);
		assertThat(page.response(ListAssistantsResponse.class).additionalProperties()).containsEntry("next_cursor",
				"c1");
		assertThat(page.autoPaging()).isEmpty();
	}

	@Test
	void listAssistantsWithoutParamsSendsNoQuery() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants"))
			.willReturn(okJson(page(List.of(assistant("asst_1")), "asst_1", "asst_1", false))));
		assertThat(client().listAssistants(ListParams.DEFAULTS).data()).hasSize(1);
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants"))));
	}

	@Test
	void createAssistantSendsBodyAndTagsModel() {
		server.stubFor(post("/v1/assistants").willReturn(okJson(assistant("asst_abc123"))));
		AssistantObject created = client().createAssistant(CreateAssistantRequest.builder()
			.model("gpt-4")
			.name("Math Tutor")
			.instructions("You are a personal math tutor.")
			.tools(AssistantToolsCode.of())
			.fileIds("file-abc123")
			.metadata(Map.of("team", "math"))
			.build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/assistants")))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"gpt-4","name":"Math Tutor","instructions":"You are a personal math tutor.",
					 "tools":[{"type":"code_interpreter"}],"file_ids":["file-abc123"],"metadata":{"team":"math"}}
					""")));
		assertThat(created.id()).isEqualTo("asst_abc123");
		assertThat(created.object()).isEqualTo(AssistantObject.OBJECT);
		assertThat(created.model()).isEqualTo("gpt-4");
		assertThat(created.fileIds()).containsExactly("file-abc123");
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createAssistant")
			.tag("openai.model", "gpt-4")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void getAssistant() {
		server.stubFor(get("/v1/assistants/asst_abc123").willReturn(okJson(assistant("asst_abc123"))));
		AssistantObject assistant = client().getAssistant("asst_abc123");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants/asst_abc123"))).withRequestBody(absent()));
		assertThat(assistant.name()).isEqualTo("Math Tutor");
		assertThat(assistant.createdAt()).isEqualTo(1698984975L);
	}

	@Test
	void modifyAssistantSendsOnlyTheChanges() {
		server.stubFor(post("/v1/assistants/asst_abc123").willReturn(okJson(assistant("asst_abc123"))));
		AssistantObject modified = client().modifyAssistant("asst_abc123",
				ModifyAssistantRequest.builder().model("gpt-4").instructions("Be concise.").fileIds(List.of()).build());
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/assistants/asst_abc123"))).withRequestBody(
				equalToJson("""
						{"model":"gpt-4","instructions":"Be concise.","file_ids":[]}
						""")));
		assertThat(modified.id()).isEqualTo("asst_abc123");
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "modifyAssistant")
			.tag("openai.model", "gpt-4")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void deleteAssistant() {
		server.stubFor(delete("/v1/assistants/asst_abc123").willReturn(okJson("""
				{"id":"asst_abc123","object":"assistant.deleted","deleted":true}
				""")));
		DeleteAssistantResponse deleted = client().deleteAssistant("asst_abc123");
		server.verify(beta(deleteRequestedFor(urlEqualTo("/v1/assistants/asst_abc123"))));
		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.object()).isEqualTo(DeleteAssistantResponse.OBJECT);
	}

	@Test
	void listAssistantFiles() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants/asst_abc123/files")).willReturn(
				okJson(page(List.of(assistantFile("file-1"), assistantFile("file-2")), "file-1", "file-2", false))));
		Page<AssistantFileObject> page = client().listAssistantFiles("asst_abc123",
				ListParams.DEFAULTS.withLimit(2).withOrder(ListOrder.ASC).withBefore("file-9"));
		server.verify(beta(
				getRequestedFor(urlEqualTo("/v1/assistants/asst_abc123/files?limit=2&order=asc&before=file-9"))));
		assertThat(page.data()).extracting(AssistantFileObject::id).containsExactly("file-1", "file-2");
		assertThat(page.data().get(0).assistantId()).isEqualTo("asst_abc123");
		assertThat(page.hasMore()).isFalse();
		assertThat(page.response()).isInstanceOf(ListAssistantFilesResponse.class);
	}

	@Test
	void listAssistantFilesWithoutParams() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants/asst_abc123/files"))
			.willReturn(okJson(page(List.of(), "", "", false))));
		assertThat(client().listAssistantFiles("asst_abc123", ListParams.DEFAULTS).data()).isEmpty();
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants/asst_abc123/files"))));
	}

	@Test
	void createAssistantFile() {
		server.stubFor(post("/v1/assistants/asst_abc123/files").willReturn(okJson(assistantFile("file-abc123"))));
		AssistantFileObject file = client().createAssistantFile("asst_abc123",
				CreateAssistantFileRequest.of("file-abc123"));
		server.verify(beta(postRequestedFor(urlEqualTo("/v1/assistants/asst_abc123/files")))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"file_id":"file-abc123"}
					""")));
		assertThat(file.id()).isEqualTo("file-abc123");
		assertThat(file.object()).isEqualTo(AssistantFileObject.OBJECT);
		assertThat(file.createdAt()).isEqualTo(1699055364L);
	}

	@Test
	void getAssistantFile() {
		server.stubFor(get("/v1/assistants/asst_abc123/files/file-abc123")
			.willReturn(okJson(assistantFile("file-abc123"))));
		AssistantFileObject file = client().getAssistantFile("asst_abc123", "file-abc123");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants/asst_abc123/files/file-abc123"))));
		assertThat(file.assistantId()).isEqualTo("asst_abc123");
	}

	@Test
	void deleteAssistantFile() {
		server.stubFor(delete("/v1/assistants/asst_abc123/files/file-abc123").willReturn(okJson("""
				{"id":"file-abc123","object":"assistant.file.deleted","deleted":true}
				""")));
		DeleteAssistantFileResponse deleted = client().deleteAssistantFile("asst_abc123", "file-abc123");
		server.verify(beta(deleteRequestedFor(urlEqualTo("/v1/assistants/asst_abc123/files/file-abc123"))));
		assertThat(deleted.id()).isEqualTo("file-abc123");
		assertThat(deleted.deleted()).isTrue();
	}

	@Test
	void listAssistantsAutoPagingFollowsTheCursorAcrossThreePages() {
		stubThreePages("/v1/assistants", OpenAIAssistantsClientTests::assistant);
		Stream<AssistantObject> all = client()
			.listAssistants(ListParams.DEFAULTS.withLimit(2).withOrder(ListOrder.DESC))
			.autoPaging();
		assertThat(all.map(AssistantObject::id)).containsExactly("id_1", "id_2", "id_3", "id_4", "id_5");
		verifyThreePages("/v1/assistants");
	}

	@Test
	void listAssistantFilesAutoPagingFollowsTheCursorAcrossThreePages() {
		stubThreePages("/v1/assistants/asst_abc123/files", OpenAIAssistantsClientTests::assistantFile);
		Stream<AssistantFileObject> all = client()
			.listAssistantFiles("asst_abc123", ListParams.DEFAULTS.withLimit(2).withOrder(ListOrder.DESC))
			.autoPaging();
		assertThat(all.map(AssistantFileObject::id)).containsExactly("id_1", "id_2", "id_3", "id_4", "id_5");
		verifyThreePages("/v1/assistants/asst_abc123/files");
	}

	@Test
	void autoPagingFetchesOnlyThePagesThatAreConsumed() {
		stubThreePages("/v1/assistants", OpenAIAssistantsClientTests::assistant);
		assertThat(client().listAssistants(ListParams.DEFAULTS).autoPaging().limit(2).map(AssistantObject::id))
			.containsExactly("id_1", "id_2");
		server.verify(1, getRequestedFor(urlPathEqualTo("/v1/assistants")));
	}

	@Test
	void autoPagingStartsAfterTheGivenCursor() {
		stubThreePages("/v1/assistants/asst_abc123/files", OpenAIAssistantsClientTests::assistantFile);
		Stream<AssistantFileObject> all = client()
			.listAssistantFiles("asst_abc123", ListParams.DEFAULTS.withAfter("id_2"))
			.autoPaging();
		assertThat(all.map(AssistantFileObject::id)).containsExactly("id_3", "id_4", "id_5");
		server.verify(2, getRequestedFor(urlPathEqualTo("/v1/assistants/asst_abc123/files")));
	}

	@Test
	void customBetaVersionIsSent() {
		server.stubFor(get("/v1/assistants/asst_abc123").willReturn(okJson(assistant("asst_abc123"))));
		server.stubFor(get(urlPathEqualTo("/v1/assistants/asst_abc123/files"))
			.willReturn(okJson(page(List.of(), "", "", false))));
		OpenAIAssistantsClient client = new OpenAIAssistantsClient(transport(), "assistants=v2");
		client.getAssistant("asst_abc123");
		client.listAssistantFiles("asst_abc123", ListParams.DEFAULTS);
		server.verify(2, anyRequestedFor(anyUrl()).withHeader("OpenAI-Beta", equalTo("assistants=v2")));
		server.verify(0, anyRequestedFor(anyUrl()).withHeader("OpenAI-Beta", equalTo(BETA)));
	}

	@Test
	void defaultBetaVersion() {
		assertThat(OpenAIAssistantsClient.DEFAULT_BETA_VERSION).isEqualTo(BETA);
	}

	@Test
	void rejectsBlankBetaVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OpenAIAssistantsClient(transport(), " "));
	}

	@Test
	void notFoundGivesNotFoundException() {
		server.stubFor(get("/v1/assistants/asst_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_123")
			.withBody(NOT_FOUND)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().getAssistant("asst_missing"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getErrorMessage()).isEqualTo("No assistant found with id 'asst_missing'.");
				assertThat(ex.getParam()).isNull();
				assertThat(ex.getCode()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("req_123");
			});
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "getAssistant")
			.tag("status", "404")
			.tag("exception", "NotFoundException")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void blankOrMissingIdsAreRejectedBeforeSending() {
		server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		OpenAIAssistantsClient client = client();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.getAssistant(" "))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("assistant_id"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.deleteAssistant(""));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.modifyAssistant(null, ModifyAssistantRequest.builder().build()));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.listAssistantFiles("\t", ListParams.DEFAULTS));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.createAssistantFile(" ", CreateAssistantFileRequest.of("file-1")));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> client.getAssistantFile("asst_abc123", " "))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("file_id"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> client.deleteAssistantFile("", "file-1"));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void nullBodiesAreRejectedBeforeSending() {
		OpenAIAssistantsClient client = client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.createAssistant(null))
			.withMessage("request must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.modifyAssistant("asst_abc123", null));
		assertThatIllegalArgumentException().isThrownBy(() -> client.createAssistantFile("asst_abc123", null));
		assertThatIllegalArgumentException().isThrownBy(() -> client.listAssistants(null));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void pathVariablesAreUrlEncoded() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants/asst%201%3Fx%232/files/file%2Bz%25"))
			.willReturn(okJson(assistantFile("file+z%"))));
		AssistantFileObject file = client().getAssistantFile("asst 1?x#2", "file+z%");
		assertThat(file.id()).isEqualTo("file+z%");
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants/asst%201%3Fx%232/files/file%2Bz%25"))));
	}

	@Test
	void queryValuesAreEncodedSoThatNoneSplitsOrChangesTheQuery() {
		server.stubFor(get(urlPathEqualTo("/v1/assistants"))
			.willReturn(okJson(page(List.of(assistant("asst_1")), "asst_1", "asst_1", false))));
		client().listAssistants(ListParams.DEFAULTS.withAfter("a&limit=1").withBefore("b+c d%"));
		server.verify(beta(getRequestedFor(urlEqualTo("/v1/assistants?after=a%26limit%3D1&before=b%2Bc%20d%25"))));
	}

	private static void stubThreePages(String path, Function<String, String> item) {
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", absent())
			.willReturn(okJson(page(List.of(item.apply("id_1"), item.apply("id_2")), "id_1", "id_2", true))));
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("id_2"))
			.willReturn(okJson(page(List.of(item.apply("id_3"), item.apply("id_4")), "id_3", "id_4", true))));
		server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("id_4"))
			.willReturn(okJson(page(List.of(item.apply("id_5")), "id_5", "id_5", false))));
	}

	private static void verifyThreePages(String path) {
		server.verify(3, getRequestedFor(urlPathEqualTo(path)));
		server.verify(beta(getRequestedFor(urlEqualTo(path + "?limit=2&order=desc"))));
		server.verify(beta(getRequestedFor(urlEqualTo(path + "?limit=2&order=desc&after=id_2"))));
		server.verify(beta(getRequestedFor(urlEqualTo(path + "?limit=2&order=desc&after=id_4"))));
	}

}
