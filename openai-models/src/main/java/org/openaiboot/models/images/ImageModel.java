package org.openaiboot.models.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The model that draws an image: one of the known DALL·E ids, or any other model id.
 *
 * @param value the model id as sent on the wire
 */
public record ImageModel(@JsonValue String value) {

	/** DALL·E 2, the default; the only model that edits images and makes variations. */
	public static final ImageModel DALL_E_2 = new ImageModel("dall-e-2");

	/** DALL·E 3: longer prompts, larger sizes, one image per request. */
	public static final ImageModel DALL_E_3 = new ImageModel("dall-e-3");

	public ImageModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static ImageModel of(String value) {
		return new ImageModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
