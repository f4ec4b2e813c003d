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
 * An audio part of a user message, with the recording itself in the request.
 *
 * @param inputAudio the recording
 * @param promptCacheBreakpoint marks this part as the end of a prefix to cache
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ChatCompletionRequestMessageContentPartAudio(@JsonProperty("input_audio") InputAudio inputAudio,
		@JsonProperty("prompt_cache_breakpoint") @Nullable PromptCacheBreakpoint promptCacheBreakpoint,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements ChatCompletionRequestMessageContentPart {

	/** The discriminator of this part. */
	public static final String TYPE = "input_audio";

	public ChatCompletionRequestMessageContentPartAudio {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create an audio part.
	 * @param base64Data the recording, Base64 encoded
	 * @param format the recording's format
	 * @return the part
	 */
	public static ChatCompletionRequestMessageContentPartAudio of(String base64Data, InputAudio.Format format) {
		return builder().inputAudio(new InputAudio(base64Data, format, Map.of())).build();
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
		return new Builder().inputAudio(this.inputAudio)
			.promptCacheBreakpoint(this.promptCacheBreakpoint)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartAudio}; {@link #build()}
	 * requires the recording with its data and format.
	 */
	public static final class Builder {

		private @Nullable InputAudio inputAudio;

		private @Nullable PromptCacheBreakpoint promptCacheBreakpoint;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder inputAudio(@Nullable InputAudio inputAudio) {
			this.inputAudio = inputAudio;
			return this;
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

		public ChatCompletionRequestMessageContentPartAudio build() {
			InputAudio inputAudio = Validate.required(this.inputAudio, "input_audio");
			Validate.requiredText(inputAudio.data(), "input_audio.data");
			Validate.required(inputAudio.format(), "input_audio.format");
			return new ChatCompletionRequestMessageContentPartAudio(inputAudio, this.promptCacheBreakpoint,
					this.additionalProperties);
		}

	}

	/**
	 * A recording sent in the request.
	 *
	 * @param data the recording, Base64 encoded
	 * @param format the recording's format
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record InputAudio(@JsonProperty("data") String data, @JsonProperty("format") Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public InputAudio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * The format of a recording.
		 *
		 * @param value the wire value
		 */
		public record Format(@JsonValue String value) {

			/** WAV. */
			public static final Format WAV = new Format("wav");

			/** MP3. */
			public static final Format MP3 = new Format("mp3");

			public Format {
				Validate.required(value, "input_audio.format");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static Format of(String value) {
				return new Format(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

	}

}
