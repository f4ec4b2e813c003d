package org.openaiboot.models.threads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.assistants.AssistantTool;
import org.openaiboot.models.assistants.AssistantToolsCode;
import org.openaiboot.models.assistants.AssistantToolsRetrieval;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.support.JsonRoundTrip;
import org.openaiboot.models.threads.CreateMessageRequest.Content;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

/**
 * Tests of the thread and message types of {@code org.openaiboot.models.threads}.
 */
class ThreadsMessagesModelsTests {

	// Responses

	@Test
	void threadObjectRoundTrips() {
		String json = fixture("fixtures/threads/thread-ThreadObject.json");
		ThreadObject thread = assertLossless(json, ThreadObject.class);
		assertThat(thread.id()).isEqualTo("thread_abc123");
		assertThat(thread.object()).isEqualTo(ThreadObject.OBJECT);
		assertThat(thread.createdAt()).isEqualTo(1699012949L);
		assertThat(thread.metadata()).isEmpty();
		assertForwardCompatible(json, ThreadObject.class);
	}

	@Test
	void modifiedThreadObjectKeepsMetadata() {
		String json = fixture("fixtures/threads/thread-ThreadObject-modified.json");
		ThreadObject thread = assertLossless(json, ThreadObject.class);
		assertThat(thread.metadata()).containsExactly(Map.entry("modified", "true"), Map.entry("user", "abc123"));
		assertForwardCompatible(json, ThreadObject.class);
	}

	@Test
	void threadObjectWritesNullMetadata() {
		String json = "{\"id\":\"thread_abc123\",\"object\":\"thread\",\"created_at\":1699012949,\"metadata\":null}";
		assertThat(assertLossless(json, ThreadObject.class).metadata()).isNull();
		// the builder requires metadata, which the API may send as null
		assertThat(JACKSON3.writeValueAsString(
				new ThreadObject("thread_abc123", ThreadObject.OBJECT, 1699012949L, null, null, Map.of())))
			.isEqualTo(json);
	}

	@Test
	void deleteThreadResponseRoundTrips() {
		String json = fixture("fixtures/threads/thread-DeleteThreadResponse.json");
		DeleteThreadResponse response = assertLossless(json, DeleteThreadResponse.class);
		assertThat(response).isEqualTo(DeleteThreadResponse.builder()
			.id("thread_abc123")
			.deleted(true)
			.object(DeleteThreadResponse.OBJECT)
			.build());
		assertThat(response.object()).isEqualTo("thread.deleted");
		assertForwardCompatible(json, DeleteThreadResponse.class);
	}

	@Test
	void listThreadsResponseRoundTrips() {
		String json = fixture("fixtures/threads/thread-ListThreadsResponse.json");
		ListThreadsResponse response = assertLossless(json, ListThreadsResponse.class);
		assertThat(response.object()).isEqualTo("list");
		assertThat(response.data()).extracting(ThreadObject::id).containsExactly("thread_abc123", "thread_abc456");
		assertThat(response.data().get(1).metadata()).containsEntry("user", "abc123");
		assertThat(response.firstId()).isEqualTo("thread_abc123");
		assertThat(response.lastId()).isEqualTo("thread_abc456");
		assertThat(response.hasMore()).isTrue();
		assertForwardCompatible(json, ListThreadsResponse.class);
	}

	@Test
	void messageObjectRoundTrips() {
		String json = fixture("fixtures/threads/message-MessageObject.json");
		MessageObject message = assertLossless(json, MessageObject.class);
		assertThat(message.object()).isEqualTo(MessageObject.OBJECT);
		assertThat(message.createdAt()).isEqualTo(1698983503L);
		assertThat(message.threadId()).isEqualTo("thread_abc123");
		assertThat(message.role()).isEqualTo(MessageObject.Role.ASSISTANT);
		assertThat(message.assistantId()).isEqualTo("asst_abc123");
		assertThat(message.runId()).isEqualTo("run_abc123");
		assertThat(message.fileIds()).isEmpty();
		assertThat(message.content()).singleElement()
			.isInstanceOfSatisfying(MessageContentTextObject.class, (text) -> {
				assertThat(text.type()).isEqualTo("text");
				assertThat(text.text().value()).isEqualTo("Hi! How can I help you today?");
				assertThat(text.text().annotations()).isEmpty();
			});
		assertForwardCompatible(json, MessageObject.class, "role");
	}

	@Test
	void userMessageObjectWritesNullAssistantAndRun() {
		String json = fixture("fixtures/threads/message-MessageObject-user.json");
		MessageObject message = assertLossless(json, MessageObject.class);
		assertThat(message.role()).isEqualTo(MessageObject.Role.USER);
		assertThat(message.assistantId()).isNull();
		assertThat(message.runId()).isNull();
		assertThat(message.metadata()).containsEntry("modified", "true");
		JsonNode written = JACKSON3.readTree(JACKSON3.writeValueAsString(message));
		assertThat(written.get("assistant_id").isNull()).isTrue();
		assertThat(written.get("run_id").isNull()).isTrue();
		assertForwardCompatible(json, MessageObject.class, "role");
	}

	@Test
	void messageObjectReadsEveryContentAndAnnotationVariant() {
		String json = fixture("fixtures/threads/message-MessageObject-annotations.json");
		MessageObject message = assertLossless(json, MessageObject.class);
		assertThat(message.metadata()).isNull();
		assertThat(message.fileIds()).containsExactly("file-report456");
		assertThat(message.content()).hasSize(2);
		assertThat(message.content().get(0)).isEqualTo(imageFile("file-chart123"));
		MessageContentTextObject.Text text = ((MessageContentTextObject) message.content().get(1)).text();
		assertThat(text.annotations()).hasSize(2);
		assertThat(text.annotations().get(0))
			.isEqualTo(MessageContentTextAnnotationsFileCitationObject.builder()
				.text("[1]")
				.fileCitation(MessageContentTextAnnotationsFileCitationObject.FileCitation.builder()
					.fileId("file-report456")
					.quote("Sales rose four percent over the year.")
					.build())
				.startIndex(17)
				.endIndex(20)
				.build());
		assertThat(text.annotations().get(1)).isInstanceOfSatisfying(MessageContentTextAnnotationsFilePathObject.class,
				(path) -> {
					assertThat(path.type()).isEqualTo("file_path");
					assertThat(path.filePath().fileId()).isEqualTo("file-table789");
					assertThat(text.value().substring(path.startIndex(), path.endIndex())).isEqualTo(path.text());
				});
		assertForwardCompatible(json, MessageObject.class, "role");
	}

	@Test
	void messageObjectKeepsContentAndAnnotationsOfNewTypes() {
		String json = fixture("fixtures/threads/message-MessageObject-annotations.json");
		// "type" turns every content part and annotation into one this version does not know
		JsonNode reshaped = JsonRoundTrip.reshape(JACKSON3.readTree(json), "type");
		MessageObject message = assertLossless(JACKSON3.writeValueAsString(reshaped), MessageObject.class);
		assertThat(message.content()).allSatisfy((part) -> assertThat(part).isInstanceOf(MessageContent.Unknown.class));
		assertThat(message.content()).extracting(MessageContent::type)
			.containsExactly("future_image_file", "future_text");
	}

	@Test
	void unknownContentPartIsWrittenBackUnchanged() {
		String json = "{\"type\":\"audio_file\",\"audio_file\":{\"file_id\":\"file-1\",\"seconds\":3}}";
		MessageContent part = assertLossless(json, MessageContent.class);
		assertThat(part).isInstanceOf(MessageContent.Unknown.class);
		assertThat(part.type()).isEqualTo("audio_file");
		assertThat(((MessageContent.Unknown) part).properties()).containsKey("audio_file");
	}

	@Test
	void unknownAnnotationIsWrittenBackUnchanged() {
		String json = "{\"type\":\"url_citation\",\"text\":\"[2]\",\"url\":\"https://example.com\","
				+ "\"start_index\":0,\"end_index\":3}";
		MessageContentTextAnnotation annotation = assertLossless(json, MessageContentTextAnnotation.class);
		assertThat(annotation).isInstanceOf(MessageContentTextAnnotation.Unknown.class);
		assertThat(annotation.type()).isEqualTo("url_citation");
	}

	@Test
	void knownContentPartsWriteTheirType() {
		MessageContentTextObject hi = MessageContentTextObject.builder()
			.text(MessageContentTextObject.Text.builder().value("Hi").annotations(List.of()).build())
			.build();
		assertThat(JACKSON3.writeValueAsString(hi))
			.isEqualTo("{\"type\":\"text\",\"text\":{\"value\":\"Hi\",\"annotations\":[]}}");
		JsonNode image = JACKSON3.readTree(JACKSON3.writeValueAsString(imageFile("file-1")));
		assertThat(image.get("type").asString()).isEqualTo("image_file");
		assertThat(image.get("image_file").get("file_id").asString()).isEqualTo("file-1");
	}

	@Test
	void messageRoleKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"system\"", MessageObject.Role.class).value()).isEqualTo("system");
		assertThat(JACKSON3.writeValueAsString(MessageObject.Role.USER)).isEqualTo("\"user\"");
		assertThat(MessageObject.Role.ASSISTANT).hasToString("assistant");
	}

	@Test
	void listMessagesResponseRoundTrips() {
		String json = fixture("fixtures/threads/message-ListMessagesResponse.json");
		ListMessagesResponse response = assertLossless(json, ListMessagesResponse.class);
		assertThat(response.object()).isEqualTo("list");
		assertThat(response.data()).extracting(MessageObject::id).containsExactly("msg_abc123", "msg_abc456");
		assertThat(response.data().get(1).fileIds()).containsExactly("file-abc123");
		assertThat(response.firstId()).isEqualTo("msg_abc123");
		assertThat(response.lastId()).isEqualTo("msg_abc456");
		assertThat(response.hasMore()).isFalse();
		assertForwardCompatible(json, ListMessagesResponse.class, "role");
	}

	@Test
	void deleteMessageResponseRoundTrips() {
		String json = fixture("fixtures/threads/message-DeleteMessageResponse.json");
		DeleteMessageResponse response = assertLossless(json, DeleteMessageResponse.class);
		assertThat(response).isEqualTo(DeleteMessageResponse.builder()
			.id("msg_abc123")
			.deleted(true)
			.object(DeleteMessageResponse.OBJECT)
			.build());
		assertThat(response.object()).isEqualTo(DeleteMessageResponse.OBJECT);
		assertForwardCompatible(json, DeleteMessageResponse.class);
	}

	@Test
	void messageFileObjectRoundTrips() {
		String json = fixture("fixtures/threads/message-MessageFileObject.json");
		MessageFileObject file = assertLossless(json, MessageFileObject.class);
		assertThat(file).isEqualTo(MessageFileObject.builder()
			.id("file-abc123")
			.object(MessageFileObject.OBJECT)
			.createdAt(1699061776L)
			.messageId("msg_abc123")
			.build());
		assertForwardCompatible(json, MessageFileObject.class);
	}

	@Test
	void messageFileObjectKeepsUndeclaredFileId() {
		// the schema's own example carries a file_id that the schema does not declare
		String json = "{\"id\":\"file-abc123\",\"object\":\"thread.message.file\",\"created_at\":1698107661,"
				+ "\"message_id\":\"message_QLoItBbqwyAJEzlTy4y9kOMM\",\"file_id\":\"file-abc123\"}";
		MessageFileObject file = assertLossless(json, MessageFileObject.class);
		assertThat(file.additionalProperties()).containsEntry("file_id", "file-abc123");
	}

	@Test
	void listMessageFilesResponseRoundTrips() {
		String json = fixture("fixtures/threads/message-ListMessageFilesResponse.json");
		ListMessageFilesResponse response = assertLossless(json, ListMessageFilesResponse.class);
		assertThat(response.data()).hasSize(2).allSatisfy((file) -> {
			assertThat(file.object()).isEqualTo(MessageFileObject.OBJECT);
			assertThat(file.messageId()).isEqualTo("msg_abc123");
		});
		assertThat(response.firstId()).isEqualTo("file-abc123");
		assertThat(response.lastId()).isEqualTo("file-abc123");
		assertThat(response.hasMore()).isFalse();
		assertForwardCompatible(json, ListMessageFilesResponse.class);
	}

	// CreateMessageRequest

	@Test
	void createMessageRequestOmitsAbsentMembers() {
		assertThat(JACKSON3.writeValueAsString(CreateMessageRequest.of("user", "How does AI work?")))
			.isEqualTo("{\"role\":\"user\",\"content\":\"How does AI work?\"}");
	}

	@Test
	void createMessageRequestWritesEveryMember() throws Exception {
		CreateMessageRequest request = CreateMessageRequest.builder()
			.role("user")
			.content("Summarise the files.")
			.fileIds("file-1", "file-2", "file-3")
			.metadata(Map.of("user", "abc123"))
			.build();
		String json = "{\"role\":\"user\",\"content\":\"Summarise the files.\","
				+ "\"file_ids\":[\"file-1\",\"file-2\",\"file-3\"],"
				+ "\"metadata\":{\"user\":\"abc123\"}}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(JACKSON2.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, CreateMessageRequest.class)).isEqualTo(request);
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createMessageRequestRequiresRole() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateMessageRequest.builder().role((CreateMessageRequest.Role) null).content("Hi").build())
			.withMessage("Invalid value for 'role': is required (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("role"));
	}

	@Test
	void createMessageRequestRequiresContent() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateMessageRequest.builder().role(CreateMessageRequest.Role.USER).build())
			.withMessage("Invalid value for 'content': is required (was null)");
	}

	@Test
	void createMessageRequestRejectsEmptyContent() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateMessageRequest.of("user", ""))
			.withMessage("Invalid value for 'content': must be at least 1 character long (was \"\")");
	}

	@Test
	void createMessageRequestLimitsContentLength() {
		assertThat(CreateMessageRequest.of("user", "x".repeat(32768)).content())
			.isEqualTo(Content.of("x".repeat(32768)));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateMessageRequest.of("user", "x".repeat(32769)))
			.withMessageStartingWith("Invalid value for 'content': must be at most 32768 characters long (was \"xxx");
	}

	@Test
	void createMessageRequestAllowsAtMostTenFiles() {
		List<String> ten = new ArrayList<>(Collections.nCopies(10, "file-1"));
		assertThat(CreateMessageRequest.builder().role("user").content("Hi").fileIds(ten).build().fileIds())
			.hasSize(10);
		List<String> eleven = new ArrayList<>(ten);
		eleven.add("file-11");
		// the 2.0.0 spec gives file_ids both minItems 1 and maxItems 10
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateMessageRequest.builder().role("user").content("Hi").fileIds(eleven).build())
			.withMessageStartingWith("Invalid value for 'file_ids': must have between 1 and 10 elements (was [file-1");
	}

	@Test
	void createMessageRequestChecksMetadata() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateMessageRequest.builder()
				.role("user")
				.content("Hi")
				.metadata(Map.of("note", "n".repeat(513)))
				.build())
			.withMessageStartingWith("Invalid value for 'metadata.note': must be at most 512 characters long");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateMessageRequest.builder().role("user").content("Hi").metadata(tooManyKeys()).build())
			.withMessageStartingWith("Invalid value for 'metadata': must have at most 16 keys");
	}

	@Test
	void createMessageRequestRoleKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"assistant\"", CreateMessageRequest.Role.class).value()).isEqualTo("assistant");
		assertThat(JACKSON3.writeValueAsString(CreateMessageRequest.Role.USER)).isEqualTo("\"user\"");
	}

	// CreateThreadRequest, ModifyThreadRequest, ModifyMessageRequest

	@Test
	void emptyCreateThreadRequestIsAnEmptyObject() {
		assertThat(JACKSON3.writeValueAsString(CreateThreadRequest.builder().build())).isEqualTo("{}");
	}

	@Test
	void createThreadRequestWritesMessagesAndMetadata() {
		CreateThreadRequest request = CreateThreadRequest.builder()
			.messages(CreateMessageRequest.of("user", "Hello"),
					CreateMessageRequest.builder().role("user").content("Read this").fileIds("file-1").build())
			.metadata(Map.of("user", "abc123"))
			.build();
		String json = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"},"
				+ "{\"role\":\"user\",\"content\":\"Read this\",\"file_ids\":[\"file-1\"]}],"
				+ "\"metadata\":{\"user\":\"abc123\"}}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, CreateThreadRequest.class)).isEqualTo(request);
		assertThat(CreateThreadRequest.builder().messages(CreateMessageRequest.of("user", "Hello")).build().messages())
			.hasSize(1);
	}

	@Test
	void createThreadRequestChecksEachMessage() {
		CreateMessageRequest unchecked = new CreateMessageRequest(CreateMessageRequest.Role.USER, Content.of(""), null,
				null, null, Map.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateThreadRequest.builder()
				.messages(CreateMessageRequest.of("user", "Hi"), unchecked)
				.build())
			.withMessage("Invalid value for 'messages[1].content': must be at least 1 character long (was \"\")")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("messages[1].content"));
	}

	@Test
	void createThreadRequestChecksMetadata() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateThreadRequest.builder().metadata(tooManyKeys()).build())
			.withMessageStartingWith("Invalid value for 'metadata': must have at most 16 keys");
	}

	@Test
	void modifyThreadRequestWritesMetadata() {
		String json = "{\"metadata\":{\"modified\":\"true\",\"user\":\"abc123\"}}";
		ModifyThreadRequest request = ModifyThreadRequest.builder()
			.metadata(metadata("modified", "true", "user", "abc123"))
			.build();
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, ModifyThreadRequest.class)).isEqualTo(request);
		assertThat(JACKSON3.writeValueAsString(ModifyThreadRequest.builder().build())).isEqualTo("{}");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyThreadRequest.of(Map.of("k".repeat(65), "v")))
			.withMessageStartingWith("Invalid value for 'metadata key': must be at most 64 characters long");
	}

	@Test
	void modifyMessageRequestWritesMetadata() {
		String json = "{\"metadata\":{\"modified\":\"true\",\"user\":\"abc123\"}}";
		ModifyMessageRequest request = ModifyMessageRequest.builder()
			.metadata(metadata("modified", "true", "user", "abc123"))
			.build();
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, ModifyMessageRequest.class)).isEqualTo(request);
		assertThat(request.toBuilder().build()).isEqualTo(request);
		assertThat(JACKSON3.writeValueAsString(ModifyMessageRequest.builder().build())).isEqualTo("{}");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ModifyMessageRequest.of(tooManyKeys()))
			.withMessageStartingWith("Invalid value for 'metadata': must have at most 16 keys");
	}

	// CreateThreadAndRunRequest

	@Test
	void createThreadAndRunRequestMatchesTheDocumentedExample() {
		String json = fixture("fixtures/threads/thread-CreateThreadAndRunRequest.json");
		CreateThreadAndRunRequest request = CreateThreadAndRunRequest.builder()
			.assistantId("asst_abc123")
			.thread(CreateThreadRequest.builder()
				.messages(CreateMessageRequest.of("user", "Explain deep learning to a 5 year old."))
				.build())
			.build();
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request))).isEqualTo(JACKSON3.readTree(json));
		assertThat(assertLossless(json, CreateThreadAndRunRequest.class)).isEqualTo(request);
	}

	@Test
	void createThreadAndRunRequestWritesEveryMember() {
		CreateThreadAndRunRequest request = CreateThreadAndRunRequest.builder()
			.assistantId("asst_abc123")
			.thread(CreateThreadRequest.builder().messages(CreateMessageRequest.of("user", "Plot y = x^2")).build())
			.model("gpt-4-turbo-preview")
			.instructions("Answer briefly.")
			.tools(AssistantToolsCode.of(), AssistantToolsRetrieval.of())
			.metadata(Map.of("user", "abc123"))
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"assistant_id\":\"asst_abc123\","
				+ "\"thread\":{\"messages\":[{\"role\":\"user\",\"content\":\"Plot y = x^2\"}]},"
				+ "\"model\":\"gpt-4-turbo-preview\",\"instructions\":\"Answer briefly.\","
				+ "\"tools\":[{\"type\":\"code_interpreter\"},{\"type\":\"retrieval\"}],"
				+ "\"metadata\":{\"user\":\"abc123\"}}");
		CreateThreadAndRunRequest read = assertLossless(json, CreateThreadAndRunRequest.class);
		assertThat(read).isEqualTo(request);
		assertThat(read.tools()).first().isInstanceOf(AssistantToolsCode.class);
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createThreadAndRunRequestOmitsAbsentMembers() {
		assertThat(JACKSON3.writeValueAsString(CreateThreadAndRunRequest.builder().assistantId("asst_1").build()))
			.isEqualTo("{\"assistant_id\":\"asst_1\"}");
	}

	@Test
	void createThreadAndRunRequestRequiresAssistant() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateThreadAndRunRequest.builder()
				.thread(CreateThreadRequest.builder().messages(CreateMessageRequest.of("user", "Hi")).build())
				.build())
			.withMessage("Invalid value for 'assistant_id': is required and must not be blank (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("assistant_id"));
	}

	@Test
	void createThreadAndRunRequestAllowsAtMostTwentyTools() {
		List<AssistantTool> twenty = new ArrayList<>(Collections.nCopies(20, AssistantToolsCode.of()));
		assertThat(CreateThreadAndRunRequest.builder().assistantId("asst_1").tools(twenty).build().tools())
			.hasSize(20);
		List<AssistantTool> twentyOne = new ArrayList<>(twenty);
		twentyOne.add(AssistantToolsRetrieval.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateThreadAndRunRequest.builder().assistantId("asst_1").tools(twentyOne).build())
			.withMessageStartingWith("Invalid value for 'tools': must have at most 20 elements");
	}

	@Test
	void createThreadAndRunRequestChecksTheThread() {
		CreateMessageRequest tooLong = new CreateMessageRequest(CreateMessageRequest.Role.USER,
				Content.of("x".repeat(32769)), null, null, null, Map.of());
		CreateThreadRequest unchecked = new CreateThreadRequest(List.of(tooLong), null, null, Map.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateThreadAndRunRequest.builder().assistantId("asst_1").thread(unchecked).build())
			.withMessageStartingWith(
					"Invalid value for 'thread.messages[0].content': must be at most 32768 characters");
	}

	@Test
	void createThreadAndRunRequestChecksMetadata() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateThreadAndRunRequest.builder().assistantId("asst_1").metadata(tooManyKeys()).build())
			.withMessageStartingWith("Invalid value for 'metadata': must have at most 16 keys");
	}

	// Support

	private static MessageContentImageFileObject imageFile(String fileId) {
		return MessageContentImageFileObject.builder()
			.imageFile(MessageContentImageFileObject.ImageFile.builder().fileId(fileId).build())
			.build();
	}

	private static Map<String, String> metadata(String... keysAndValues) {
		Map<String, String> metadata = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			metadata.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return metadata;
	}

	private static Map<String, String> tooManyKeys() {
		Map<String, String> metadata = new HashMap<>();
		for (int i = 0; i < 17; i++) {
			metadata.put("k" + i, "v");
		}
		return metadata;
	}

}
