package org.openaiboot.models.moderations;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of a moderation request that its generated builder cannot make: an input
 * given as a list must have elements, and its text and image parts must carry their text
 * and their image's URL. {@link CreateModerationRequest}'s builder calls {@link #check}
 * after its own checks (see {@code validators:} in {@code models.yaml}). The parts are
 * held as their JSON members, so they are checked by their {@code type}; a part of
 * another type, or a member of another JSON type than expected, is left to the API.
 */
public final class CreateModerationRequestRules {

	private static final String TEXT = "text";

	private static final String IMAGE_URL = "image_url";

	private CreateModerationRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateModerationRequest request) {
		if (request.input() instanceof CreateModerationRequest.Input.OfList list) {
			List<@Nullable Object> items = Validate.requiredNotEmpty(list.items(), "input");
			for (Object item : items) {
				if (item instanceof Map<?, ?> part) {
					checkPart(part);
				}
			}
		}
	}

	private static void checkPart(Map<?, ?> part) {
		Object type = part.get("type");
		if (TEXT.equals(type)) {
			Validate.required(part.get(TEXT), "input[].text");
		}
		else if (IMAGE_URL.equals(type)) {
			Object image = Validate.required(part.get(IMAGE_URL), "input[].image_url");
			Object url = (image instanceof Map<?, ?> members) ? members.get("url") : null;
			if (url == null || url instanceof String) {
				Validate.requiredText((String) url, "input[].image_url.url");
			}
		}
	}

}
