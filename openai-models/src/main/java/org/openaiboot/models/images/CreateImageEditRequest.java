package org.openaiboot.models.images;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.openaiboot.models.images.CreateImageRequest.Background;
import org.openaiboot.models.images.CreateImageRequest.OutputFormat;
import org.openaiboot.models.images.CreateImageRequest.Quality;
import org.openaiboot.models.images.CreateImageRequest.ResponseFormat;
import org.openaiboot.models.images.CreateImageRequest.Size;

/**
 * A request to change part of an image according to a prompt, sent as
 * {@code multipart/form-data}.
 * <p>
 * This record holds the text fields of the form only. The image to edit (a square PNG
 * under 4 MB for DALL·E 2; PNG, WebP or JPEG under 50 MB for the GPT image models,
 * required) and the optional mask (a PNG of the same dimensions whose transparent pixels
 * mark where to edit) are binary parts that the client takes separately and sends under
 * the part names {@link #IMAGE_FIELD} and {@link #MASK_FIELD}.
 * <p>
 * {@link Builder#build()} checks the limits of the model: without a model, or with
 * DALL·E 2, the prompt has at most 1000 characters and the DALL·E 2 sizes; with a GPT
 * image model, at most 32000 characters.
 *
 * @param prompt what the edited image should show
 * @param background whether the background is transparent, opaque, or chosen by the
 * model; GPT image models only
 * @param model the model to edit with
 * @param n how many images to make, 1 to 10
 * @param size the width and height of the images
 * @param responseFormat whether to answer with links or with base64 text (DALL·E 2 only)
 * @param outputFormat the file format of the images; GPT image models only
 * @param outputCompression how much to compress {@code jpeg} and {@code webp} images, 0
 * to 100 percent; GPT image models only
 * @param user an id of your end user, which helps OpenAI detect abuse
 * @param inputFidelity how closely to keep the style and features (faces above all) of
 * the input images
 * @param stream whether the images come as server-sent events; GPT image models only
 * @param partialImages how many partial images to stream before the final one, 0 to 3
 * @param quality how much detail to put in; GPT image models only
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImageEditRequest(@JsonProperty("prompt") String prompt,
		@JsonProperty("background") @Nullable Background background,
		@JsonProperty("model") @Nullable ImageModel model, @JsonProperty("n") @Nullable Integer n,
		@JsonProperty("size") @Nullable Size size,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("output_format") @Nullable OutputFormat outputFormat,
		@JsonProperty("output_compression") @Nullable Integer outputCompression,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("input_fidelity") @Nullable InputFidelity inputFidelity,
		@JsonProperty("stream") @Nullable Boolean stream, @JsonProperty("partial_images") @Nullable Integer partialImages,
		@JsonProperty("quality") @Nullable Quality quality,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the image to edit (required, binary). */
	public static final String IMAGE_FIELD = "image";

	/** The form part name of the optional mask image (binary). */
	public static final String MASK_FIELD = "mask";

	/** The longest prompt an edit with DALL·E 2 accepts. */
	public static final int PROMPT_MAX_LENGTH = 1000;

	/** The fewest images one request may ask for. */
	public static final int N_MIN = 1;

	/** The most images one request may ask for. */
	public static final int N_MAX = 10;

	public CreateImageEditRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the members of version 2.0.0 of the API (DALL·E 2 only).
	 * @param prompt what the edited image should show
	 * @param model the model
	 * @param n how many images
	 * @param size the size
	 * @param responseFormat links or base64
	 * @param user the end-user id
	 * @param additionalProperties form fields this version of the type does not know
	 */
	public CreateImageEditRequest(String prompt, @Nullable ImageModel model, @Nullable Integer n,
			@Nullable Size size, @Nullable ResponseFormat responseFormat, @Nullable String user,
			Map<String, @Nullable Object> additionalProperties) {
		this(prompt, null, model, n, size, responseFormat, null, null, user, null, null, null, null,
				additionalProperties);
	}

	/**
	 * A request with just a prompt, and defaults for everything else.
	 * @param prompt what the edited image should show
	 * @return the request
	 */
	public static CreateImageEditRequest of(String prompt) {
		return builder().prompt(prompt).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().prompt(this.prompt)
			.background(this.background)
			.model(this.model)
			.n(this.n)
			.size(this.size)
			.responseFormat(this.responseFormat)
			.outputFormat(this.outputFormat)
			.outputCompression(this.outputCompression)
			.user(this.user)
			.inputFidelity(this.inputFidelity)
			.stream(this.stream)
			.partialImages(this.partialImages)
			.quality(this.quality)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateImageEditRequest}; {@link #build()} checks the prompt, the
	 * number of images and the size. The image itself is given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable String prompt;

		private @Nullable ImageModel model;

		private @Nullable Integer n;

		private @Nullable Size size;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable String user;

		private @Nullable Background background;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Integer outputCompression;

		private @Nullable InputFidelity inputFidelity;

		private @Nullable Boolean stream;

		private @Nullable Integer partialImages;

		private @Nullable Quality quality;

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

		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		public Builder background(@Nullable Background background) {
			this.background = background;
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

		public Builder inputFidelity(@Nullable InputFidelity inputFidelity) {
			this.inputFidelity = inputFidelity;
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

		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
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

		public CreateImageEditRequest build() {
			Validate.requiredText(this.prompt, "prompt");
			Validate.range(this.n, "n", N_MIN, N_MAX);
			Validate.range(this.outputCompression, "output_compression", 0, CreateImageRequest.OUTPUT_COMPRESSION_MAX);
			Validate.range(this.partialImages, "partial_images", 0, CreateImageRequest.PARTIAL_IMAGES_MAX);
			Background.checkFormat(this.background, this.outputFormat);
			if (this.model != null && this.model.isGptImage()) {
				Validate.maxLength(this.prompt, "prompt", CreateImageRequest.GPT_IMAGE_PROMPT_MAX_LENGTH);
				if (this.size != null && (Size.DALL_E_2_ONLY.contains(this.size)
						|| Size.DALL_E_3_ONLY.contains(this.size))) {
					throw new ValidationException("size",
							"must be one of 1024x1024, 1536x1024, 1024x1536, auto (or WIDTHxHEIGHT for gpt-image-2) for "
									+ this.model.value(),
							this.size.value());
				}
			}
			else if (this.model == null || ImageModel.DALL_E_2.equals(this.model)) {
				Validate.maxLength(this.prompt, "prompt", PROMPT_MAX_LENGTH);
				if (this.size != null && (Size.DALL_E_3_ONLY.contains(this.size)
						|| (this.model != null && Size.GPT_IMAGE_ONLY.contains(this.size)))) {
					throw new ValidationException("size", "must be one of 256x256, 512x512, 1024x1024",
							this.size.value());
				}
			}
			return new CreateImageEditRequest(this.prompt, this.background, this.model, this.n, this.size,
					this.responseFormat, this.outputFormat, this.outputCompression, this.user, this.inputFidelity,
					this.stream, this.partialImages, this.quality, this.additionalProperties);
		}

	}

	/**
	 * How closely an edit keeps the style and features of the input images.
	 *
	 * @param value the wire value
	 */
	public record InputFidelity(@JsonValue String value) {

		/** Keep them closely, faces above all. */
		public static final InputFidelity HIGH = new InputFidelity("high");

		/** Keep them loosely (the default). */
		public static final InputFidelity LOW = new InputFidelity("low");

		public InputFidelity {
			Validate.required(value, "input_fidelity");
		}

		@JsonCreator
		public static InputFidelity of(String value) {
			return new InputFidelity(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
