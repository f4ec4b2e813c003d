package org.openaiboot.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.models.chat.ChatCompletionMessageList;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.common.ListOrder;
import org.openaiboot.models.common.ValidationException;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The stored chat completions through {@link OpenAIChatClient}: listed with their filters
 * and walked page by page, fetched, their metadata replaced (checked before it is sent),
 * deleted, and their messages listed.
 */
@Timeout(30)
class OpenAIChatClientStoredCompletionsTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String COMPLETION = """
			{"id":"chatcmpl-%s","object":"chat.completion","created":1741476542,"model":"gpt-4o",
			 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi","refusal":null},
			  "finish_reason":"stop","logprobs":null}],"metadata":{"team":"support"}}""";

	private final OpenAIChatClient client = new RecordingTransport().builder(server.baseUrl())
		.build(OpenAIChatClient::new);

	@Test
	void listChatCompletionsSendsTheFiltersAndWalksEveryPage() {
		server.stubFor(get(urlEqualTo("/v1/chat/completions?model=gpt-4o&metadata%5Bteam%5D=support&limit=1"))
			.willReturn(okJson("""
					{"object":"list","data":[%s],"first_id":"chatcmpl-1","last_id":"chatcmpl-1","has_more":true}"""
				.formatted(COMPLETION.formatted("1")))));
		server.stubFor(get(urlEqualTo(
				"/v1/chat/completions?model=gpt-4o&metadata%5Bteam%5D=support&limit=1&after=chatcmpl-1"))
			.willReturn(okJson("""
					{"object":"list","data":[%s],"first_id":"chatcmpl-2","last_id":"chatcmpl-2","has_more":false}"""
				.formatted(COMPLETION.formatted("2")))));
		Page<CreateChatCompletionResponse> page = this.client.listChatCompletions(
				ChatCompletionListParams.DEFAULTS.withModel("gpt-4o").withMetadata(Map.of("team", "support")).withLimit(1));
		assertThat(page.autoPaging()).extracting(CreateChatCompletionResponse::id)
			.containsExactly("chatcmpl-1", "chatcmpl-2");
	}

	@Test
	void getUpdateAndDeleteAStoredCompletion() {
		server.stubFor(get("/v1/chat/completions/chatcmpl-1").willReturn(okJson(COMPLETION.formatted("1"))));
		server.stubFor(post("/v1/chat/completions/chatcmpl-1").willReturn(okJson(COMPLETION.formatted("1"))));
		server.stubFor(delete("/v1/chat/completions/chatcmpl-1").willReturn(
				okJson("{\"object\":\"chat.completion.deleted\",\"id\":\"chatcmpl-1\",\"deleted\":true}")));
		assertThat(this.client.getChatCompletion("chatcmpl-1").choices().get(0).message().content()).isEqualTo("Hi");
		this.client.updateChatCompletion("chatcmpl-1", Map.of("team", "billing"));
		server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions/chatcmpl-1"))
			.withRequestBody(equalToJson("{\"metadata\":{\"team\":\"billing\"}}")));
		assertThat(this.client.deleteChatCompletion("chatcmpl-1").deleted()).isTrue();
	}

	@Test
	void metadataBreakingTheRulesIsRefusedBeforeAnythingIsSent() {
		Map<String, String> tooMany = new HashMap<>();
		for (int i = 0; i < 17; i++) {
			tooMany.put("key" + i, "value");
		}
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.client.updateChatCompletion("chatcmpl-1", tooMany))
			.withMessageContaining("'metadata'")
			.withMessageContaining("at most 16 keys");
		server.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void getChatCompletionMessagesListsThemAndRefusesABeforeCursor() {
		server.stubFor(get(urlEqualTo("/v1/chat/completions/chatcmpl-1/messages?order=asc")).willReturn(okJson("""
				{"object":"list","data":[{"id":"chatcmpl-1-0","role":"user","content":"Hello","refusal":null}],
				 "first_id":"chatcmpl-1-0","last_id":"chatcmpl-1-0","has_more":false}""")));
		List<ChatCompletionMessageList.DataItem> messages = this.client
			.getChatCompletionMessages("chatcmpl-1", ListParams.DEFAULTS.withOrder(ListOrder.ASC))
			.data();
		assertThat(messages).extracting(ChatCompletionMessageList.DataItem::content).containsExactly("Hello");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.getChatCompletionMessages("chatcmpl-1",
					ListParams.DEFAULTS.withBefore("chatcmpl-1-9")))
			.withMessage("params.before must be null: getChatCompletionMessages has no before cursor, "
					+ "but was 'chatcmpl-1-9'");
		server.verify(1, getRequestedFor(anyUrl()));
	}

}
