package org.openaiboot.models.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The id of a model that serves chat completions. The constants are the ids this API
 * version knows; any other id is accepted with {@link #of(String)}.
 *
 * @param value the model id as sent on the wire
 */
public record ChatModel(@JsonValue String value) {

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
