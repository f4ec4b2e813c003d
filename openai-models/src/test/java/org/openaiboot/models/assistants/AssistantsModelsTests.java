package org.openaiboot.models.assistants;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class AssistantsModelsTests {

	@Test
	void assistantObjectRoundTrips() {
		String json = fixture("fixtures/assistants/AssistantObject.json");
		AssistantObject assistant = assertLossless(json, AssistantObject.class);
		assertThat(assistant.id()).isEqualTo("asst_abc123");
		assertThat(assistant.object()).isEqualTo(AssistantObject.OBJECT);
		assertThat(assistant.createdAt()).isEqualTo(1698984975L);
		assertThat(assistant.name()).isEqualTo("Math Tutor");
		assertThat(assistant.description()).isNull();
		assertThat(assistant.tools()).containsExactly(AssistantToolsCode.of());
		assertThat(assistant.fileIds()).isEmpty();
		assertThat(assistant.metadata()).isEmpty();
		assertForwardCompatible(json, AssistantObject.class, "type");
	}

	@Test
	void assistantObjectReadsEveryToolType() {
		String json = fixture("fixtures/assistants/AssistantObject-tools.json");
		AssistantObject assistant = assertLossless(json, AssistantObject.class);
		assertThat(assistant.tools()).hasSize(3);
		assertThat(assistant.tools().get(0)).isEqualTo(AssistantToolsRetrieval.of());
		assertThat(assistant.tools().get(1)).isEqualTo(AssistantToolsCode.of());
		assertThat(assistant.tools().get(2)).isInstanceOfSatisfying(AssistantToolsFunction.class, (tool) -> {
			assertThat(tool.type()).isEqualTo("function");
			assertThat(tool.function().name()).isEqualTo("get_policy");
			assertThat(tool.function().parameters().value()).containsEntry("type", "object");
		});
		assertThat(assistant.fileIds()).containsExactly("file-abc123", "file-abc456");
		assertThat(assistant.metadata()).containsEntry("team", "hr");
		assertForwardCompatible(json, AssistantObject.class, "type");
	}

	@Test
	void assistantObjectWritesAbsentValuesOfAlwaysSentMembersAsNull() {
		String json = "{\"id\":\"asst_1\",\"object\":\"assistant\",\"created_at\":1,\"name\":null,"
				+ "\"description\":null,\"model\":\"gpt-4\",\"instructions\":null,\"tools\":[],"
				+ "\"file_ids\":[],\"metadata\":null}";
		AssistantObject assistant = assertLossless(json, AssistantObject.class);
		assertThat(assistant.metadata()).isNull();
		assertThat(assistant.instructions()).isNull();
	}

	@Test
	void listAssistantsResponseRoundTrips() {
		String json = fixture("fixtures/assistants/ListAssistantsResponse.json");
		ListAssistantsResponse response = assertLossless(json, ListAssistantsResponse.class);
		assertThat(response.object()).isEqualTo("list");
		assertThat(response.data()).extracting(AssistantObject::id)
			.containsExactly("asst_abc123", "asst_abc456", "asst_abc789");
		assertThat(response.data().get(2).name()).isNull();
		assertThat(response.firstId()).isEqualTo("asst_abc123");
		assertThat(response.lastId()).isEqualTo("asst_abc789");
		assertThat(response.hasMore()).isFalse();
		assertForwardCompatible(json, ListAssistantsResponse.class);
	}

	@Test
	void deleteAssistantResponseRoundTrips() {
		String json = fixture("fixtures/assistants/DeleteAssistantResponse.json");
		DeleteAssistantResponse response = assertLossless(json, DeleteAssistantResponse.class);
		assertThat(response.id()).isEqualTo("asst_abc123");
		assertThat(response.deleted()).isTrue();
		assertThat(response.object()).isEqualTo(DeleteAssistantResponse.OBJECT);
		assertForwardCompatible(json, DeleteAssistantResponse.class);
	}

	@Test
	void assistantFileObjectRoundTrips() {
		String json = fixture("fixtures/assistants/AssistantFileObject.json");
		AssistantFileObject file = assertLossless(json, AssistantFileObject.class);
		assertThat(file.id()).isEqualTo("file-abc123");
		assertThat(file.object()).isEqualTo(AssistantFileObject.OBJECT);
		assertThat(file.createdAt()).isEqualTo(1699055364L);
		assertThat(file.assistantId()).isEqualTo("asst_abc123");
		assertForwardCompatible(json, AssistantFileObject.class);
	}

	@Test
	void listAssistantFilesResponseRoundTrips() {
		String json = fixture("fixtures/assistants/ListAssistantFilesResponse.json");
		ListAssistantFilesResponse response = assertLossless(json, ListAssistantFilesResponse.class);
		assertThat(response.data()).extracting(AssistantFileObject::id).containsExactly("file-abc123", "file-abc456");
		assertThat(response.firstId()).isEqualTo("file-abc123");
		assertThat(response.lastId()).isEqualTo("file-abc456");
		assertThat(response.hasMore()).isFalse();
		assertForwardCompatible(json, ListAssistantFilesResponse.class);
	}

	@Test
	void deleteAssistantFileResponseRoundTrips() {
		String json = fixture("fixtures/assistants/DeleteAssistantFileResponse.json");
		DeleteAssistantFileResponse response = assertLossless(json, DeleteAssistantFileResponse.class);
		assertThat(response.id()).isEqualTo("file-abc123");
		assertThat(response.deleted()).isTrue();
		assertThat(response.object()).isEqualTo(DeleteAssistantFileResponse.OBJECT);
		assertForwardCompatible(json, DeleteAssistantFileResponse.class);
	}

	@Test
	void unknownToolTypeIsKeptAsRead() throws Exception {
		String json = "{\"type\":\"web_browser\",\"web_browser\":{\"max_pages\":3}}";
		AssistantTool tool = assertLossless(json, AssistantTool.class);
		assertThat(tool).isInstanceOf(AssistantTool.Unknown.class);
		assertThat(tool.type()).isEqualTo("web_browser");
		assertThat(((AssistantTool.Unknown) tool).properties()).containsEntry("type", "web_browser")
			.containsEntry("web_browser", Map.of("max_pages", 3));
		assertThat(JACKSON3.readTree(JACKSON2.writeValueAsString(tool))).isEqualTo(JACKSON3.readTree(json));
	}

	@Test
	void toolsWriteTheirType() {
		assertThat(JACKSON3.writeValueAsString(AssistantToolsCode.of())).isEqualTo("{\"type\":\"code_interpreter\"}");
		assertThat(JACKSON3.writeValueAsString(AssistantToolsRetrieval.of())).isEqualTo("{\"type\":\"retrieval\"}");
		FunctionObject function = FunctionObject.builder().name("get_weather").build();
		assertThat(JACKSON3.writeValueAsString(AssistantToolsFunction.of(function)))
			.isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}");
		assertThat(JACKSON3.readValue("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}",
				AssistantTool.class))
			.isEqualTo(AssistantToolsFunction.of(function));
	}

	@Test
	void toolsKeepUnknownMembers() {
		String json = "{\"type\":\"code_interpreter\",\"x_sandbox\":\"v2\"}";
		AssistantToolsCode tool = (AssistantToolsCode) assertLossless(json, AssistantTool.class);
		assertThat(tool.additionalProperties()).containsEntry("x_sandbox", "v2");
		assertThat(tool.toBuilder().build()).isEqualTo(tool);
		assertThat(AssistantToolsRetrieval.builder().additionalProperty("x", 1).build().additionalProperties())
			.containsEntry("x", 1);
	}

	@Test
	void functionToolRequiresFunction() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> AssistantToolsFunction.builder().build())
			.withMessage("Invalid value for 'function': is required (was null)");
	}

	@Test
	void createAssistantRequestOmitsAbsentMembers() {
		CreateAssistantRequest request = CreateAssistantRequest.of("gpt-4");
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo("{\"model\":\"gpt-4\"}");
	}

	@Test
	void createAssistantRequestWritesEveryMember() {
		CreateAssistantRequest request = CreateAssistantRequest.builder()
			.model("gpt-4")
			.name("Math Tutor")
			.description("Helps with math")
			.instructions("You are a personal math tutor.")
			.tools(AssistantToolsCode.of(), AssistantToolsRetrieval.of())
			.fileIds("file-abc123", "file-abc456")
			.metadata(Map.of("team", "math"))
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"gpt-4\",\"name\":\"Math Tutor\",\"description\":\"Helps with math\","
				+ "\"instructions\":\"You are a personal math tutor.\","
				+ "\"tools\":[{\"type\":\"code_interpreter\"},{\"type\":\"retrieval\"}],"
				+ "\"file_ids\":[\"file-abc123\",\"file-abc456\"],\"metadata\":{\"team\":\"math\"}}");
		assertThat(assertLossless(json, CreateAssistantRequest.class)).isEqualTo(request);
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createAssistantRequestRequiresModel() {
		// the model is an enum-like CreateAssistantRequest.Model now, no longer a String
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateAssistantRequest.builder().build())
			.withMessage("Invalid value for 'model': is required (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("model"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder().model(" ").build())
			.withMessage("Invalid value for 'model': is required and must not be blank (was \" \")");
	}

	@Test
	void createAssistantRequestChecksLengths() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder().model("gpt-4").name("n".repeat(257)).build())
			.withMessageContaining("'name': must be at most 256 characters long");
		assertThat(CreateAssistantRequest.builder().model("gpt-4").name("n".repeat(256)).build().name()).hasSize(256);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder().model("gpt-4").description("d".repeat(513)).build())
			.withMessageContaining("'description': must be at most 512 characters long");
		// today's spec allows 256,000 characters of instructions (2.0.0 allowed 32768)
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(
					() -> CreateAssistantRequest.builder().model("gpt-4").instructions("i".repeat(256001)).build())
			.withMessageContaining("'instructions': must be at most 256000 characters long")
			.withMessageContaining("(was \"iii");
	}

	@Test
	void createAssistantRequestChecksSizes() {
		AssistantTool[] tools = new AssistantTool[129];
		Arrays.fill(tools, AssistantToolsRetrieval.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder().model("gpt-4").tools(tools).build())
			.withMessageContaining("'tools': must have at most 128 elements");
		String[] fileIds = new String[21];
		Arrays.fill(fileIds, "file-abc123");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder().model("gpt-4").fileIds(fileIds).build())
			.withMessageContaining("'file_ids': must have at most 20 elements");
		assertThat(CreateAssistantRequest.builder()
			.model("gpt-4")
			.fileIds(List.of(fileIds).subList(0, 20))
			.build()
			.fileIds()).hasSize(20);
	}

	@Test
	void createAssistantRequestChecksMetadata() {
		Map<String, String> tooMany = new HashMap<>();
		for (int i = 0; i < 17; i++) {
			tooMany.put("k" + i, "v");
		}
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder().model("gpt-4").metadata(tooMany).build())
			.withMessageContaining("'metadata': must have at most 16 keys");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantRequest.builder()
				.model("gpt-4")
				.metadata(Map.of("k", "v".repeat(513)))
				.build())
			.withMessageContaining("'metadata.k': must be at most 512 characters long");
	}

	@Test
	void modifyAssistantRequestSendsOnlyWhatIsSet() {
		ModifyAssistantRequest request = ModifyAssistantRequest.builder()
			.instructions("Always answer with info from the files.")
			.fileIds("file-abc123", "file-abc456")
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"instructions\":\"Always answer with info from the files.\","
				+ "\"file_ids\":[\"file-abc123\",\"file-abc456\"]}");
		assertThat(assertLossless(json, ModifyAssistantRequest.class)).isEqualTo(request);
		assertThat(JACKSON3.writeValueAsString(ModifyAssistantRequest.builder().build())).isEqualTo("{}");
	}

	@Test
	void modifyAssistantRequestChecksConstraints() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyAssistantRequest.builder().name("n".repeat(257)).build())
			.withMessageContaining("'name': must be at most 256 characters long");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyAssistantRequest.builder().description("d".repeat(513)).build())
			.withMessageContaining("'description': must be at most 512 characters long");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyAssistantRequest.builder().instructions("i".repeat(256001)).build())
			.withMessageContaining("'instructions': must be at most 256000 characters long");
		AssistantTool[] tools = new AssistantTool[129];
		Arrays.fill(tools, AssistantToolsCode.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyAssistantRequest.builder().tools(tools).build())
			.withMessageContaining("'tools': must have at most 128 elements");
		String[] fileIds = new String[21];
		Arrays.fill(fileIds, "file-abc123");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyAssistantRequest.builder().fileIds(fileIds).build())
			.withMessageContaining("'file_ids': must have at most 20 elements");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyAssistantRequest.builder().metadata(Map.of("k".repeat(65), "v")).build())
			.withMessageContaining("'metadata key': must be at most 64 characters long");
	}

	@Test
	void createAssistantFileRequest() {
		CreateAssistantFileRequest request = CreateAssistantFileRequest.of("file-abc123");
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"file_id\":\"file-abc123\"}");
		assertThat(assertLossless(json, CreateAssistantFileRequest.class)).isEqualTo(request);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantFileRequest.builder().build())
			.withMessage("Invalid value for 'file_id': is required and must not be blank (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateAssistantFileRequest.builder().fileId(" ").build())
			.withMessageContaining("'file_id'");
	}

}
