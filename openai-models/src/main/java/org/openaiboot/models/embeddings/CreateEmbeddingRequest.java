package org.openaiboot.models.embeddings;

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
import org.openaiboot.models.common.ValidationException;

/**
 * Asks for the embedding vectors of one or more texts or token sequences.
 *
 * @param input what to embed: text, texts, tokens or token arrays
 * @param model the embedding model
 * @param encodingFormat how the vectors are sent back; {@link EncodingFormat#FLOAT} when
 * absent. {@link Embedding} reads both.
 * @param dimensions the length of the returned vectors, at least 1; for
 * {@code text-embedding-3} models and newer only
 * @param user a stable id of your end user, for OpenAI's abuse monitoring
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEmbeddingRequest(@JsonProperty("input") Input input, @JsonProperty("model") EmbeddingModel model,
		@JsonProperty("encoding_format") @Nullable EncodingFormat encodingFormat,
		@JsonProperty("dimensions") @Nullable Integer dimensions, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The most inputs (texts, tokens or token arrays) of one request. */
	public static final int INPUT_MAX_ITEMS = 2048;

	public CreateEmbeddingRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request that embeds one text with the given model.
	 * @param model the model
	 * @param text the text
	 * @return the request
	 */
	public static CreateEmbeddingRequest of(EmbeddingModel model, String text) {
		return builder().model(model).input(text).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().input(this.input)
			.model(this.model)
			.encodingFormat(this.encodingFormat)
			.dimensions(this.dimensions)
			.user(this.user)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * What to embed, in one of the four shapes the API takes: a JSON string, an array of
	 * strings, an array of token ids, or an array of arrays of token ids. Each text or
	 * token array gets its own vector.
	 */
	public sealed interface Input
			permits Input.Text, Input.Texts, Input.Tokens, Input.TokenArrays, Input.Unknown {

		static Input of(String text) {
			return new Text(text);
		}

		static Input of(String... texts) {
			return new Texts(Arrays.asList(texts));
		}

		static Input of(List<String> texts) {
			return new Texts(texts);
		}

		static Input ofTokens(int... tokens) {
			return new Tokens(Arrays.stream(tokens).boxed().toList());
		}

		static Input ofTokens(List<Integer> tokens) {
			return new Tokens(tokens);
		}

		static Input ofTokenArrays(List<List<Integer>> tokenArrays) {
			return new TokenArrays(tokenArrays);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		@SuppressWarnings("unchecked")
		static Input fromJson(Object json) {
			if (json instanceof String text) {
				return new Text(text);
			}
			if (json instanceof List<?> list) {
				if (list.stream().allMatch(String.class::isInstance)) {
					return new Texts((List<String>) list);
				}
				if (isTokens(list)) {
					return new Tokens((List<Integer>) list);
				}
				if (list.stream().allMatch((item) -> item instanceof List<?> inner && isTokens(inner))) {
					return new TokenArrays((List<List<Integer>>) list);
				}
			}
			return new Unknown(json);
		}

		private static boolean isTokens(List<?> list) {
			return list.stream().allMatch(Integer.class::isInstance);
		}

		/**
		 * One text.
		 *
		 * @param text the text, not empty
		 */
		record Text(@JsonValue String text) implements Input {

		}

		/**
		 * Several texts, one vector each.
		 *
		 * @param texts the texts
		 */
		record Texts(@JsonValue List<String> texts) implements Input {

			public Texts {
				texts = List.copyOf(texts);
			}

		}

		/**
		 * One input as token ids.
		 *
		 * @param tokens the token ids
		 */
		record Tokens(@JsonValue List<Integer> tokens) implements Input {

			public Tokens {
				tokens = List.copyOf(tokens);
			}

		}

		/**
		 * Several inputs, each as token ids, one vector each.
		 *
		 * @param tokenArrays the token ids of each input
		 */
		record TokenArrays(@JsonValue List<List<Integer>> tokenArrays) implements Input {

			public TokenArrays {
				tokenArrays = tokenArrays.stream().map(List::copyOf).toList();
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
	 * The form in which the response carries the vectors.
	 *
	 * @param value the wire value
	 */
	public record EncodingFormat(@JsonValue String value) {

		/** JSON arrays of numbers; the default. */
		public static final EncodingFormat FLOAT = new EncodingFormat("float");

		/** Base64 strings of little-endian float32 values, about a quarter of the size. */
		public static final EncodingFormat BASE64 = new EncodingFormat("base64");

		public EncodingFormat {
			Validate.required(value, "encoding_format");
		}

		@JsonCreator
		public static EncodingFormat of(String value) {
			return new EncodingFormat(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Builds a {@link CreateEmbeddingRequest}; {@link #build()} checks the required
	 * members, the size of the input and {@code dimensions}.
	 */
	public static final class Builder {

		private @Nullable Input input;

		private @Nullable EmbeddingModel model;

		private @Nullable EncodingFormat encodingFormat;

		private @Nullable Integer dimensions;

		private @Nullable String user;

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

		public Builder model(@Nullable EmbeddingModel model) {
			this.model = model;
			return this;
		}

		public Builder model(String model) {
			return model(EmbeddingModel.of(model));
		}

		public Builder encodingFormat(@Nullable EncodingFormat encodingFormat) {
			this.encodingFormat = encodingFormat;
			return this;
		}

		public Builder encodingFormat(String encodingFormat) {
			return encodingFormat(EncodingFormat.of(encodingFormat));
		}

		public Builder dimensions(@Nullable Integer dimensions) {
			this.dimensions = dimensions;
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

		public CreateEmbeddingRequest build() {
			Input input = validateInput(Validate.required(this.input, "input"));
			EmbeddingModel model = Validate.required(this.model, "model");
			Validate.min(this.dimensions, "dimensions", 1);
			return new CreateEmbeddingRequest(input, model, this.encodingFormat, this.dimensions, this.user,
					this.additionalProperties);
		}

		private static Input validateInput(Input input) {
			if (input instanceof Input.Text text) {
				notEmpty(text.text(), "input");
			}
			else if (input instanceof Input.Texts texts) {
				Validate.sizeBetween(texts.texts(), "input", 1, INPUT_MAX_ITEMS);
				for (int i = 0; i < texts.texts().size(); i++) {
					notEmpty(texts.texts().get(i), "input[" + i + "]");
				}
			}
			else if (input instanceof Input.Tokens tokens) {
				Validate.sizeBetween(tokens.tokens(), "input", 1, INPUT_MAX_ITEMS);
			}
			else if (input instanceof Input.TokenArrays arrays) {
				Validate.sizeBetween(arrays.tokenArrays(), "input", 1, INPUT_MAX_ITEMS);
				for (int i = 0; i < arrays.tokenArrays().size(); i++) {
					Validate.requiredNotEmpty(arrays.tokenArrays().get(i), "input[" + i + "]");
				}
			}
			return input;
		}

		private static void notEmpty(String text, String field) {
			if (text.isEmpty()) {
				throw new ValidationException(field, "must not be an empty string", text);
			}
		}

	}

}
