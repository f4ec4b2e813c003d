package org.openaiboot.models.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The model that draws an image: one of the known DALL·E and GPT image ids, or any other
 * model id.
 *
 * @param value the model id as sent on the wire
 */
public record ImageModel(@JsonValue String value) {

	/** DALL·E 2, the default; the only model that edits images and makes variations. */
	public static final ImageModel DALL_E_2 = new ImageModel("dall-e-2");

	/** DALL·E 3: longer prompts, larger sizes, one image per request. */
	public static final ImageModel DALL_E_3 = new ImageModel("dall-e-3");

	/** GPT Image 1: prompts up to 32000 characters, transparent backgrounds, token usage. */
	public static final ImageModel GPT_IMAGE_1 = new ImageModel("gpt-image-1");

	/** A smaller, cheaper GPT Image 1. */
	public static final ImageModel GPT_IMAGE_1_MINI = new ImageModel("gpt-image-1-mini");

	/** GPT Image 1.5. */
	public static final ImageModel GPT_IMAGE_1_5 = new ImageModel("gpt-image-1.5");

	/** GPT Image 2, which also draws sizes of its own choosing ({@code WIDTHxHEIGHT}). */
	public static final ImageModel GPT_IMAGE_2 = new ImageModel("gpt-image-2");

	/** GPT Image 2, pinned to its release of April 2026. */
	public static final ImageModel GPT_IMAGE_2_2026_04_21 = new ImageModel("gpt-image-2-2026-04-21");

	/** The image model ChatGPT uses, upgraded over time; edits only. */
	public static final ImageModel CHATGPT_IMAGE_LATEST = new ImageModel("chatgpt-image-latest");

	public ImageModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static ImageModel of(String value) {
		return new ImageModel(value);
	}

	/**
	 * Whether this is one of the GPT image models (not DALL·E), which take the longer
	 * prompts and the {@code background}, {@code moderation}, {@code output_format},
	 * {@code output_compression}, {@code stream} and {@code partial_images} members.
	 * @return {@code true} for an id starting with {@code gpt-image} or
	 * {@code chatgpt-image}
	 */
	public boolean isGptImage() {
		return this.value.startsWith("gpt-image") || this.value.startsWith("chatgpt-image");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
