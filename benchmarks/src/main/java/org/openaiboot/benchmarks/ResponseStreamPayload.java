package org.openaiboot.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The canned Responses stream: one assistant message of {@link #TEXT_DELTAS} text deltas,
 * framed by the events the API writes around them, {@link #EVENTS} in all, each as
 * {@code event:} and {@code data:} lines with the members in the API's order. It has no
 * {@code [DONE]}: the stream ends after {@code response.completed}, which carries the
 * usage.
 */
final class ResponseStreamPayload {

	/** Events of the stream. */
	static final int EVENTS = 500;

	/** The {@code response.output_text.delta} events: all but the four before and the four after them. */
	static final int TEXT_DELTAS = EVENTS - 8;

	/** The terminal event, the last of the stream. */
	static final String LAST_EVENT = "response.completed";

	private static final String RESPONSE_ID = "resp_68af4030592c81938ec0a5fbab4a3e9f05438e46b5f69a3b";

	private static final String ITEM_ID = "msg_68af40337e2c8193a3b1f7c3d6e4a59b05438e46b5f69a3b";

	private static final String[] WORDS = { " A", " kept-alive", " connection", " carries", " the", " next",
			" request", " without", " a", " new", " TCP", " handshake", " or", " TLS", " set-up", ",", " so", " a",
			" client", " that", " pools", " its", " connections", " saves", " a", " round", " trip", " on", " every",
			" call", "." };

	private static final String[] OBFUSCATION = { "Qx3m0bZ", "k9", "T1aPq", "vF", "8sLd2", "mW0", "rYc7Hn", "zE" };

	private ResponseStreamPayload() {
	}

	/** The events, each as its full SSE text {@code event: ...\ndata: ...\n\n}. */
	static List<String> events() {
		List<String> deltas = new ArrayList<>(TEXT_DELTAS);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < TEXT_DELTAS; i++) {
			String delta = WORDS[i % WORDS.length];
			deltas.add(delta);
			text.append(delta);
		}
		String fullText = text.toString();
		String textPart = "{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":\"" + fullText
				+ "\"}";
		String message = "{\"id\":\"" + ITEM_ID + "\",\"type\":\"message\",\"status\":\"completed\",\"content\":["
				+ textPart + "],\"role\":\"assistant\"}";
		String item = "\"item_id\":\"" + ITEM_ID + "\",\"output_index\":0,\"content_index\":0";
		List<String> events = new ArrayList<>(EVENTS);
		int sequence = 0;
		events.add(event("response.created", sequence++,
				"\"response\":" + response("in_progress", "null", "[]", "null")));
		events.add(event("response.in_progress", sequence++,
				"\"response\":" + response("in_progress", "null", "[]", "null")));
		events.add(event("response.output_item.added", sequence++, "\"output_index\":0,\"item\":{\"id\":\"" + ITEM_ID
				+ "\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[],\"role\":\"assistant\"}"));
		events.add(event("response.content_part.added", sequence++, item
				+ ",\"part\":{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":\"\"}"));
		for (int i = 0; i < TEXT_DELTAS; i++) {
			events.add(event("response.output_text.delta", sequence++, item + ",\"delta\":\"" + deltas.get(i)
					+ "\",\"logprobs\":[],\"obfuscation\":\"" + OBFUSCATION[i % OBFUSCATION.length] + "\""));
		}
		events.add(event("response.output_text.done", sequence++,
				item + ",\"text\":\"" + fullText + "\",\"logprobs\":[]"));
		events.add(event("response.content_part.done", sequence++, item + ",\"part\":" + textPart));
		events.add(event("response.output_item.done", sequence++, "\"output_index\":0,\"item\":" + message));
		String usage = "{\"input_tokens\":41,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":"
				+ TEXT_DELTAS + ",\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":"
				+ (41 + TEXT_DELTAS) + "}";
		events.add(event(LAST_EVENT, sequence,
				"\"response\":" + response("completed", "1756315699", "[" + message + "]", usage)));
		return events;
	}

	private static String event(String type, int sequence, String members) {
		return "event: " + type + "\ndata: {\"type\":\"" + type + "\",\"sequence_number\":" + sequence + ","
				+ members + "}\n\n";
	}

	private static String response(String status, String completedAt, String output, String usage) {
		return "{\"id\":\"" + RESPONSE_ID + "\",\"object\":\"response\",\"created_at\":1756315696,\"status\":\""
				+ status + "\",\"background\":false,\"completed_at\":" + completedAt
				+ ",\"error\":null,\"incomplete_details\":null,\"instructions\":\"" + Payloads.SYSTEM_PROMPT
				+ "\",\"max_output_tokens\":null,\"max_tool_calls\":null,\"model\":\"gpt-4.1-mini-2025-04-14\","
				+ "\"output\":" + output + ",\"parallel_tool_calls\":true,\"previous_response_id\":null,"
				+ "\"prompt_cache_key\":null,\"reasoning\":{\"effort\":null,\"summary\":null},"
				+ "\"safety_identifier\":null,\"service_tier\":\"default\",\"store\":true,\"temperature\":0.2,"
				+ "\"text\":{\"format\":{\"type\":\"text\"},\"verbosity\":\"medium\"},\"tool_choice\":\"auto\","
				+ "\"tools\":[],\"top_logprobs\":0,\"top_p\":1.0,\"truncation\":\"disabled\",\"usage\":" + usage
				+ ",\"user\":null,\"metadata\":{}}";
	}

}
