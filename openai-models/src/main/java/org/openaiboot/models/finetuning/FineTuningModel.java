package org.openaiboot.models.finetuning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * A base model to fine-tune: one of the known IDs below, or any other model ID (such as
 * a dated snapshot) through {@link #of(String)}.
 *
 * @param value the model ID as sent on the wire
 */
public record FineTuningModel(@JsonValue String value) {

	/** {@code babbage-002}. */
	public static final FineTuningModel BABBAGE_002 = new FineTuningModel("babbage-002");

	/** {@code davinci-002}. */
	public static final FineTuningModel DAVINCI_002 = new FineTuningModel("davinci-002");

	/** {@code gpt-3.5-turbo}. */
	public static final FineTuningModel GPT_3_5_TURBO = new FineTuningModel("gpt-3.5-turbo");

	/** GPT-4o mini. */
	public static final FineTuningModel GPT_4O_MINI = new FineTuningModel("gpt-4o-mini");

	public FineTuningModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static FineTuningModel of(String value) {
		return new FineTuningModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
