package org.openaiboot.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Canned OpenAI payloads, built once from a fixed seed so that every client reads the same
 * bytes: a chat completion of about 2 KB, an embeddings response of 16 vectors of 1536
 * dimensions (as JSON numbers and as base64 float32), a chat stream of 500 chunks and a
 * model list. The Responses stream is {@link ResponseStreamPayload}'s.
 */
public final class Payloads {

	/** Vectors per embeddings response. */
	public static final int VECTORS = 16;

	/** Dimensions per vector. */
	public static final int DIMENSIONS = 1536;

	/** Chunks of the streamed completion, [DONE] not counted. */
	public static final int STREAM_CHUNKS = 500;

	public static final String CHAT_MODEL = "gpt-4o-mini";

	public static final String RESPONSES_MODEL = "gpt-4.1-mini";

	public static final String EMBEDDING_MODEL = "text-embedding-3-small";

	public static final String SYSTEM_PROMPT = "You are a concise assistant. Answer in plain English.";

	public static final String USER_PROMPT = "Explain in a few paragraphs how HTTP keep-alive reduces the latency "
			+ "of many small API calls, and what a client library must do to benefit from it.";

	private static final String[] WORDS = { " the", " connection", " is", " kept", " open", " between", " requests",
			" so", " that", " a", " client", " avoids", " a", " new", " TCP", " handshake", " and", " TLS", " set-up",
			" for", " each", " call", ",", " which", " on", " a", " distant", " server", " saves", " tens", " of",
			" milliseconds", "." };

	private static final float[][] VECTORS_DATA = vectors();

	private Payloads() {
	}

	/** The 16 texts every embeddings request asks for. */
	public static List<String> embeddingInputs() {
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < VECTORS; i++) {
			inputs.add("Document " + i + ": the quick brown fox jumps over the lazy dog, then rests for a while.");
		}
		return inputs;
	}

	public static String chatCompletion() {
		StringBuilder content = new StringBuilder();
		int i = 0;
		while (content.length() < 1400) {
			content.append(WORDS[i++ % WORDS.length]);
			if (i % 60 == 0) {
				content.append("\\n\\nIn \\\"short\\\":");
			}
		}
		String json = "{\"id\":\"chatcmpl-AXk3J2bEnchmarkR3sp0nse0000001\",\"object\":\"chat.completion\","
				+ "\"created\":1732492800,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,"
				+ "\"message\":{\"role\":\"assistant\",\"content\":\"" + content.toString().strip()
				+ "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":52,"
				+ "\"completion_tokens\":297,\"total_tokens\":349,\"prompt_tokens_details\":{\"cached_tokens\":0,"
				+ "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
				+ "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_0ba0d124f1\"}";
		return json;
	}

	/** The events of the streamed completion, each as its full SSE text {@code data: ...\n\n}. */
	public static List<String> streamEvents() {
		List<String> events = new ArrayList<>();
		String head = "{\"id\":\"chatcmpl-AXk3J2bEnchmarkStr3am0000001\",\"object\":\"chat.completion.chunk\","
				+ "\"created\":1732492800,\"model\":\"gpt-4o-mini-2024-07-18\",\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_0ba0d124f1\",\"choices\":[{\"index\":0,\"delta\":";
		for (int i = 0; i < STREAM_CHUNKS; i++) {
			String delta;
			String finish = "null";
			if (i == 0) {
				delta = "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}";
			}
			else if (i == STREAM_CHUNKS - 1) {
				delta = "{}";
				finish = "\"stop\"";
			}
			else {
				delta = "{\"content\":\"" + WORDS[i % WORDS.length] + "\"}";
			}
			events.add("data: " + head + delta + ",\"logprobs\":null,\"finish_reason\":" + finish + "}]}\n\n");
		}
		events.add("data: [DONE]\n\n");
		return events;
	}

	public static String embeddingsFloat() {
		StringBuilder json = new StringBuilder(400_000);
		json.append("{\"object\":\"list\",\"data\":[");
		for (int v = 0; v < VECTORS; v++) {
			if (v > 0) {
				json.append(',');
			}
			json.append("{\"object\":\"embedding\",\"index\":").append(v).append(",\"embedding\":[");
			for (int d = 0; d < DIMENSIONS; d++) {
				if (d > 0) {
					json.append(',');
				}
				json.append(VECTORS_DATA[v][d]);
			}
			json.append("]}");
		}
		json.append("],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":336,\"total_tokens\":336}}");
		return json.toString();
	}

	public static String embeddingsBase64() {
		StringBuilder json = new StringBuilder(200_000);
		json.append("{\"object\":\"list\",\"data\":[");
		for (int v = 0; v < VECTORS; v++) {
			if (v > 0) {
				json.append(',');
			}
			ByteBuffer bytes = ByteBuffer.allocate(DIMENSIONS * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			for (int d = 0; d < DIMENSIONS; d++) {
				bytes.putFloat(VECTORS_DATA[v][d]);
			}
			json.append("{\"object\":\"embedding\",\"index\":").append(v).append(",\"embedding\":\"")
				.append(Base64.getEncoder().encodeToString(bytes.array())).append("\"}");
		}
		json.append("],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":336,\"total_tokens\":336}}");
		return json.toString();
	}

	public static String models() {
		String[] ids = { "gpt-4o", "gpt-4o-mini", "gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "gpt-4-turbo",
				"gpt-4", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "o1", "o1-mini", "o3-mini", "text-embedding-3-small",
				"text-embedding-3-large", "text-embedding-ada-002", "dall-e-3", "dall-e-2", "tts-1", "tts-1-hd",
				"whisper-1", "omni-moderation-latest", "babbage-002", "davinci-002", "gpt-4o-audio-preview",
				"gpt-4o-realtime-preview", "chatgpt-4o-latest", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano",
				"gpt-image-1", "gpt-4o-search-preview" };
		StringBuilder json = new StringBuilder("{\"object\":\"list\",\"data\":[");
		for (int i = 0; i < ids.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"id\":\"").append(ids[i]).append("\",\"object\":\"model\",\"created\":")
				.append(1686588896L + i * 86_400L)
				.append(",\"owned_by\":\"").append((i % 3 == 0) ? "system" : "openai").append("\"}");
		}
		return json.append("]}").toString();
	}

	private static float[][] vectors() {
		Random random = new Random(42);
		float[][] vectors = new float[VECTORS][DIMENSIONS];
		for (float[] vector : vectors) {
			for (int d = 0; d < DIMENSIONS; d++) {
				vector[d] = (float) (random.nextGaussian() * 0.025);
			}
		}
		return vectors;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
