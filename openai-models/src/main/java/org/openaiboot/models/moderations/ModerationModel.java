package org.openaiboot.models.moderations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * A moderation model: one of the known names below, or any other model name.
 *
 * @param value the wire value
 */
public record ModerationModel(@JsonValue String value) {

	/**
	 * The newest multi-modal moderation model, for text and images, upgraded by OpenAI
	 * over time; the default of today's API.
	 */
	public static final ModerationModel OMNI_MODERATION_LATEST = new ModerationModel("omni-moderation-latest");

	/** The multi-modal moderation model of September 2024, pinned. */
	public static final ModerationModel OMNI_MODERATION_2024_09_26 = new ModerationModel(
			"omni-moderation-2024-09-26");

	/** The newest text-only moderation model, upgraded by OpenAI over time. */
	public static final ModerationModel TEXT_MODERATION_LATEST = new ModerationModel("text-moderation-latest");

	/** A moderation model that only changes after notice. */
	public static final ModerationModel TEXT_MODERATION_STABLE = new ModerationModel("text-moderation-stable");

	public ModerationModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static ModerationModel of(String value) {
		return new ModerationModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
