package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * An image part of a user message, given by URL or as a base64 {@code data:} URL.
 *
 * @param imageUrl where the image is and how closely to look at it
 * @param promptCacheBreakpoint marks this part as the end of a prefix the API should cache
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ChatCompletionRequestMessageContentPartImage(@JsonProperty("image_url") ImageUrl imageUrl,
		@JsonProperty("prompt_cache_breakpoint") @Nullable PromptCacheBreakpoint promptCacheBreakpoint,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessageContentPart {

	/** The discriminator of this part. */
	public static final String TYPE = "image_url";

	public ChatCompletionRequestMessageContentPartImage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a part with the members of API version 2.0.0.
	 * @param imageUrl the image
	 * @param additionalProperties other members
	 */
	public ChatCompletionRequestMessageContentPartImage(ImageUrl imageUrl, Map<String, @Nullable Object> additionalProperties) {
		this(imageUrl, null, additionalProperties);
	}

	/**
	 * Create an image part with the default level of detail.
	 * @param url the image's URL, or a {@code data:} URL with the base64 encoded image
	 * @return the part
	 */
	public static ChatCompletionRequestMessageContentPartImage of(String url) {
		return builder().imageUrl(ImageUrl.of(url)).build();
	}

	/**
	 * Create an image part.
	 * @param url the image's URL, or a {@code data:} URL with the base64 encoded image
	 * @param detail how closely the model looks at the image
	 * @return the part
	 */
	public static ChatCompletionRequestMessageContentPartImage of(String url, ImageUrl.Detail detail) {
		return builder().imageUrl(ImageUrl.of(url, detail)).build();
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().imageUrl(this.imageUrl)
			.promptCacheBreakpoint(this.promptCacheBreakpoint)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartImage}; {@link #build()}
	 * requires the image URL.
	 */
	public static final class Builder {

		private @Nullable ImageUrl imageUrl;

		private @Nullable PromptCacheBreakpoint promptCacheBreakpoint;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder imageUrl(@Nullable ImageUrl imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		public Builder imageUrl(String url) {
			return imageUrl(ImageUrl.of(url));
		}

		public Builder promptCacheBreakpoint(@Nullable PromptCacheBreakpoint promptCacheBreakpoint) {
			this.promptCacheBreakpoint = promptCacheBreakpoint;
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

		public ChatCompletionRequestMessageContentPartImage build() {
			ImageUrl image = Validate.required(this.imageUrl, "image_url");
			Validate.requiredText(image.url(), "image_url.url");
			return new ChatCompletionRequestMessageContentPartImage(image, this.promptCacheBreakpoint,
					this.additionalProperties);
		}

	}

	/**
	 * The image of an image part.
	 *
	 * @param url the image's URL, or a {@code data:} URL with the base64 encoded image
	 * @param detail how closely the model looks at the image; the API picks when absent
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ImageUrl(@JsonProperty("url") String url, @JsonProperty("detail") @Nullable Detail detail,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public ImageUrl {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static ImageUrl of(String url) {
			return builder().url(url).build();
		}

		public static ImageUrl of(String url, @Nullable Detail detail) {
			return builder().url(url).detail(detail).build();
		}

		public static Builder builder() {
			return new Builder();
		}

		public Builder toBuilder() {
			return new Builder().url(this.url).detail(this.detail).additionalProperties(this.additionalProperties);
		}

		/**
		 * Builds an {@link ImageUrl}; {@link #build()} requires the URL.
		 */
		public static final class Builder {

			private @Nullable String url;

			private @Nullable Detail detail;

			private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			public Builder url(@Nullable String url) {
				this.url = url;
				return this;
			}

			public Builder detail(@Nullable Detail detail) {
				this.detail = detail;
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

			public ImageUrl build() {
				Validate.requiredText(this.url, "image_url.url");
				return new ImageUrl(this.url, this.detail, this.additionalProperties);
			}

		}

		/**
		 * How closely the model looks at an image: in low detail it sees a small version,
		 * which costs fewer tokens.
		 *
		 * @param value the wire value
		 */
		public record Detail(@JsonValue String value) {

			/** Let the model choose from the image's size. */
			public static final Detail AUTO = new Detail("auto");

			/** A small, cheap view of the image. */
			public static final Detail LOW = new Detail("low");

			/** A full view of the image in tiles. */
			public static final Detail HIGH = new Detail("high");

			public Detail {
				Validate.required(value, "detail");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static Detail of(String value) {
				return new Detail(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

	}

}
