package org.openaiboot.models.images;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * A request to draw new images from a text prompt, sent as JSON.
 * <p>
 * {@link Builder#build()} checks the limits that depend on the model: the prompt
 * length (1000 characters for DALL·E 2, which is the default, 4000 for DALL·E 3), the
 * number of images (1 to 10, exactly 1 for DALL·E 3) and the sizes each model can draw.
 * For a model id it does not know, only the model-independent limits are checked.
 *
 * @param prompt what to draw
 * @param model the model to draw with; DALL·E 2 when absent
 * @param n how many images to make, 1 to 10 (DALL·E 3 makes exactly one)
 * @param quality how much detail to put in; DALL·E 3 only
 * @param responseFormat whether to answer with links or with base64 text
 * @param size the width and height of the images
 * @param style how dramatic or natural the images look; DALL·E 3 only
 * @param user an id of your end user, which helps OpenAI detect abuse
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImageRequest(@JsonProperty("prompt") String prompt,
		@JsonProperty("model") @Nullable ImageModel model, @JsonProperty("n") @Nullable Integer n,
		@JsonProperty("quality") @Nullable Quality quality,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("size") @Nullable Size size, @JsonProperty("style") @Nullable Style style,
		@JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest prompt DALL·E 2 accepts. */
	public static final int DALL_E_2_PROMPT_MAX_LENGTH = 1000;

	/** The longest prompt DALL·E 3 accepts. */
	public static final int DALL_E_3_PROMPT_MAX_LENGTH = 4000;

	/** The fewest images one request may ask for. */
	public static final int N_MIN = 1;

	/** The most images one request may ask for. */
	public static final int N_MAX = 10;

	public CreateImageRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with just a prompt, and defaults for everything else.
	 * @param prompt what to draw
	 * @return the request
	 */
	public static CreateImageRequest of(String prompt) {
		return builder().prompt(prompt).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().prompt(this.prompt)
			.model(this.model)
			.n(this.n)
			.quality(this.quality)
			.responseFormat(this.responseFormat)
			.size(this.size)
			.style(this.style)
			.user(this.user)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateImageRequest}; {@link #build()} checks the prompt, the number
	 * of images and the size against the model.
	 */
	public static final class Builder {

		private @Nullable String prompt;

		private @Nullable ImageModel model;

		private @Nullable Integer n;

		private @Nullable Quality quality;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Size size;

		private @Nullable Style style;

		private @Nullable String user;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		public Builder model(@Nullable ImageModel model) {
			this.model = model;
			return this;
		}

		public Builder model(@Nullable String model) {
			return model((model != null) ? ImageModel.of(model) : null);
		}

		public Builder n(@Nullable Integer n) {
			this.n = n;
			return this;
		}

		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		public Builder style(@Nullable Style style) {
			this.style = style;
			return this;
		}

		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public CreateImageRequest build() {
			Validate.requiredText(this.prompt, "prompt");
			Validate.range(this.n, "n", N_MIN, N_MAX);
			ImageModel effective = (this.model != null) ? this.model : ImageModel.DALL_E_2;
			if (ImageModel.DALL_E_2.equals(effective)) {
				Validate.maxLength(this.prompt, "prompt", DALL_E_2_PROMPT_MAX_LENGTH);
				if (this.size != null && Size.DALL_E_3_ONLY.contains(this.size)) {
					throw new ValidationException("size", "must be one of 256x256, 512x512, 1024x1024 for dall-e-2",
							this.size.value());
				}
			}
			else if (ImageModel.DALL_E_3.equals(effective)) {
				Validate.maxLength(this.prompt, "prompt", DALL_E_3_PROMPT_MAX_LENGTH);
				if (this.n != null && this.n != 1) {
					throw new ValidationException("n", "must be 1 for dall-e-3", this.n);
				}
				if (this.size != null && Size.DALL_E_2_ONLY.contains(this.size)) {
					throw new ValidationException("size", "must be one of 1024x1024, 1792x1024, 1024x1792 for dall-e-3",
							this.size.value());
				}
			}
			return new CreateImageRequest(this.prompt, this.model, this.n, this.quality, this.responseFormat,
					this.size, this.style, this.user, this.additionalProperties);
		}

	}

	/**
	 * How much detail DALL·E 3 puts into an image.
	 *
	 * @param value the wire value
	 */
	public record Quality(@JsonValue String value) {

		/** The default level of detail. */
		public static final Quality STANDARD = new Quality("standard");

		/** Finer detail and more consistency, at a higher price. */
		public static final Quality HD = new Quality("hd");

		public Quality {
			Validate.required(value, "quality");
		}

		@JsonCreator
		public static Quality of(String value) {
			return new Quality(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How the images come back: as download links or inline as base64 text. Also used by
	 * {@link CreateImageEditRequest} and {@link CreateImageVariationRequest}.
	 *
	 * @param value the wire value
	 */
	public record ResponseFormat(@JsonValue String value) {

		/** Download links, which expire after a while (the default). */
		public static final ResponseFormat URL = new ResponseFormat("url");

		/** The image bytes, base64-encoded, in {@link Image#b64Json()}. */
		public static final ResponseFormat B64_JSON = new ResponseFormat("b64_json");

		public ResponseFormat {
			Validate.required(value, "response_format");
		}

		@JsonCreator
		public static ResponseFormat of(String value) {
			return new ResponseFormat(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The width and height of the images, as {@code <width>x<height>}. DALL·E 2 draws
	 * 256, 512 or 1024 pixel squares; DALL·E 3 draws 1024 pixel squares and 1792 by 1024
	 * pixel landscapes or portraits. Also used by {@link CreateImageEditRequest} and
	 * {@link CreateImageVariationRequest}, which take the DALL·E 2 sizes only.
	 *
	 * @param value the wire value
	 */
	public record Size(@JsonValue String value) {

		/** 256 by 256 pixels; DALL·E 2 only. */
		public static final Size SIZE_256X256 = new Size("256x256");

		/** 512 by 512 pixels; DALL·E 2 only. */
		public static final Size SIZE_512X512 = new Size("512x512");

		/** 1024 by 1024 pixels, the default; both models. */
		public static final Size SIZE_1024X1024 = new Size("1024x1024");

		/** 1792 pixels wide, 1024 high; DALL·E 3 only. */
		public static final Size SIZE_1792X1024 = new Size("1792x1024");

		/** 1024 pixels wide, 1792 high; DALL·E 3 only. */
		public static final Size SIZE_1024X1792 = new Size("1024x1792");

		static final Set<Size> DALL_E_2_ONLY = Set.of(SIZE_256X256, SIZE_512X512);

		static final Set<Size> DALL_E_3_ONLY = Set.of(SIZE_1792X1024, SIZE_1024X1792);

		public Size {
			Validate.required(value, "size");
		}

		@JsonCreator
		public static Size of(String value) {
			return new Size(value);
		}

		/**
		 * The size of the given dimensions.
		 * @param width the width in pixels
		 * @param height the height in pixels
		 * @return the size
		 */
		public static Size of(int width, int height) {
			return new Size(width + "x" + height);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The look of DALL·E 3 images.
	 *
	 * @param value the wire value
	 */
	public record Style(@JsonValue String value) {

		/** Dramatic, hyper-real images (the default). */
		public static final Style VIVID = new Style("vivid");

		/** Plainer, more natural images. */
		public static final Style NATURAL = new Style("natural");

		public Style {
			Validate.required(value, "style");
		}

		@JsonCreator
		public static Style of(String value) {
			return new Style(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
