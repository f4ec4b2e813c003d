package org.openaiboot.models.images;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of the image requests that depend on the model: how long the prompt may be
 * (1000 characters for DALL·E 2, 4000 for DALL·E 3, 32000 for the GPT image models), how
 * many images DALL·E 3 makes and which sizes each model draws. A model id this class does
 * not know is left to the server. Also: a transparent background needs a format that has
 * one. The builders of {@link CreateImageRequest}, {@link CreateImageEditRequest} and
 * {@link CreateImageVariationRequest} call {@link #check} after their own checks (see
 * {@code validators:} in {@code models.yaml}); hand-written, because the spec says these
 * only in descriptions.
 */
public final class ImageRequestRules {

	/** The longest prompt DALL·E 2 accepts. */
	public static final int DALL_E_2_PROMPT_MAX_LENGTH = 1000;

	/** The longest prompt DALL·E 3 accepts. */
	public static final int DALL_E_3_PROMPT_MAX_LENGTH = 4000;

	/** The longest prompt the GPT image models accept. */
	public static final int GPT_IMAGE_PROMPT_MAX_LENGTH = 32000;

	private static final Set<String> DALL_E_2_ONLY_SIZES = Set.of("256x256", "512x512");

	private static final Set<String> DALL_E_3_ONLY_SIZES = Set.of("1792x1024", "1024x1792");

	private static final Set<String> GPT_IMAGE_ONLY_SIZES = Set.of("1536x1024", "1024x1536", "auto");

	private static final String GPT_IMAGE_SIZES = "must be one of 1024x1024, 1536x1024, 1024x1536, auto "
			+ "(or WIDTHxHEIGHT for gpt-image-2) for ";

	private static final String DALL_E_2_SIZES = "must be one of 256x256, 512x512, 1024x1024";

	private ImageRequestRules() {
	}

	/**
	 * Check a request to draw images; without a model, the rules of DALL·E 2 apply.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateImageRequest request) {
		checkBackground((request.background() != null) ? request.background().value() : null,
				(request.outputFormat() != null) ? request.outputFormat().value() : null);
		ImageModel model = (request.model() != null) ? request.model() : ImageModel.DALL_E_2;
		String size = (request.size() != null) ? request.size().value() : null;
		if (isGptImage(model)) {
			Validate.maxLength(request.prompt(), "prompt", GPT_IMAGE_PROMPT_MAX_LENGTH);
			if (in(DALL_E_2_ONLY_SIZES, size) || in(DALL_E_3_ONLY_SIZES, size)) {
				throw new ValidationException("size", GPT_IMAGE_SIZES + model.value(), size);
			}
		}
		else if (ImageModel.DALL_E_2.equals(model)) {
			Validate.maxLength(request.prompt(), "prompt", DALL_E_2_PROMPT_MAX_LENGTH);
			if (in(DALL_E_3_ONLY_SIZES, size) || in(GPT_IMAGE_ONLY_SIZES, size)) {
				throw new ValidationException("size", DALL_E_2_SIZES + " for dall-e-2", size);
			}
		}
		else if (ImageModel.DALL_E_3.equals(model)) {
			Validate.maxLength(request.prompt(), "prompt", DALL_E_3_PROMPT_MAX_LENGTH);
			if (request.n() != null && request.n() != 1) {
				throw new ValidationException("n", "must be 1 for dall-e-3", request.n());
			}
			if (in(DALL_E_2_ONLY_SIZES, size) || in(GPT_IMAGE_ONLY_SIZES, size)) {
				throw new ValidationException("size", "must be one of 1024x1024, 1792x1024, 1024x1792 for dall-e-3",
						size);
			}
		}
	}

	/**
	 * Check a request to edit images. Without a model the prompt is held to DALL·E 2's
	 * length, and the sizes of DALL·E 3 are refused; the sizes only the GPT image models
	 * draw are refused only when DALL·E 2 is asked for by name.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateImageEditRequest request) {
		checkBackground((request.background() != null) ? request.background().value() : null,
				(request.outputFormat() != null) ? request.outputFormat().value() : null);
		ImageModel model = request.model();
		String size = (request.size() != null) ? request.size().value() : null;
		if (model != null && isGptImage(model)) {
			Validate.maxLength(request.prompt(), "prompt", GPT_IMAGE_PROMPT_MAX_LENGTH);
			if (in(DALL_E_2_ONLY_SIZES, size) || in(DALL_E_3_ONLY_SIZES, size)) {
				throw new ValidationException("size", GPT_IMAGE_SIZES + model.value(), size);
			}
		}
		else if (model == null || ImageModel.DALL_E_2.equals(model)) {
			Validate.maxLength(request.prompt(), "prompt", DALL_E_2_PROMPT_MAX_LENGTH);
			if (in(DALL_E_3_ONLY_SIZES, size) || (model != null && in(GPT_IMAGE_ONLY_SIZES, size))) {
				throw new ValidationException("size", DALL_E_2_SIZES, size);
			}
		}
	}

	/**
	 * Check a request for variations of an image, which only DALL·E 2 makes: the sizes of
	 * DALL·E 3 are refused.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateImageVariationRequest request) {
		String size = (request.size() != null) ? request.size().value() : null;
		if (in(DALL_E_3_ONLY_SIZES, size)) {
			throw new ValidationException("size", DALL_E_2_SIZES, size);
		}
	}

	/**
	 * Whether a model is one of the GPT image models (not DALL·E), which take the longer
	 * prompts and the {@code background}, {@code moderation}, {@code output_format},
	 * {@code output_compression}, {@code stream} and {@code partial_images} members.
	 * @param model the model
	 * @return {@code true} for an id starting with {@code gpt-image} or {@code chatgpt-image}
	 */
	public static boolean isGptImage(ImageModel model) {
		return model.value().startsWith("gpt-image") || model.value().startsWith("chatgpt-image");
	}

	private static void checkBackground(@Nullable String background, @Nullable String outputFormat) {
		if ("transparent".equals(background) && "jpeg".equals(outputFormat)) {
			throw new ValidationException("output_format", "must be png or webp for a transparent background",
					outputFormat);
		}
	}

	private static boolean in(Set<String> sizes, @Nullable String size) {
		return size != null && sizes.contains(size);
	}

}
