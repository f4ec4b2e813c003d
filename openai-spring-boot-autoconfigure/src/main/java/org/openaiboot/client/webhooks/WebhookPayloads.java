package org.openaiboot.client.webhooks;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.InvalidWebhookException;
import org.openaiboot.client.error.InvalidWebhookException.Reason;
import org.openaiboot.models.webhooks.WebhookBatchCancelled;
import org.openaiboot.models.webhooks.WebhookBatchCompleted;
import org.openaiboot.models.webhooks.WebhookBatchExpired;
import org.openaiboot.models.webhooks.WebhookBatchFailed;
import org.openaiboot.models.webhooks.WebhookEvalRunCanceled;
import org.openaiboot.models.webhooks.WebhookEvalRunFailed;
import org.openaiboot.models.webhooks.WebhookEvalRunSucceeded;
import org.openaiboot.models.webhooks.WebhookFineTuningJobCancelled;
import org.openaiboot.models.webhooks.WebhookFineTuningJobFailed;
import org.openaiboot.models.webhooks.WebhookFineTuningJobSucceeded;
import org.openaiboot.models.webhooks.WebhookLiveCallIncoming;
import org.openaiboot.models.webhooks.WebhookRealtimeCallIncoming;
import org.openaiboot.models.webhooks.WebhookResponseCancelled;
import org.openaiboot.models.webhooks.WebhookResponseCompleted;
import org.openaiboot.models.webhooks.WebhookResponseFailed;
import org.openaiboot.models.webhooks.WebhookResponseIncomplete;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.StringUtils;

/**
 * Reads a webhook body as the record its {@code type} member names. The models have no
 * union of the webhook types, so the table of types is kept here.
 */
final class WebhookPayloads {

	private static final Map<String, Class<?>> TYPES = Map.<String, Class<?>>ofEntries(
			Map.entry(WebhookBatchCancelled.TYPE, WebhookBatchCancelled.class),
			Map.entry(WebhookBatchCompleted.TYPE, WebhookBatchCompleted.class),
			Map.entry(WebhookBatchExpired.TYPE, WebhookBatchExpired.class),
			Map.entry(WebhookBatchFailed.TYPE, WebhookBatchFailed.class),
			Map.entry(WebhookEvalRunCanceled.TYPE, WebhookEvalRunCanceled.class),
			Map.entry(WebhookEvalRunFailed.TYPE, WebhookEvalRunFailed.class),
			Map.entry(WebhookEvalRunSucceeded.TYPE, WebhookEvalRunSucceeded.class),
			Map.entry(WebhookFineTuningJobCancelled.TYPE, WebhookFineTuningJobCancelled.class),
			Map.entry(WebhookFineTuningJobFailed.TYPE, WebhookFineTuningJobFailed.class),
			Map.entry(WebhookFineTuningJobSucceeded.TYPE, WebhookFineTuningJobSucceeded.class),
			Map.entry(WebhookLiveCallIncoming.TYPE, WebhookLiveCallIncoming.class),
			Map.entry(WebhookRealtimeCallIncoming.TYPE, WebhookRealtimeCallIncoming.class),
			Map.entry(WebhookResponseCancelled.TYPE, WebhookResponseCancelled.class),
			Map.entry(WebhookResponseCompleted.TYPE, WebhookResponseCompleted.class),
			Map.entry(WebhookResponseFailed.TYPE, WebhookResponseFailed.class),
			Map.entry(WebhookResponseIncomplete.TYPE, WebhookResponseIncomplete.class));

	private static final TypeReference<Map<String, @Nullable Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final JsonMapper jsonMapper;

	WebhookPayloads(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The record class of each webhook type this version knows, by {@code type}.
	 * @return the classes by type
	 */
	static Map<String, Class<?>> types() {
		return TYPES;
	}

	/**
	 * Read a delivery's body.
	 * @param webhookId the delivery's id
	 * @param timestamp the delivery's timestamp
	 * @param body the body
	 * @return the delivery
	 * @throws InvalidWebhookException if the body is not a JSON object with a
	 * {@code type}, or does not fit the record of its type
	 */
	WebhookDelivery read(String webhookId, Instant timestamp, byte[] body) {
		try {
			JsonNode tree = this.jsonMapper.readTree(body);
			if (tree == null || !tree.isObject()) {
				throw unreadable("the body is not a JSON object", null);
			}
			JsonNode type = tree.get("type");
			if (type == null || !type.isString() || type.asString().isBlank()) {
				throw unreadable("the body has no 'type' member", null);
			}
			Class<?> recordType = TYPES.get(type.asString());
			Object payload = (recordType != null) ? this.jsonMapper.treeToValue(tree, recordType)
					: new UnrecognizedWebhook(type.asString(), this.jsonMapper.convertValue(tree, JSON_OBJECT));
			return new WebhookDelivery(webhookId, timestamp, type.asString(), payload);
		}
		catch (JacksonException ex) {
			throw unreadable(StringUtils.truncate(ex.getOriginalMessage(), 200), ex);
		}
	}

	private static InvalidWebhookException unreadable(String problem, @Nullable Throwable cause) {
		return new InvalidWebhookException(Reason.UNREADABLE_PAYLOAD, "The webhook body cannot be read: " + problem,
				cause);
	}

}
