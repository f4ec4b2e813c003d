package org.openaiboot.client;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.conversations.ConversationItemList;
import org.openaiboot.models.conversations.ConversationResource;
import org.openaiboot.models.conversations.CreateConversationBody;
import org.openaiboot.models.conversations.DeletedConversationResource;
import org.openaiboot.models.conversations.UpdateConversationBody;
import org.openaiboot.models.responses.ConversationItem;
import org.openaiboot.models.responses.EasyInputMessage;
import org.openaiboot.models.responses.IncludeEnum;
import org.openaiboot.models.responses.InputItem;
import org.openaiboot.models.responses.InputTextContent;
import org.openaiboot.models.responses.Message;
import org.openaiboot.models.responses.MessageRole;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIConversationsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	// the documented responses of the spec's examples

	static final String CONVERSATION = """
			{
			  "id": "conv_123",
			  "object": "conversation",
			  "created_at": 1741900000,
			  "metadata": {"topic": "demo"}
			}
			""";

	static final String UPDATED = """
			{
			  "id": "conv_123",
			  "object": "conversation",
			  "created_at": 1741900000,
			  "metadata": {"topic": "project-x"}
			}
			""";

	static final String DELETED = """
			{
			  "id": "conv_123",
			  "object": "conversation.deleted",
			  "deleted": true
			}
			""";

	static final String CREATED_ITEMS = """
			{
			  "object": "list",
			  "data": [
			    {"type": "message", "id": "msg_abc", "status": "completed", "role": "user",
			     "content": [{"type": "input_text", "text": "Hello!"}]},
			    {"type": "message", "id": "msg_def", "status": "completed", "role": "user",
			     "content": [{"type": "input_text", "text": "How are you?"}]}
			  ],
			  "first_id": "msg_abc",
			  "last_id": "msg_def",
			  "has_more": false
			}
			""";

	static final String LISTED_ITEMS = """
			{
			  "object": "list",
			  "data": [
			    {"type": "message", "id": "msg_abc", "status": "completed", "role": "user",
			     "content": [{"type": "input_text", "text": "Hello!"}]}
			  ],
			  "first_id": "msg_abc",
			  "last_id": "msg_abc",
			  "has_more": false
			}
			""";

	static final String ITEM = """
			{
			  "type": "message",
			  "id": "msg_abc",
			  "status": "completed",
			  "role": "user",
			  "content": [
			    {"type": "input_text", "text": "Hello!"}
			  ]
			}
			""";

	static final String NOT_FOUND = """
			{"error":{"message":"Conversation with id 'conv_nope' not found.","type":"invalid_request_error",
			 "param":null,"code":null}}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAIConversationsClient client = this.recording.builder(server.baseUrl())
		.build(OpenAIConversationsClient::new);

	@Test
	void createConversationPostsMetadataAndItems() {
		server.stubFor(post("/v1/conversations").willReturn(okJson(CONVERSATION)));
		ConversationResource conversation = this.client.createConversation(CreateConversationBody.builder()
			.metadata(Map.of("topic", "demo"))
			.items(EasyInputMessage.of("user", "Hello!"))
			.build());
		server.verify(postRequestedFor(urlEqualTo("/v1/conversations"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withRequestBody(equalToJson("""
					{"metadata": {"topic": "demo"},
					 "items": [{"type": "message", "role": "user", "content": "Hello!"}]}
					""")));
		assertDemo(conversation);
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createConversation")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createEmptyConversationPostsEmptyObject() {
		server.stubFor(post("/v1/conversations").willReturn(okJson(CONVERSATION)));
		this.client.createConversation(CreateConversationBody.builder().build());
		server.verify(postRequestedFor(urlEqualTo("/v1/conversations")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void getConversation() {
		server.stubFor(get("/v1/conversations/conv_123").willReturn(okJson(CONVERSATION)));
		assertDemo(this.client.getConversation("conv_123"));
		server.verify(getRequestedFor(urlEqualTo("/v1/conversations/conv_123")).withRequestBody(absent()));
	}

	@Test
	void updateConversationPostsMetadata() {
		server.stubFor(post("/v1/conversations/conv_123").willReturn(okJson(UPDATED)));
		ConversationResource updated = this.client.updateConversation("conv_123",
				UpdateConversationBody.builder().metadata(Map.of("topic", "project-x")).build());
		server.verify(postRequestedFor(urlEqualTo("/v1/conversations/conv_123"))
			.withRequestBody(equalToJson("{\"metadata\": {\"topic\": \"project-x\"}}")));
		assertThat(updated.id()).isEqualTo("conv_123");
		assertThat(updated.metadata()).isEqualTo(Map.of("topic", "project-x"));
	}

	@Test
	void deleteConversation() {
		server.stubFor(delete("/v1/conversations/conv_123").willReturn(okJson(DELETED)));
		DeletedConversationResource deleted = this.client.deleteConversation("conv_123");
		server.verify(deleteRequestedFor(urlEqualTo("/v1/conversations/conv_123")));
		assertThat(deleted.id()).isEqualTo("conv_123");
		assertThat(deleted.object()).isEqualTo(DeletedConversationResource.OBJECT);
		assertThat(deleted.deleted()).isTrue();
	}

	@Test
	void createConversationItemsPostsItemsAndIncludes() {
		server.stubFor(post(urlPathEqualTo("/v1/conversations/conv_123/items")).willReturn(okJson(CREATED_ITEMS)));
		ConversationItemList created = this.client.createConversationItems("conv_123",
				List.of(userText("Hello!"), userText("How are you?")), IncludeEnum.MESSAGE_INPUT_IMAGE_IMAGE_URL);
		server.verify(postRequestedFor(
				urlEqualTo("/v1/conversations/conv_123/items?include=message.input_image.image_url"))
			.withRequestBody(equalToJson("""
					{"items": [
					  {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hello!"}]},
					  {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "How are you?"}]}
					]}
					""")));
		assertThat(created.object()).isEqualTo(ConversationItemList.OBJECT);
		assertThat(created.data()).map(this::text).containsExactly("Hello!", "How are you?");
		assertThat(created.firstId()).isEqualTo("msg_abc");
		assertThat(created.lastId()).isEqualTo("msg_def");
		assertThat(created.hasMore()).isFalse();
	}

	@Test
	void createConversationItemsWithoutIncludeSendsNoQuery() {
		server.stubFor(post(urlPathEqualTo("/v1/conversations/conv_123/items")).willReturn(okJson(CREATED_ITEMS)));
		this.client.createConversationItems("conv_123", List.of(userText("Hello!")));
		server.verify(postRequestedFor(urlEqualTo("/v1/conversations/conv_123/items")));
	}

	@Test
	void createConversationItemsChecksTheirNumberBeforeSending() {
		List<InputItem> tooMany = Collections.nCopies(21, userText("Hi"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.createConversationItems("conv_123", List.of()))
			.withMessageContaining("items")
			.withMessageContaining("between 1 and 20");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.createConversationItems("conv_123", tooMany))
			.withMessageContaining("items")
			.withMessageContaining("between 1 and 20");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.createConversationItems("conv_123", null))
			.withMessageContaining("items");
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void createConversationItemsAcceptsTwenty() {
		server.stubFor(post(urlPathEqualTo("/v1/conversations/conv_123/items")).willReturn(okJson(CREATED_ITEMS)));
		this.client.createConversationItems("conv_123", Collections.nCopies(20, userText("Hi")));
		server.verify(1, postRequestedFor(urlEqualTo("/v1/conversations/conv_123/items")));
	}

	@Test
	void listConversationItems() {
		server.stubFor(get(urlPathEqualTo("/v1/conversations/conv_123/items")).willReturn(okJson(LISTED_ITEMS)));
		Page<ConversationItem> page = this.client.listConversationItems("conv_123",
				ItemListParams.DEFAULTS.withLimit(10));
		server.verify(getRequestedFor(urlEqualTo("/v1/conversations/conv_123/items?limit=10")));
		assertThat(page.data()).map(this::text).containsExactly("Hello!");
		assertThat(page.firstId()).isEqualTo("msg_abc");
		assertThat(page.lastId()).isEqualTo("msg_abc");
		assertThat(page.hasMore()).isFalse();
		assertThat(page.nextPage()).isNull();
		assertThat(page.response(ConversationItemList.class).object()).isEqualTo("list");
	}

	@Test
	void listConversationItemsSendsEveryParameter() {
		server.stubFor(get(urlPathEqualTo("/v1/conversations/conv_123/items")).willReturn(okJson(LISTED_ITEMS)));
		this.client.listConversationItems("conv_123",
				ItemListParams.DEFAULTS.withLimit(5)
					.withOrder(ListOrder.ASC)
					.withAfter("msg_000")
					.withInclude(IncludeEnum.MESSAGE_OUTPUT_TEXT_LOGPROBS, IncludeEnum.REASONING_ENCRYPTED_CONTENT));
		server.verify(getRequestedFor(urlEqualTo("/v1/conversations/conv_123/items?limit=5&order=asc&after=msg_000"
				+ "&include=message.output_text.logprobs&include=reasoning.encrypted_content")));
	}

	@Test
	void listConversationItemsAutoPagingFollowsTheCursorKeepingTheParameters() {
		String path = "/v1/conversations/conv_123/items";
		server.stubFor(get(urlEqualTo(path + "?limit=2&include=message.output_text.logprobs"))
			.willReturn(okJson(page("msg_1", "msg_2", true))));
		server.stubFor(get(urlEqualTo(path + "?limit=2&after=msg_2&include=message.output_text.logprobs"))
			.willReturn(okJson(page("msg_3", "msg_4", false))));
		Page<ConversationItem> first = this.client.listConversationItems("conv_123",
				ItemListParams.DEFAULTS.withLimit(2).withInclude(IncludeEnum.MESSAGE_OUTPUT_TEXT_LOGPROBS));
		assertThat(first.autoPaging().map((item) -> ((Message) item).id())).containsExactly("msg_1", "msg_2",
				"msg_3", "msg_4");
		server.verify(2, getRequestedFor(urlPathEqualTo(path)));
	}

	@Test
	void listParamsCheckTheLimit() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ItemListParams.DEFAULTS.withLimit(101))
			.withMessageContaining("limit");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> new ItemListParams(null, null, null, null))
			.withMessageContaining("include");
	}

	@Test
	void getConversationItemReadsItsType() {
		server.stubFor(get(urlPathEqualTo("/v1/conversations/conv_123/items/msg_abc")).willReturn(okJson(ITEM)));
		ConversationItem item = this.client.getConversationItem("conv_123", "msg_abc",
				IncludeEnum.MESSAGE_OUTPUT_TEXT_LOGPROBS);
		server.verify(getRequestedFor(
				urlEqualTo("/v1/conversations/conv_123/items/msg_abc?include=message.output_text.logprobs")));
		assertThat(item).isInstanceOfSatisfying(Message.class, (message) -> {
			assertThat(message.id()).isEqualTo("msg_abc");
			assertThat(message.role()).isEqualTo(MessageRole.USER);
			assertThat(message.status().value()).isEqualTo("completed");
		});
		assertThat(text(item)).isEqualTo("Hello!");
	}

	@Test
	void deleteConversationItemAnswersWithTheConversation() {
		server.stubFor(delete("/v1/conversations/conv_123/items/msg_abc").willReturn(okJson(CONVERSATION)));
		ConversationResource conversation = this.client.deleteConversationItem("conv_123", "msg_abc");
		server.verify(deleteRequestedFor(urlEqualTo("/v1/conversations/conv_123/items/msg_abc")));
		assertDemo(conversation);
	}

	@Test
	void missingConversationThrowsNotFound() {
		server.stubFor(get("/v1/conversations/conv_nope").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-404")
			.withBody(NOT_FOUND)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.getConversation("conv_nope"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getErrorMessage()).isEqualTo("Conversation with id 'conv_nope' not found.");
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "getConversation")
			.tag("outcome", "CLIENT_ERROR")
			.tag("exception", "NotFoundException")
			.timer()
			.count()).isEqualTo(1);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", ".." })
	void badIdsAreRejectedWithoutRequest(String id) {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.client.getConversation(id));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.client.deleteConversation(id));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.listConversationItems(id, ItemListParams.DEFAULTS));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.getConversationItem("conv_123", id));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.deleteConversationItem("conv_123", id));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

	private static InputItem userText(String text) {
		return EasyInputMessage.builder().role("user").content(InputTextContent.of(text)).build();
	}

	private static String page(String firstId, String lastId, boolean hasMore) {
		return """
				{"object": "list", "data": [%s, %s], "first_id": "%s", "last_id": "%s", "has_more": %s}
				""".formatted(ITEM.replace("msg_abc", firstId), ITEM.replace("msg_abc", lastId), firstId, lastId,
				hasMore);
	}

	private String text(ConversationItem item) {
		Message message = (Message) item;
		return ((InputTextContent) message.content().get(0)).text();
	}

	private static void assertDemo(ConversationResource conversation) {
		assertThat(conversation.id()).isEqualTo("conv_123");
		assertThat(conversation.object()).isEqualTo(ConversationResource.OBJECT);
		assertThat(conversation.createdAt()).isEqualTo(1741900000L);
		assertThat(conversation.metadata()).isEqualTo(Map.of("topic", "demo"));
	}

}
