package org.openaiboot.models.images;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.images.CreateImageRequest.ResponseFormat;
import org.openaiboot.models.images.CreateImageRequest.Size;

/**
 * A request to draw new images in the manner of a given one, sent as
 * {@code multipart/form-data}.
 * <p>
 * This record holds the text fields of the form only. The source image (a square PNG
 * under 4 MB, required) is a binary part that the client takes separately and sends
 * under the part name {@link #IMAGE_FIELD}. Every member here is optional, so
 * {@code CreateImageVariationRequest.builder().build()} is a valid request.
 *
 * @param model the model to draw with; DALL·E 2 when absent, and the only one supported
 * @param n how many images to make, 1 to 10
 * @param responseFormat whether to answer with links or with base64 text
 * @param size the width and height of the images: 256x256, 512x512 or 1024x1024
 * @param user an id of your end user, which helps OpenAI detect abuse
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImageVariationRequest(@JsonProperty("model") @Nullable ImageModel model,
		@JsonProperty("n") @Nullable Integer n,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("size") @Nullable Size size, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the source image (required, binary). */
	public static final String IMAGE_FIELD = "image";

	/** The fewest images one request may ask for. */
	public static final int N_MIN = 1;

	/** The most images one request may ask for. */
	public static final int N_MAX = 10;

	public CreateImageVariationRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.n(this.n)
			.responseFormat(this.responseFormat)
			.size(this.size)
			.user(this.user)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateImageVariationRequest}; {@link #build()} checks the number of
	 * images and the size. The image itself is given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable ImageModel model;

		private @Nullable Integer n;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Size size;

		private @Nullable String user;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
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

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder size(@Nullable Size size) {
			this.size = size;
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

		public CreateImageVariationRequest build() {
			Validate.range(this.n, "n", N_MIN, N_MAX);
			if (this.size != null && Size.DALL_E_3_ONLY.contains(this.size)) {
				throw new ValidationException("size", "must be one of 256x256, 512x512, 1024x1024", this.size.value());
			}
			return new CreateImageVariationRequest(this.model, this.n, this.responseFormat, this.size, this.user,
					this.additionalProperties);
		}

	}

}
