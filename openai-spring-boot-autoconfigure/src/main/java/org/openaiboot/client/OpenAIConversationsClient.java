package org.openaiboot.client;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.conversations.ConversationItemList;
import org.openaiboot.models.conversations.ConversationResource;
import org.openaiboot.models.conversations.CreateConversationBody;
import org.openaiboot.models.conversations.DeletedConversationResource;
import org.openaiboot.models.conversations.UpdateConversationBody;
import org.openaiboot.models.responses.ConversationItem;
import org.openaiboot.models.responses.IncludeEnum;
import org.openaiboot.models.responses.InputItem;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The conversations API: a conversation keeps the items of an exchange with the
 * Responses API on the server, so that each response can carry on from it; this client
 * creates, reads, tags and deletes conversations, and adds, lists, reads and removes their
 * items.
 * <pre class="code">
 * ConversationResource conversation = conversations.createConversation(CreateConversationBody.builder()
 *     .metadata(Map.of("topic", "demo"))
 *     .build());
 * conversations.listConversationItems(conversation.id(), ItemListParams.DEFAULTS)
 *     .autoPaging()
 *     .forEach(System.out::println);
 * </pre>
 * The operations that read items take the extra data to include in them: the list in its
 * {@link ItemListParams}, the others as their last arguments, none at all
 * for the API's default.
 */
public class OpenAIConversationsClient implements OpenAIResourceClient {

	private static final String CONVERSATIONS = "/conversations";

	private static final String CONVERSATION = "/conversations/{conversation_id}";

	private static final String ITEMS = CONVERSATION + "/items";

	private static final String ITEM = ITEMS + "/{item_id}";

	private static final String CONVERSATION_ID = "conversation_id";

	private static final String ITEM_ID = "item_id";

	private static final int MAX_ITEMS = 20;

	private final OpenAITransport transport;

	public OpenAIConversationsClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Start a conversation, empty or with up to 20 first items, and with metadata if
	 * given. {@code CreateConversationBody.builder().build()} starts an empty one.
	 * @param body the metadata and first items
	 * @return the new conversation
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public ConversationResource createConversation(CreateConversationBody body) {
		Assert.notNull(body, "body must not be null");
		return this.transport.execute(ApiCall.of("createConversation", HttpMethod.POST, CONVERSATIONS).body(body),
				ConversationResource.class);
	}

	/**
	 * Look up a conversation.
	 * @param conversationId the conversation's id
	 * @return the conversation
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws NotFoundException when there is no such conversation
	 */
	public ConversationResource getConversation(String conversationId) {
		return this.transport.execute(conversation("getConversation", HttpMethod.GET, CONVERSATION, conversationId),
				ConversationResource.class);
	}

	/**
	 * Replace the metadata of a conversation; its items stay as they are.
	 * @param conversationId the conversation's id
	 * @param body the new metadata
	 * @return the updated conversation
	 * @throws NotFoundException when there is no such conversation
	 */
	public ConversationResource updateConversation(String conversationId, UpdateConversationBody body) {
		Assert.notNull(body, "body must not be null");
		return this.transport.execute(
				conversation("updateConversation", HttpMethod.POST, CONVERSATION, conversationId).body(body),
				ConversationResource.class);
	}

	/**
	 * Delete a conversation. The API keeps its items: they can still be used by the
	 * responses that refer to them.
	 * @param conversationId the conversation's id
	 * @return the confirmation
	 * @throws NotFoundException when there is no such conversation
	 */
	public DeletedConversationResource deleteConversation(String conversationId) {
		return this.transport.execute(
				conversation("deleteConversation", HttpMethod.DELETE, CONVERSATION, conversationId),
				DeletedConversationResource.class);
	}

	/**
	 * Add items at the end of a conversation, 1 to 20 at a time, sent as
	 * {@code {"items": [...]}}.
	 * <pre class="code">
	 * conversations.createConversationItems(conversationId, List.of(EasyInputMessage.of("user", "Hello!")));
	 * </pre>
	 * @param conversationId the conversation's id
	 * @param items the items to add, in order
	 * @param include extra data to include in the items sent back, none for the API's
	 * default
	 * @return the added items, as stored, in one list that is not paged
	 * @throws org.openaiboot.models.common.ValidationException if {@code items} is null,
	 * empty or longer than 20, before anything is sent
	 * @throws NotFoundException when there is no such conversation
	 */
	public ConversationItemList createConversationItems(String conversationId, List<? extends InputItem> items,
			IncludeEnum... include) {
		Validate.sizeBetween(Validate.required(items, "items"), "items", 1, MAX_ITEMS);
		ApiCall call = conversation("createConversationItems", HttpMethod.POST, ITEMS, conversationId)
			.body(Map.of("items", items));
		return this.transport.execute(include(call, Arrays.asList(include)), ConversationItemList.class);
	}

	/**
	 * List the items of a conversation, one page at a time; {@link Page#autoPaging()}
	 * walks them all.
	 * @param conversationId the conversation's id
	 * @param params the page size, order, cursor and extra data, such as
	 * {@link ItemListParams#DEFAULTS}
	 * @return the page
	 * @throws NotFoundException when there is no such conversation
	 */
	public Page<ConversationItem> listConversationItems(String conversationId, ItemListParams params) {
		Assert.notNull(params, "params must not be null");
		ConversationItemList response = this.transport.execute(
				params.applyTo(conversation("listConversationItems", HttpMethod.GET, ITEMS, conversationId)),
				ConversationItemList.class);
		return Page.of(response, response.data(), response.hasMore(), response.firstId(), response.lastId(),
				(after) -> listConversationItems(conversationId, params.withAfter(after)));
	}

	/**
	 * Look up one item of a conversation.
	 * @param conversationId the conversation's id
	 * @param itemId the item's id
	 * @param include extra data to include in the item, none for the API's default
	 * @return the item, typed by its {@code type}
	 * @throws NotFoundException when there is no such conversation or item
	 */
	public ConversationItem getConversationItem(String conversationId, String itemId, IncludeEnum... include) {
		ApiCall call = conversation("getConversationItem", HttpMethod.GET, ITEM, conversationId)
			.pathVariable(ITEM_ID, itemId);
		return this.transport.execute(include(call, Arrays.asList(include)), ConversationItem.class);
	}

	/**
	 * Remove an item from a conversation.
	 * @param conversationId the conversation's id
	 * @param itemId the item's id
	 * @return the conversation, without the item
	 * @throws NotFoundException when there is no such conversation or item
	 */
	public ConversationResource deleteConversationItem(String conversationId, String itemId) {
		return this.transport.execute(
				conversation("deleteConversationItem", HttpMethod.DELETE, ITEM, conversationId).pathVariable(ITEM_ID,
						itemId),
				ConversationResource.class);
	}

	@Override
	public String resourceName() {
		return "conversations";
	}

	private static ApiCall conversation(String operation, HttpMethod method, String path, String conversationId) {
		return ApiCall.of(operation, method, path).pathVariable(CONVERSATION_ID, conversationId);
	}

	/**
	 * Add one {@code include} query parameter per value, as the API reads an array.
	 */
	static ApiCall include(ApiCall call, List<IncludeEnum> include) {
		include.forEach((value) -> call.query("include", value));
		return call;
	}

}
