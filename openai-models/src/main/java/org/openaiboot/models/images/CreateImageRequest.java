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
 * length (1000 characters for DALL·E 2, which is the default, 4000 for DALL·E 3, 32000
 * for the GPT image models), the number of images (1 to 10, exactly 1 for DALL·E 3) and
 * the sizes each model can draw. For a model id it does not know, only the
 * model-independent limits are checked.
 *
 * @param prompt what to draw
 * @param model the model to draw with; DALL·E 2 when absent
 * @param n how many images to make, 1 to 10 (DALL·E 3 makes exactly one)
 * @param quality how much detail to put in: {@code standard} or {@code hd} for DALL·E 3,
 * {@code low}, {@code medium} or {@code high} for the GPT image models
 * @param responseFormat whether to answer with links or with base64 text (DALL·E only;
 * the GPT image models always answer with base64)
 * @param outputFormat the file format of the images; GPT image models only
 * @param outputCompression how much to compress {@code jpeg} and {@code webp} images, 0
 * to 100 percent; GPT image models only
 * @param stream whether the images come as server-sent events; GPT image models only
 * @param partialImages how many partial images to stream before the final one, 0 to 3
 * @param size the width and height of the images
 * @param moderation how strictly to filter the content; GPT image models only
 * @param background whether the background is transparent, opaque, or chosen by the
 * model; GPT image models only
 * @param style how dramatic or natural the images look; DALL·E 3 only
 * @param user an id of your end user, which helps OpenAI detect abuse
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImageRequest(@JsonProperty("prompt") String prompt,
		@JsonProperty("model") @Nullable ImageModel model, @JsonProperty("n") @Nullable Integer n,
		@JsonProperty("quality") @Nullable Quality quality,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("output_format") @Nullable OutputFormat outputFormat,
		@JsonProperty("output_compression") @Nullable Integer outputCompression,
		@JsonProperty("stream") @Nullable Boolean stream, @JsonProperty("partial_images") @Nullable Integer partialImages,
		@JsonProperty("size") @Nullable Size size, @JsonProperty("moderation") @Nullable Moderation moderation,
		@JsonProperty("background") @Nullable Background background, @JsonProperty("style") @Nullable Style style,
		@JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest prompt DALL·E 2 accepts. */
	public static final int DALL_E_2_PROMPT_MAX_LENGTH = 1000;

	/** The longest prompt DALL·E 3 accepts. */
	public static final int DALL_E_3_PROMPT_MAX_LENGTH = 4000;

	/** The longest prompt the GPT image models accept. */
	public static final int GPT_IMAGE_PROMPT_MAX_LENGTH = 32000;

	/** The largest {@code output_compression}, in percent. */
	public static final int OUTPUT_COMPRESSION_MAX = 100;

	/** The most partial images a stream may send. */
	public static final int PARTIAL_IMAGES_MAX = 3;

	/** The fewest images one request may ask for. */
	public static final int N_MIN = 1;

	/** The most images one request may ask for. */
	public static final int N_MAX = 10;

	public CreateImageRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the members of version 2.0.0 of the API (DALL·E only).
	 * @param prompt what to draw
	 * @param model the model
	 * @param n how many images
	 * @param quality the quality
	 * @param responseFormat links or base64
	 * @param size the size
	 * @param style the style
	 * @param user the end-user id
	 * @param additionalProperties members this version of the type does not know
	 */
	public CreateImageRequest(String prompt, @Nullable ImageModel model, @Nullable Integer n,
			@Nullable Quality quality, @Nullable ResponseFormat responseFormat, @Nullable Size size,
			@Nullable Style style, @Nullable String user, Map<String, @Nullable Object> additionalProperties) {
		this(prompt, model, n, quality, responseFormat, null, null, null, null, size, null, null, style, user,
				additionalProperties);
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
			.outputFormat(this.outputFormat)
			.outputCompression(this.outputCompression)
			.stream(this.stream)
			.partialImages(this.partialImages)
			.size(this.size)
			.moderation(this.moderation)
			.background(this.background)
			.style(this.style)
			.user(this.user)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateImageRequest}; {@link #build()} checks the prompt, the number
	 * of images and the size against the model, the compression, the number of partial
	 * images, and that a transparent background comes in a format that has one.
	 */
	public static final class Builder {

		private @Nullable String prompt;

		private @Nullable ImageModel model;

		private @Nullable Integer n;

		private @Nullable Quality quality;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Integer outputCompression;

		private @Nullable Boolean stream;

		private @Nullable Integer partialImages;

		private @Nullable Size size;

		private @Nullable Moderation moderation;

		private @Nullable Background background;

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

		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		public Builder outputCompression(@Nullable Integer outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		public Builder partialImages(@Nullable Integer partialImages) {
			this.partialImages = partialImages;
			return this;
		}

		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		public Builder moderation(@Nullable Moderation moderation) {
			this.moderation = moderation;
			return this;
		}

		public Builder background(@Nullable Background background) {
			this.background = background;
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
			Validate.range(this.outputCompression, "output_compression", 0, OUTPUT_COMPRESSION_MAX);
			Validate.range(this.partialImages, "partial_images", 0, PARTIAL_IMAGES_MAX);
			Background.checkFormat(this.background, this.outputFormat);
			ImageModel effective = (this.model != null) ? this.model : ImageModel.DALL_E_2;
			if (effective.isGptImage()) {
				Validate.maxLength(this.prompt, "prompt", GPT_IMAGE_PROMPT_MAX_LENGTH);
				if (this.size != null && (Size.DALL_E_2_ONLY.contains(this.size)
						|| Size.DALL_E_3_ONLY.contains(this.size))) {
					throw new ValidationException("size",
							"must be one of 1024x1024, 1536x1024, 1024x1536, auto (or WIDTHxHEIGHT for gpt-image-2) for "
									+ effective.value(),
							this.size.value());
				}
			}
			else if (ImageModel.DALL_E_2.equals(effective)) {
				Validate.maxLength(this.prompt, "prompt", DALL_E_2_PROMPT_MAX_LENGTH);
				if (this.size != null
						&& (Size.DALL_E_3_ONLY.contains(this.size) || Size.GPT_IMAGE_ONLY.contains(this.size))) {
					throw new ValidationException("size", "must be one of 256x256, 512x512, 1024x1024 for dall-e-2",
							this.size.value());
				}
			}
			else if (ImageModel.DALL_E_3.equals(effective)) {
				Validate.maxLength(this.prompt, "prompt", DALL_E_3_PROMPT_MAX_LENGTH);
				if (this.n != null && this.n != 1) {
					throw new ValidationException("n", "must be 1 for dall-e-3", this.n);
				}
				if (this.size != null
						&& (Size.DALL_E_2_ONLY.contains(this.size) || Size.GPT_IMAGE_ONLY.contains(this.size))) {
					throw new ValidationException("size", "must be one of 1024x1024, 1792x1024, 1024x1792 for dall-e-3",
							this.size.value());
				}
			}
			return new CreateImageRequest(this.prompt, this.model, this.n, this.quality, this.responseFormat,
					this.outputFormat, this.outputCompression, this.stream, this.partialImages, this.size,
					this.moderation, this.background, this.style, this.user, this.additionalProperties);
		}

	}

	/**
	 * How much detail goes into an image: {@link #STANDARD} or {@link #HD} for DALL·E 3,
	 * {@link #LOW}, {@link #MEDIUM} or {@link #HIGH} for the GPT image models, or
	 * {@link #AUTO}. Also used by {@link CreateImageEditRequest} and
	 * {@link ImagesResponse}.
	 *
	 * @param value the wire value
	 */
	public record Quality(@JsonValue String value) {

		/** The default level of detail of DALL·E. */
		public static final Quality STANDARD = new Quality("standard");

		/** Finer detail and more consistency, at a higher price; DALL·E 3. */
		public static final Quality HD = new Quality("hd");

		/** Fast and cheap; GPT image models. */
		public static final Quality LOW = new Quality("low");

		/** Between the two; GPT image models. */
		public static final Quality MEDIUM = new Quality("medium");

		/** The most detail; GPT image models. */
		public static final Quality HIGH = new Quality("high");

		/** The best quality for the model, chosen by the API (today's default). */
		public static final Quality AUTO = new Quality("auto");

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
	 * pixel landscapes or portraits; the GPT image models draw 1024 pixel squares, 1536
	 * by 1024 pixel landscapes or portraits, or a size of their choice ({@link #AUTO}), and
	 * GPT Image 2 any multiple of 16 pixels ({@link #of(int, int)}). Also used by
	 * {@link CreateImageEditRequest}, {@link CreateImageVariationRequest} (DALL·E 2 sizes
	 * only) and {@link ImagesResponse}.
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

		/** 1536 pixels wide, 1024 high; GPT image models only. */
		public static final Size SIZE_1536X1024 = new Size("1536x1024");

		/** 1024 pixels wide, 1536 high; GPT image models only. */
		public static final Size SIZE_1024X1536 = new Size("1024x1536");

		/** A size the model chooses; GPT image models only (their default). */
		public static final Size AUTO = new Size("auto");

		static final Set<Size> DALL_E_2_ONLY = Set.of(SIZE_256X256, SIZE_512X512);

		static final Set<Size> GPT_IMAGE_ONLY = Set.of(SIZE_1536X1024, SIZE_1024X1536, AUTO);

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

	/**
	 * The file format of the images the GPT image models make. Also used by
	 * {@link CreateImageEditRequest} and {@link ImagesResponse}.
	 *
	 * @param value the wire value
	 */
	public record OutputFormat(@JsonValue String value) {

		/** PNG, lossless (the default). */
		public static final OutputFormat PNG = new OutputFormat("png");

		/** JPEG, compressed, without transparency. */
		public static final OutputFormat JPEG = new OutputFormat("jpeg");

		/** WebP, compressed, with transparency. */
		public static final OutputFormat WEBP = new OutputFormat("webp");

		public OutputFormat {
			Validate.required(value, "output_format");
		}

		@JsonCreator
		public static OutputFormat of(String value) {
			return new OutputFormat(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The background of the images the GPT image models make. Also used by
	 * {@link CreateImageEditRequest} and {@link ImagesResponse} (which tells the one
	 * chosen: never {@link #AUTO}).
	 *
	 * @param value the wire value
	 */
	public record Background(@JsonValue String value) {

		/** See-through; needs the {@code png} or {@code webp} format. */
		public static final Background TRANSPARENT = new Background("transparent");

		/** Solid. */
		public static final Background OPAQUE = new Background("opaque");

		/** Chosen by the model (the default). */
		public static final Background AUTO = new Background("auto");

		public Background {
			Validate.required(value, "background");
		}

		@JsonCreator
		public static Background of(String value) {
			return new Background(value);
		}

		static void checkFormat(@Nullable Background background, @Nullable OutputFormat format) {
			if (TRANSPARENT.equals(background) && OutputFormat.JPEG.equals(format)) {
				throw new ValidationException("output_format", "must be png or webp for a transparent background",
						format.value());
			}
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How strictly the GPT image models filter what they draw.
	 *
	 * @param value the wire value
	 */
	public record Moderation(@JsonValue String value) {

		/** Less restrictive filtering. */
		public static final Moderation LOW = new Moderation("low");

		/** The standard filtering (the default). */
		public static final Moderation AUTO = new Moderation("auto");

		public Moderation {
			Validate.required(value, "moderation");
		}

		@JsonCreator
		public static Moderation of(String value) {
			return new Moderation(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
