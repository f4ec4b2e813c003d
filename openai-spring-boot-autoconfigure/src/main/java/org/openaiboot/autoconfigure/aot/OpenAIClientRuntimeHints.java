package org.openaiboot.autoconfigure.aot;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.BatchRequest;
import org.openaiboot.client.BatchResult;
import org.openaiboot.client.ToolLoop;
import org.openaiboot.client.webhooks.UnrecognizedWebhook;
import org.openaiboot.client.webhooks.WebhookDelivery;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Registers what the clients themselves need in a native image: the
 * {@code version.properties} resource the {@code User-Agent} and the info endpoint read,
 * the Apache HttpClient classes whose presence picks the HTTP engine, and binding
 * reflection for the client's own records an application may hand to Jackson (a batch's
 * requests and results, a webhook delivery, the result of a tool loop).
 * <p>
 * The records of an application's structured outputs and tool arguments cannot be known
 * here: the application registers them, with {@code @RegisterReflectionForBinding} for
 * example.
 */
final class OpenAIClientRuntimeHints implements RuntimeHintsRegistrar {

	static final String VERSION_RESOURCE = "org/openaiboot/client/version.properties";

	// the Lua script of RedisRateLimitStore
	static final String BUDGET_SCRIPT_RESOURCE = "org/openaiboot/client/ratelimit/budget.lua";

	// looked up with ClassUtils.isPresent by DefaultRequestFactory and OpenAITransportFactory, and by
	// CallCost for the tokenizer
	static final String[] OPTIONAL_CLASSES = { "org.apache.hc.client5.http.impl.classic.HttpClients",
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", "com.knuddels.jtokkit.Encodings" };

	static final Class<?>[] BOUND_CLIENT_TYPES = { BatchRequest.class, BatchResult.class, WebhookDelivery.class,
			UnrecognizedWebhook.class, ToolLoop.Result.class };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(VERSION_RESOURCE);
		hints.resources().registerPattern(BUDGET_SCRIPT_RESOURCE);
		for (String className : OPTIONAL_CLASSES) {
			hints.reflection().registerTypeIfPresent(classLoader, className);
		}
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), BOUND_CLIENT_TYPES);
	}

}
