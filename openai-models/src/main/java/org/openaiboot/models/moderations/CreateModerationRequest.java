package org.openaiboot.models.moderations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * Asks whether one or more texts, or a mix of texts and images, break the usage policies.
 *
 * @param input the text or texts to check, or a list of text and image parts (for the
 * {@code omni-moderation} models)
 * @param model the moderation model; the server picks its default
 * ({@link ModerationModel#OMNI_MODERATION_LATEST} today) when absent
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateModerationRequest(@JsonProperty("input") Input input,
		@JsonProperty("model") @Nullable ModerationModel model,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateModerationRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request that checks one text with the default model.
	 * @param text the text
	 * @return the request
	 */
	public static CreateModerationRequest of(String text) {
		return builder().input(text).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().input(this.input).model(this.model).additionalProperties(this.additionalProperties);
	}

	/**
	 * What to classify: one text, sent as a JSON string; several, sent as a JSON array of
	 * strings; or text and image parts, sent as a JSON array of objects, classified
	 * together (multi-modal models only).
	 */
	public sealed interface Input permits Input.Text, Input.Texts, Input.Parts, Input.Unknown {

		static Input of(String text) {
			return new Text(text);
		}

		static Input of(String... texts) {
			return new Texts(Arrays.asList(texts));
		}

		static Input of(List<String> texts) {
			return new Texts(texts);
		}

		static Input of(InputPart... parts) {
			return new Parts(Arrays.asList(parts));
		}

		static Input ofParts(List<? extends InputPart> parts) {
			return new Parts(List.copyOf(parts));
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		@SuppressWarnings("unchecked")
		static Input fromJson(Object json) {
			if (json instanceof String text) {
				return new Text(text);
			}
			if (json instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
				return new Texts((List<String>) list);
			}
			if (json instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
				return new Parts(list.stream().map((part) -> InputPart.fromMap((Map<String, Object>) part)).toList());
			}
			return new Unknown(json);
		}

		/**
		 * One text.
		 *
		 * @param text the text
		 */
		record Text(@JsonValue String text) implements Input {

		}

		/**
		 * Several texts, each classified on its own.
		 *
		 * @param texts the texts
		 */
		record Texts(@JsonValue List<String> texts) implements Input {

			public Texts {
				texts = List.copyOf(texts);
			}

		}

		/**
		 * Text and image parts, classified together.
		 *
		 * @param parts the parts
		 */
		record Parts(@JsonValue List<InputPart> parts) implements Input {

			public Parts {
				parts = List.copyOf(parts);
			}

		}

		/**
		 * A shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue Object json) implements Input {

		}

	}

	/**
	 * Builds a {@link CreateModerationRequest}; {@link #build()} checks that an input is
	 * given.
	 */
	public static final class Builder {

		private @Nullable Input input;

		private @Nullable ModerationModel model;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		public Builder input(String text) {
			return input(Input.of(text));
		}

		public Builder input(String... texts) {
			return input(Input.of(texts));
		}

		public Builder input(List<String> texts) {
			return input(Input.of(texts));
		}

		public Builder input(InputPart... parts) {
			return input(Input.of(parts));
		}

		public Builder model(@Nullable ModerationModel model) {
			this.model = model;
			return this;
		}

		public Builder model(String model) {
			return model(ModerationModel.of(model));
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public CreateModerationRequest build() {
			Input input = Validate.required(this.input, "input");
			if (input instanceof Input.Parts parts) {
				Validate.requiredNotEmpty(parts.parts(), "input");
				for (InputPart part : parts.parts()) {
					if (part instanceof InputPart.Text text) {
						Validate.required(text.text(), "input[].text");
					}
					else if (part instanceof InputPart.ImageUrl image) {
						Validate.required(image.imageUrl(), "input[].image_url");
						Validate.requiredText(image.imageUrl().url(), "input[].image_url.url");
					}
				}
			}
			return new CreateModerationRequest(input, this.model, this.additionalProperties);
		}

	}

	/**
	 * One part of a multi-modal moderation input: a text or an image, told apart by
	 * {@code type}.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
			visible = true, defaultImpl = InputPart.Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(value = InputPart.Text.class, name = InputPart.Text.TYPE),
			@JsonSubTypes.Type(value = InputPart.ImageUrl.class, name = InputPart.ImageUrl.TYPE) })
	public sealed interface InputPart permits InputPart.Text, InputPart.ImageUrl, InputPart.Unknown {

		/** @return the discriminator as sent on the wire */
		String type();

		/**
		 * A text part.
		 * @param text the text
		 * @return the part
		 */
		static InputPart text(String text) {
			return new Text(text, Map.of());
		}

		/**
		 * An image part.
		 * @param url the address of the image, or a {@code data:} URL with base64 content
		 * @return the part
		 */
		static InputPart imageUrl(String url) {
			return new ImageUrl(new ImageUrl.Image(url, Map.of()), Map.of());
		}

		/**
		 * Read a part from the JSON object the {@link Input} holds.
		 * @param json the members of the part
		 * @return the part; a type this version does not know is kept as
		 * {@link Unknown}
		 */
		@SuppressWarnings("unchecked")
		static InputPart fromMap(Map<String, Object> json) {
			Map<String, @Nullable Object> rest = new LinkedHashMap<>(json);
			Object type = rest.remove("type");
			if (Text.TYPE.equals(type) && rest.get("text") instanceof String text) {
				rest.remove("text");
				return new Text(text, rest);
			}
			if (ImageUrl.TYPE.equals(type) && rest.get("image_url") instanceof Map<?, ?> image
					&& image.get("url") instanceof String url) {
				rest.remove("image_url");
				Map<String, @Nullable Object> imageRest = new LinkedHashMap<>((Map<String, Object>) image);
				imageRest.remove("url");
				return new ImageUrl(new ImageUrl.Image(url, imageRest), rest);
			}
			return new Unknown(json);
		}

		/**
		 * A text to classify.
		 *
		 * @param text the text
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		@JsonIgnoreProperties(value = "type", allowGetters = true)
		record Text(@JsonProperty("text") String text,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements InputPart {

			/** The discriminator of a text part. */
			public static final String TYPE = "text";

			public Text {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			@Override
			@JsonProperty("type")
			public String type() {
				return TYPE;
			}

		}

		/**
		 * An image to classify.
		 *
		 * @param imageUrl where the image is
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		@JsonIgnoreProperties(value = "type", allowGetters = true)
		record ImageUrl(@JsonProperty("image_url") Image imageUrl,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements InputPart {

			/** The discriminator of an image part. */
			public static final String TYPE = "image_url";

			public ImageUrl {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			@Override
			@JsonProperty("type")
			public String type() {
				return TYPE;
			}

			/**
			 * The address of an image.
			 *
			 * @param url a web address or a {@code data:} URL with base64 content
			 * @param additionalProperties members this version of the type does not know
			 */
			@JsonInclude(JsonInclude.Include.NON_NULL)
			public record Image(@JsonProperty("url") String url,
					@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

				public Image {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

			}

		}

		/**
		 * A part of a type this version does not know, kept as read.
		 *
		 * @param properties all its members
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties) implements InputPart {

			public Unknown {
				properties = AdditionalProperties.copyOf(properties);
			}

			@Override
			@JsonIgnore
			public String type() {
				return String.valueOf(this.properties.get("type"));
			}

		}

	}

}
