package org.openaiboot.models.moderations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * Asks whether one or more texts break the usage policies.
 *
 * @param input the text or texts to check
 * @param model the moderation model; the server picks
 * {@link ModerationModel#TEXT_MODERATION_LATEST} when absent
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
	 * What to classify: one text, sent as a JSON string, or several, sent as a JSON array
	 * of strings.
	 */
	public sealed interface Input permits Input.Text, Input.Texts, Input.Unknown {

		static Input of(String text) {
			return new Text(text);
		}

		static Input of(String... texts) {
			return new Texts(Arrays.asList(texts));
		}

		static Input of(List<String> texts) {
			return new Texts(texts);
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
			return new CreateModerationRequest(input, this.model, this.additionalProperties);
		}

	}

}
