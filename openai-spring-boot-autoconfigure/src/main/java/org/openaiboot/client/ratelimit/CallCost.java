package org.openaiboot.client.ratelimit;

import java.util.Set;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.ClassUtils;

/**
 * Estimates the tokens a call will count against the budget before it is sent, as the
 * API does: the tokens of the prompt's text, counted with JTokkit in the model's
 * encoding (o200k_base for the gpt-4o, gpt-4.1, gpt-5 and o-series families, cl100k_base
 * for the others), plus the most the answer may write ({@code max_output_tokens},
 * {@code max_completion_tokens} or {@code max_tokens}, or a default). Without JTokkit on
 * the class path, a token is taken for every four characters.
 */
final class CallCost {

	private static final boolean JTOKKIT_PRESENT = ClassUtils.isPresent("com.knuddels.jtokkit.Encodings",
			CallCost.class.getClassLoader());

	private static final Set<String> OUTPUT_LIMITS = Set.of("max_output_tokens", "max_completion_tokens",
			"max_tokens");

	// members whose text is not read as prompt tokens
	private static final Set<String> NOT_PROMPT = Set.of("model", "image_url", "file_data", "file_id", "url",
			"previous_response_id", "conversation", "user", "safety_identifier", "prompt_cache_key", "service_tier");

	private static final String[] O200K_PREFIXES = { "gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "gpt-oss",
			"o1", "o3", "o4", "codex" };

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final long defaultOutputTokens;

	private final @Nullable Tokenizer tokenizer;

	CallCost(long defaultOutputTokens) {
		this.defaultOutputTokens = defaultOutputTokens;
		this.tokenizer = JTOKKIT_PRESENT ? new Tokenizer() : null;
	}

	/**
	 * The tokens a call is estimated to need.
	 * @param model the model it asks for
	 * @param json its body, {@code null} when it sends no JSON
	 * @return the estimate
	 */
	long tokens(String model, byte @Nullable [] json) {
		if (json == null) {
			return this.defaultOutputTokens;
		}
		JsonNode body;
		try {
			body = this.jsonMapper.readTree(json);
		}
		catch (JacksonException ex) {
			return this.defaultOutputTokens + json.length / 4;
		}
		StringBuilder prompt = new StringBuilder();
		collectText(body, prompt);
		return promptTokens(model, prompt.toString()) + outputTokens(body);
	}

	private long outputTokens(JsonNode body) {
		for (String name : OUTPUT_LIMITS) {
			JsonNode limit = body.get(name);
			if (limit != null && limit.canConvertToLong()) {
				return limit.asLong();
			}
		}
		return this.defaultOutputTokens;
	}

	long promptTokens(String model, String text) {
		if (text.isEmpty()) {
			return 0;
		}
		return (this.tokenizer != null) ? this.tokenizer.count(model, text) : (text.length() + 3) / 4;
	}

	private static void collectText(JsonNode node, StringBuilder text) {
		if (node.isString()) {
			String value = node.asString();
			if (!value.isEmpty() && !value.startsWith("data:")) {
				text.append(value).append('\n');
			}
		}
		else if (node.isArray()) {
			node.values().forEach((element) -> collectText(element, text));
		}
		else if (node.isObject()) {
			node.properties().forEach((member) -> {
				if (!NOT_PROMPT.contains(member.getKey())) {
					collectText(member.getValue(), text);
				}
			});
		}
	}

	static String encodingOf(String model) {
		for (String prefix : O200K_PREFIXES) {
			if (model.startsWith(prefix)) {
				return "o200k_base";
			}
		}
		return "cl100k_base";
	}

	/**
	 * JTokkit, apart so that its classes are loaded only when it is present.
	 */
	private static final class Tokenizer {

		private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();

		long count(String model, String text) {
			return this.registry.getEncoding(encodingOf(model))
				.map((encoding) -> (long) encoding.countTokensOrdinary(text))
				.orElseGet(() -> (text.length() + 3) / 4L);
		}

	}

}
