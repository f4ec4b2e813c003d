package org.openaiboot.models.audio;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.audio.CreateTranscriptionRequest.ResponseFormat;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A request to turn speech in any supported language into English text, sent as
 * {@code multipart/form-data}.
 * <p>
 * This record holds the text fields of the form only. The audio file (flac, mp3, mp4,
 * mpeg, mpga, m4a, ogg, wav or webm; required) is a binary part that the client takes
 * separately and sends under the part name {@link #FILE_FIELD}.
 *
 * @param model the speech-to-text model
 * @param prompt English text that sets the style of the result or continues an earlier
 * segment
 * @param responseFormat the format of the result; json when absent. Only json and
 * verbose_json answers are JSON documents
 * @param temperature the sampling temperature, from 0 to 1; 0 (the default) lets the
 * model raise it by itself where needed
 * @param additionalProperties form fields this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTranslationRequest(@JsonProperty("model") TranscriptionModel model,
		@JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The form part name of the audio file (required, binary). */
	public static final String FILE_FIELD = "file";

	/** The lowest sampling temperature. */
	public static final double TEMPERATURE_MIN = 0;

	/** The highest sampling temperature. */
	public static final double TEMPERATURE_MAX = 1;

	public CreateTranslationRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the model only, and defaults for everything else.
	 * @param model the speech-to-text model
	 * @return the request
	 */
	public static CreateTranslationRequest of(TranscriptionModel model) {
		return builder().model(model).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.prompt(this.prompt)
			.responseFormat(this.responseFormat)
			.temperature(this.temperature)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateTranslationRequest}; {@link #build()} checks the model and the
	 * temperature. The audio file itself is given to the client, not here.
	 */
	public static final class Builder {

		private @Nullable TranscriptionModel model;

		private @Nullable String prompt;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Double temperature;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(@Nullable TranscriptionModel model) {
			this.model = model;
			return this;
		}

		public Builder model(@Nullable String model) {
			return model((model != null) ? TranscriptionModel.of(model) : null);
		}

		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
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

		public CreateTranslationRequest build() {
			Validate.required(this.model, "model");
			Validate.range(this.temperature, "temperature", TEMPERATURE_MIN, TEMPERATURE_MAX);
			return new CreateTranslationRequest(this.model, this.prompt, this.responseFormat, this.temperature,
					this.additionalProperties);
		}

	}

}
