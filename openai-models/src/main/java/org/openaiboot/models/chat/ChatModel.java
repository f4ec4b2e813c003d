package org.openaiboot.models.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The id of a model that serves chat completions. The constants are the ids the API
 * lists today; any other id is accepted with {@link #of(String)}.
 *
 * @param value the model id as sent on the wire
 */
public record ChatModel(@JsonValue String value) {

	/** The model {@code gpt-5.6-sol}. */
	public static final ChatModel GPT_5_6_SOL = new ChatModel("gpt-5.6-sol");

	/** The model {@code gpt-5.6-terra}. */
	public static final ChatModel GPT_5_6_TERRA = new ChatModel("gpt-5.6-terra");

	/** The model {@code gpt-5.6-luna}. */
	public static final ChatModel GPT_5_6_LUNA = new ChatModel("gpt-5.6-luna");

	/** The model {@code gpt-5.5}. */
	public static final ChatModel GPT_5_5 = new ChatModel("gpt-5.5");

	/** The model {@code gpt-5.5-2026-04-23}. */
	public static final ChatModel GPT_5_5_2026_04_23 = new ChatModel("gpt-5.5-2026-04-23");

	/** The model {@code gpt-5.4}. */
	public static final ChatModel GPT_5_4 = new ChatModel("gpt-5.4");

	/** The model {@code gpt-5.4-mini}. */
	public static final ChatModel GPT_5_4_MINI = new ChatModel("gpt-5.4-mini");

	/** The model {@code gpt-5.4-nano}. */
	public static final ChatModel GPT_5_4_NANO = new ChatModel("gpt-5.4-nano");

	/** The model {@code gpt-5.4-mini-2026-03-17}. */
	public static final ChatModel GPT_5_4_MINI_2026_03_17 = new ChatModel("gpt-5.4-mini-2026-03-17");

	/** The model {@code gpt-5.4-nano-2026-03-17}. */
	public static final ChatModel GPT_5_4_NANO_2026_03_17 = new ChatModel("gpt-5.4-nano-2026-03-17");

	/** The model {@code gpt-5.3-chat-latest}. */
	public static final ChatModel GPT_5_3_CHAT_LATEST = new ChatModel("gpt-5.3-chat-latest");

	/** The model {@code gpt-5.2}. */
	public static final ChatModel GPT_5_2 = new ChatModel("gpt-5.2");

	/** The model {@code gpt-5.2-2025-12-11}. */
	public static final ChatModel GPT_5_2_2025_12_11 = new ChatModel("gpt-5.2-2025-12-11");

	/** The model {@code gpt-5.2-chat-latest}. */
	public static final ChatModel GPT_5_2_CHAT_LATEST = new ChatModel("gpt-5.2-chat-latest");

	/** The model {@code gpt-5.2-pro}. */
	public static final ChatModel GPT_5_2_PRO = new ChatModel("gpt-5.2-pro");

	/** The model {@code gpt-5.2-pro-2025-12-11}. */
	public static final ChatModel GPT_5_2_PRO_2025_12_11 = new ChatModel("gpt-5.2-pro-2025-12-11");

	/** The model {@code gpt-5.1}. */
	public static final ChatModel GPT_5_1 = new ChatModel("gpt-5.1");

	/** The model {@code gpt-5.1-2025-11-13}. */
	public static final ChatModel GPT_5_1_2025_11_13 = new ChatModel("gpt-5.1-2025-11-13");

	/** The model {@code gpt-5.1-codex}. */
	public static final ChatModel GPT_5_1_CODEX = new ChatModel("gpt-5.1-codex");

	/** The model {@code gpt-5.1-mini}. */
	public static final ChatModel GPT_5_1_MINI = new ChatModel("gpt-5.1-mini");

	/** The model {@code gpt-5.1-chat-latest}. */
	public static final ChatModel GPT_5_1_CHAT_LATEST = new ChatModel("gpt-5.1-chat-latest");

	/** The model {@code gpt-5}. */
	public static final ChatModel GPT_5 = new ChatModel("gpt-5");

	/** The model {@code gpt-5-mini}. */
	public static final ChatModel GPT_5_MINI = new ChatModel("gpt-5-mini");

	/** The model {@code gpt-5-nano}. */
	public static final ChatModel GPT_5_NANO = new ChatModel("gpt-5-nano");

	/** The model {@code gpt-5-2025-08-07}. */
	public static final ChatModel GPT_5_2025_08_07 = new ChatModel("gpt-5-2025-08-07");

	/** The model {@code gpt-5-mini-2025-08-07}. */
	public static final ChatModel GPT_5_MINI_2025_08_07 = new ChatModel("gpt-5-mini-2025-08-07");

	/** The model {@code gpt-5-nano-2025-08-07}. */
	public static final ChatModel GPT_5_NANO_2025_08_07 = new ChatModel("gpt-5-nano-2025-08-07");

	/** The model {@code gpt-5-chat-latest}. */
	public static final ChatModel GPT_5_CHAT_LATEST = new ChatModel("gpt-5-chat-latest");

	/** The model {@code gpt-4.1}. */
	public static final ChatModel GPT_4_1 = new ChatModel("gpt-4.1");

	/** The model {@code gpt-4.1-mini}. */
	public static final ChatModel GPT_4_1_MINI = new ChatModel("gpt-4.1-mini");

	/** The model {@code gpt-4.1-nano}. */
	public static final ChatModel GPT_4_1_NANO = new ChatModel("gpt-4.1-nano");

	/** The model {@code gpt-4.1-2025-04-14}. */
	public static final ChatModel GPT_4_1_2025_04_14 = new ChatModel("gpt-4.1-2025-04-14");

	/** The model {@code gpt-4.1-mini-2025-04-14}. */
	public static final ChatModel GPT_4_1_MINI_2025_04_14 = new ChatModel("gpt-4.1-mini-2025-04-14");

	/** The model {@code gpt-4.1-nano-2025-04-14}. */
	public static final ChatModel GPT_4_1_NANO_2025_04_14 = new ChatModel("gpt-4.1-nano-2025-04-14");

	/** The model {@code o4-mini}. */
	public static final ChatModel O4_MINI = new ChatModel("o4-mini");

	/** The model {@code o4-mini-2025-04-16}. */
	public static final ChatModel O4_MINI_2025_04_16 = new ChatModel("o4-mini-2025-04-16");

	/** The model {@code o3}. */
	public static final ChatModel O3 = new ChatModel("o3");

	/** The model {@code o3-2025-04-16}. */
	public static final ChatModel O3_2025_04_16 = new ChatModel("o3-2025-04-16");

	/** The model {@code o3-mini}. */
	public static final ChatModel O3_MINI = new ChatModel("o3-mini");

	/** The model {@code o3-mini-2025-01-31}. */
	public static final ChatModel O3_MINI_2025_01_31 = new ChatModel("o3-mini-2025-01-31");

	/** The model {@code o1}. */
	public static final ChatModel O1 = new ChatModel("o1");

	/** The model {@code o1-2024-12-17}. */
	public static final ChatModel O1_2024_12_17 = new ChatModel("o1-2024-12-17");

	/** The model {@code o1-preview}. */
	public static final ChatModel O1_PREVIEW = new ChatModel("o1-preview");

	/** The model {@code o1-preview-2024-09-12}. */
	public static final ChatModel O1_PREVIEW_2024_09_12 = new ChatModel("o1-preview-2024-09-12");

	/** The model {@code o1-mini}. */
	public static final ChatModel O1_MINI = new ChatModel("o1-mini");

	/** The model {@code o1-mini-2024-09-12}. */
	public static final ChatModel O1_MINI_2024_09_12 = new ChatModel("o1-mini-2024-09-12");

	/** The model {@code gpt-4o}. */
	public static final ChatModel GPT_4O = new ChatModel("gpt-4o");

	/** The model {@code gpt-4o-2024-11-20}. */
	public static final ChatModel GPT_4O_2024_11_20 = new ChatModel("gpt-4o-2024-11-20");

	/** The model {@code gpt-4o-2024-08-06}. */
	public static final ChatModel GPT_4O_2024_08_06 = new ChatModel("gpt-4o-2024-08-06");

	/** The model {@code gpt-4o-2024-05-13}. */
	public static final ChatModel GPT_4O_2024_05_13 = new ChatModel("gpt-4o-2024-05-13");

	/** The model {@code gpt-4o-audio-preview}. */
	public static final ChatModel GPT_4O_AUDIO_PREVIEW = new ChatModel("gpt-4o-audio-preview");

	/** The model {@code gpt-4o-audio-preview-2024-10-01}. */
	public static final ChatModel GPT_4O_AUDIO_PREVIEW_2024_10_01 = new ChatModel("gpt-4o-audio-preview-2024-10-01");

	/** The model {@code gpt-4o-audio-preview-2024-12-17}. */
	public static final ChatModel GPT_4O_AUDIO_PREVIEW_2024_12_17 = new ChatModel("gpt-4o-audio-preview-2024-12-17");

	/** The model {@code gpt-4o-audio-preview-2025-06-03}. */
	public static final ChatModel GPT_4O_AUDIO_PREVIEW_2025_06_03 = new ChatModel("gpt-4o-audio-preview-2025-06-03");

	/** The model {@code gpt-4o-mini-audio-preview}. */
	public static final ChatModel GPT_4O_MINI_AUDIO_PREVIEW = new ChatModel("gpt-4o-mini-audio-preview");

	/** The model {@code gpt-4o-mini-audio-preview-2024-12-17}. */
	public static final ChatModel GPT_4O_MINI_AUDIO_PREVIEW_2024_12_17 = new ChatModel("gpt-4o-mini-audio-preview-2024-12-17");

	/** The model {@code gpt-4o-search-preview}. */
	public static final ChatModel GPT_4O_SEARCH_PREVIEW = new ChatModel("gpt-4o-search-preview");

	/** The model {@code gpt-4o-mini-search-preview}. */
	public static final ChatModel GPT_4O_MINI_SEARCH_PREVIEW = new ChatModel("gpt-4o-mini-search-preview");

	/** The model {@code gpt-4o-search-preview-2025-03-11}. */
	public static final ChatModel GPT_4O_SEARCH_PREVIEW_2025_03_11 = new ChatModel("gpt-4o-search-preview-2025-03-11");

	/** The model {@code gpt-4o-mini-search-preview-2025-03-11}. */
	public static final ChatModel GPT_4O_MINI_SEARCH_PREVIEW_2025_03_11 = new ChatModel("gpt-4o-mini-search-preview-2025-03-11");

	/** The model {@code chatgpt-4o-latest}. */
	public static final ChatModel CHATGPT_4O_LATEST = new ChatModel("chatgpt-4o-latest");

	/** The model {@code codex-mini-latest}. */
	public static final ChatModel CODEX_MINI_LATEST = new ChatModel("codex-mini-latest");

	/** The model {@code gpt-4o-mini}. */
	public static final ChatModel GPT_4O_MINI = new ChatModel("gpt-4o-mini");

	/** The model {@code gpt-4o-mini-2024-07-18}. */
	public static final ChatModel GPT_4O_MINI_2024_07_18 = new ChatModel("gpt-4o-mini-2024-07-18");

	/** The model {@code gpt-4-turbo}. */
	public static final ChatModel GPT_4_TURBO = new ChatModel("gpt-4-turbo");

	/** The model {@code gpt-4-turbo-2024-04-09}. */
	public static final ChatModel GPT_4_TURBO_2024_04_09 = new ChatModel("gpt-4-turbo-2024-04-09");

	/** GPT-4 Turbo preview of January 2024. */
	public static final ChatModel GPT_4_0125_PREVIEW = new ChatModel("gpt-4-0125-preview");

	/** The latest GPT-4 Turbo preview. */
	public static final ChatModel GPT_4_TURBO_PREVIEW = new ChatModel("gpt-4-turbo-preview");

	/** GPT-4 Turbo preview of November 2023. */
	public static final ChatModel GPT_4_1106_PREVIEW = new ChatModel("gpt-4-1106-preview");

	/** GPT-4 Turbo with image input, preview. */
	public static final ChatModel GPT_4_VISION_PREVIEW = new ChatModel("gpt-4-vision-preview");

	/** The latest GPT-4. */
	public static final ChatModel GPT_4 = new ChatModel("gpt-4");

	/** GPT-4 snapshot of March 2023. */
	public static final ChatModel GPT_4_0314 = new ChatModel("gpt-4-0314");

	/** GPT-4 snapshot of June 2023. */
	public static final ChatModel GPT_4_0613 = new ChatModel("gpt-4-0613");

	/** The latest GPT-4 with a 32k context. */
	public static final ChatModel GPT_4_32K = new ChatModel("gpt-4-32k");

	/** GPT-4 32k snapshot of March 2023. */
	public static final ChatModel GPT_4_32K_0314 = new ChatModel("gpt-4-32k-0314");

	/** GPT-4 32k snapshot of June 2023. */
	public static final ChatModel GPT_4_32K_0613 = new ChatModel("gpt-4-32k-0613");

	/** The latest GPT-3.5 Turbo. */
	public static final ChatModel GPT_3_5_TURBO = new ChatModel("gpt-3.5-turbo");

	/** The latest GPT-3.5 Turbo with a 16k context. */
	public static final ChatModel GPT_3_5_TURBO_16K = new ChatModel("gpt-3.5-turbo-16k");

	/** GPT-3.5 Turbo snapshot of March 2023. */
	public static final ChatModel GPT_3_5_TURBO_0301 = new ChatModel("gpt-3.5-turbo-0301");

	/** GPT-3.5 Turbo snapshot of June 2023. */
	public static final ChatModel GPT_3_5_TURBO_0613 = new ChatModel("gpt-3.5-turbo-0613");

	/** GPT-3.5 Turbo snapshot of November 2023. */
	public static final ChatModel GPT_3_5_TURBO_1106 = new ChatModel("gpt-3.5-turbo-1106");

	/** GPT-3.5 Turbo snapshot of January 2024. */
	public static final ChatModel GPT_3_5_TURBO_0125 = new ChatModel("gpt-3.5-turbo-0125");

	/** GPT-3.5 Turbo 16k snapshot of June 2023. */
	public static final ChatModel GPT_3_5_TURBO_16K_0613 = new ChatModel("gpt-3.5-turbo-16k-0613");

	public ChatModel {
		Validate.required(value, "model");
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChatModel of(String value) {
		return new ChatModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
