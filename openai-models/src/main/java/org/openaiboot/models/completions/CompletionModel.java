package org.openaiboot.models.completions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * A model for legacy text completions: one of the known names below, or any other model
 * name, such as a fine-tuned model.
 *
 * @param value the wire value
 */
public record CompletionModel(@JsonValue String value) {

	/** GPT-3.5 Turbo tuned to follow instructions in plain text prompts. */
	public static final CompletionModel GPT_3_5_TURBO_INSTRUCT = new CompletionModel("gpt-3.5-turbo-instruct");

	/** The GPT base model that replaced the {@code davinci} family. */
	public static final CompletionModel DAVINCI_002 = new CompletionModel("davinci-002");

	/** The smaller GPT base model that replaced the {@code ada} and {@code babbage} families. */
	public static final CompletionModel BABBAGE_002 = new CompletionModel("babbage-002");

	public CompletionModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static CompletionModel of(String value) {
		return new CompletionModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
