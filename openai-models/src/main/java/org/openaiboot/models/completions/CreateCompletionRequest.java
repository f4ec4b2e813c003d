package org.openaiboot.models.completions;

import java.util.Arrays;
import java.util.Collections;
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
import org.openaiboot.models.common.Stop;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * A request for a legacy text completion: the model continues the given prompt.
 *
 * @param model the model to use
 * @param prompt what the model continues: text, texts, tokens or token arrays
 * @param bestOf how many candidates the server generates to return the most likely
 * {@code n} of them (0 to 20, at least {@code n}); not possible while streaming
 * @param echo whether the answer repeats the prompt before the completion
 * @param frequencyPenalty from -2 to 2; positive values make the model less likely to
 * repeat tokens in proportion to how often they appeared so far
 * @param logitBias token id (as a string) to a bias from -100 (never pick) to 100 (always
 * pick) added to the model's scores
 * @param logprobs how many of the most likely tokens, 0 to 5, to report with their log
 * probability at each position
 * @param maxTokens the most tokens to generate; prompt and completion together must fit
 * in the model's context
 * @param n how many completions to generate for each prompt, 1 to 128
 * @param presencePenalty from -2 to 2; positive values make the model less likely to
 * repeat any token that appeared so far
 * @param seed asks for repeatable sampling on a best-effort basis
 * @param stop up to four sequences that end the generation
 * @param stream whether the answer comes as server-sent events; set by the client
 * @param streamOptions what a streamed answer adds, such as a last event with the token
 * usage; only used when streaming
 * @param suffix text placed after the generated text, for insertion
 * @param temperature sampling temperature from 0 (focused) to 2 (random)
 * @param topP nucleus sampling: the model samples only from the most likely tokens whose
 * probabilities add up to this value, 0 to 1
 * @param user a stable id of your end user, for OpenAI's abuse monitoring
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCompletionRequest(@JsonProperty("model") CompletionModel model,
		@JsonProperty("prompt") @JsonInclude(JsonInclude.Include.ALWAYS) Prompt prompt,
		@JsonProperty("best_of") @Nullable Integer bestOf,
		@JsonProperty("echo") @Nullable Boolean echo,
		@JsonProperty("frequency_penalty") @Nullable Double frequencyPenalty,
		@JsonProperty("logit_bias") @Nullable Map<String, Integer> logitBias,
		@JsonProperty("logprobs") @Nullable Integer logprobs, @JsonProperty("max_tokens") @Nullable Integer maxTokens,
		@JsonProperty("n") @Nullable Integer n, @JsonProperty("presence_penalty") @Nullable Double presencePenalty,
		@JsonProperty("seed") @Nullable Long seed, @JsonProperty("stop") @Nullable Stop stop,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("stream_options") @Nullable StreamOptions streamOptions,
		@JsonProperty("suffix") @Nullable String suffix,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The smallest {@code best_of}. */
	public static final int BEST_OF_MIN = 0;

	/** The largest {@code best_of}. */
	public static final int BEST_OF_MAX = 20;

	/** The smallest and largest {@code frequency_penalty} and {@code presence_penalty}. */
	public static final double PENALTY_MAX = 2;

	/** The smallest and largest bias of a {@code logit_bias} entry. */
	public static final int LOGIT_BIAS_MAX = 100;

	/** The largest {@code logprobs}. */
	public static final int LOGPROBS_MAX = 5;

	/** The largest {@code n}. */
	public static final int N_MAX = 128;

	/** The largest {@code temperature}. */
	public static final double TEMPERATURE_MAX = 2;

	public CreateCompletionRequest {
		logitBias = (logitBias != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(logitBias)) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the members of version 2.0.0 of the API (no {@code stream_options}).
	 * @param model the model
	 * @param prompt the prompt
	 * @param bestOf candidates generated server-side
	 * @param echo whether the prompt is repeated
	 * @param frequencyPenalty the frequency penalty
	 * @param logitBias the token biases
	 * @param logprobs how many log probabilities to report
	 * @param maxTokens the most tokens to generate
	 * @param n how many completions
	 * @param presencePenalty the presence penalty
	 * @param seed the sampling seed
	 * @param stop the stop sequences
	 * @param stream whether to stream
	 * @param suffix text after the completion
	 * @param temperature the sampling temperature
	 * @param topP the nucleus sampling mass
	 * @param user the end-user id
	 * @param additionalProperties members this version of the type does not know
	 */
	public CreateCompletionRequest(CompletionModel model, Prompt prompt, @Nullable Integer bestOf,
			@Nullable Boolean echo, @Nullable Double frequencyPenalty, @Nullable Map<String, Integer> logitBias,
			@Nullable Integer logprobs, @Nullable Integer maxTokens, @Nullable Integer n,
			@Nullable Double presencePenalty, @Nullable Long seed, @Nullable Stop stop, @Nullable Boolean stream,
			@Nullable String suffix, @Nullable Double temperature, @Nullable Double topP, @Nullable String user,
			Map<String, @Nullable Object> additionalProperties) {
		this(model, prompt, bestOf, echo, frequencyPenalty, logitBias, logprobs, maxTokens, n, presencePenalty, seed,
				stop, stream, null, suffix, temperature, topP, user, additionalProperties);
	}

	/**
	 * A request that continues one prompt with the given model and default settings.
	 * @param model the model
	 * @param prompt the prompt
	 * @return the request
	 */
	public static CreateCompletionRequest of(CompletionModel model, String prompt) {
		return builder().model(model).prompt(prompt).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.prompt(this.prompt)
			.bestOf(this.bestOf)
			.echo(this.echo)
			.frequencyPenalty(this.frequencyPenalty)
			.logitBias(this.logitBias)
			.logprobs(this.logprobs)
			.maxTokens(this.maxTokens)
			.n(this.n)
			.presencePenalty(this.presencePenalty)
			.seed(this.seed)
			.stop(this.stop)
			.stream(this.stream)
			.streamOptions(this.streamOptions)
			.suffix(this.suffix)
			.temperature(this.temperature)
			.topP(this.topP)
			.user(this.user)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * The prompt, in one of the four shapes the API takes: a JSON string, an array of
	 * strings, an array of token ids, or an array of arrays of token ids. Several prompts
	 * are completed separately.
	 */
	public sealed interface Prompt
			permits Prompt.Text, Prompt.Texts, Prompt.Tokens, Prompt.TokenArrays, Prompt.Unknown {

		static Prompt of(String text) {
			return new Text(text);
		}

		static Prompt of(String... texts) {
			return new Texts(Arrays.asList(texts));
		}

		static Prompt of(List<String> texts) {
			return new Texts(texts);
		}

		static Prompt ofTokens(int... tokens) {
			return new Tokens(Arrays.stream(tokens).boxed().toList());
		}

		static Prompt ofTokens(List<Integer> tokens) {
			return new Tokens(tokens);
		}

		static Prompt ofTokenArrays(List<List<Integer>> tokenArrays) {
			return new TokenArrays(tokenArrays);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		@SuppressWarnings("unchecked")
		static Prompt fromJson(Object json) {
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
		 * One prompt as text.
		 *
		 * @param text the text
		 */
		record Text(@JsonValue String text) implements Prompt {

		}

		/**
		 * Several prompts as text.
		 *
		 * @param texts the texts
		 */
		record Texts(@JsonValue List<String> texts) implements Prompt {

			public Texts {
				texts = List.copyOf(texts);
			}

		}

		/**
		 * One prompt as token ids.
		 *
		 * @param tokens the token ids
		 */
		record Tokens(@JsonValue List<Integer> tokens) implements Prompt {

			public Tokens {
				tokens = List.copyOf(tokens);
			}

		}

		/**
		 * Several prompts, each as token ids.
		 *
		 * @param tokenArrays the token ids of each prompt
		 */
		record TokenArrays(@JsonValue List<List<Integer>> tokenArrays) implements Prompt {

			public TokenArrays {
				tokenArrays = tokenArrays.stream().map(List::copyOf).toList();
			}

		}

		/**
		 * A shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue Object json) implements Prompt {

		}

	}

	/**
	 * Builds a {@link CreateCompletionRequest}; {@link #build()} checks the required
	 * members and the documented ranges.
	 */
	public static final class Builder {

		private @Nullable CompletionModel model;

		private @Nullable Prompt prompt;

		private @Nullable Integer bestOf;

		private @Nullable Boolean echo;

		private @Nullable Double frequencyPenalty;

		private @Nullable Map<String, Integer> logitBias;

		private @Nullable Integer logprobs;

		private @Nullable Integer maxTokens;

		private @Nullable Integer n;

		private @Nullable Double presencePenalty;

		private @Nullable Long seed;

		private @Nullable Stop stop;

		private @Nullable Boolean stream;

		private @Nullable StreamOptions streamOptions;

		private @Nullable String suffix;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable String user;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(@Nullable CompletionModel model) {
			this.model = model;
			return this;
		}

		public Builder model(String model) {
			return model(CompletionModel.of(model));
		}

		public Builder prompt(@Nullable Prompt prompt) {
			this.prompt = prompt;
			return this;
		}

		public Builder prompt(String prompt) {
			return prompt(Prompt.of(prompt));
		}

		public Builder prompt(String... prompts) {
			return prompt(Prompt.of(prompts));
		}

		public Builder bestOf(@Nullable Integer bestOf) {
			this.bestOf = bestOf;
			return this;
		}

		public Builder echo(@Nullable Boolean echo) {
			this.echo = echo;
			return this;
		}

		public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
			this.frequencyPenalty = frequencyPenalty;
			return this;
		}

		public Builder logitBias(@Nullable Map<String, Integer> logitBias) {
			this.logitBias = (logitBias != null) ? new LinkedHashMap<>(logitBias) : null;
			return this;
		}

		/**
		 * Add one entry to {@code logit_bias}.
		 * @param tokenId the token id
		 * @param bias the bias, from -100 to 100
		 * @return this builder
		 */
		public Builder addLogitBias(int tokenId, int bias) {
			if (this.logitBias == null) {
				this.logitBias = new LinkedHashMap<>();
			}
			this.logitBias.put(Integer.toString(tokenId), bias);
			return this;
		}

		public Builder logprobs(@Nullable Integer logprobs) {
			this.logprobs = logprobs;
			return this;
		}

		public Builder maxTokens(@Nullable Integer maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		public Builder n(@Nullable Integer n) {
			this.n = n;
			return this;
		}

		public Builder presencePenalty(@Nullable Double presencePenalty) {
			this.presencePenalty = presencePenalty;
			return this;
		}

		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
			return this;
		}

		public Builder stop(@Nullable Stop stop) {
			this.stop = stop;
			return this;
		}

		public Builder stop(String sequence) {
			return stop(Stop.of(sequence));
		}

		public Builder stop(String... sequences) {
			return stop(Stop.of(sequences));
		}

		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		public Builder streamOptions(@Nullable StreamOptions streamOptions) {
			this.streamOptions = streamOptions;
			return this;
		}

		public Builder suffix(@Nullable String suffix) {
			this.suffix = suffix;
			return this;
		}

		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
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

		public CreateCompletionRequest build() {
			CompletionModel model = Validate.required(this.model, "model");
			Prompt prompt = validatePrompt(Validate.required(this.prompt, "prompt"));
			Validate.range(this.bestOf, "best_of", BEST_OF_MIN, BEST_OF_MAX);
			Validate.range(this.frequencyPenalty, "frequency_penalty", -PENALTY_MAX, PENALTY_MAX);
			validateLogitBias(this.logitBias);
			Validate.range(this.logprobs, "logprobs", 0, LOGPROBS_MAX);
			Validate.min(this.maxTokens, "max_tokens", 0);
			Validate.range(this.n, "n", 1, N_MAX);
			Validate.range(this.presencePenalty, "presence_penalty", -PENALTY_MAX, PENALTY_MAX);
			Stop.validate(this.stop, "stop");
			Validate.range(this.temperature, "temperature", 0, TEMPERATURE_MAX);
			Validate.range(this.topP, "top_p", 0, 1);
			if (this.bestOf != null && this.n != null && this.bestOf < this.n) {
				throw new ValidationException("best_of", "must be at least n (" + this.n + ")", this.bestOf);
			}
			if (this.bestOf != null && this.bestOf > 1 && Boolean.TRUE.equals(this.stream)) {
				throw new ValidationException("best_of", "must be at most 1 when stream is true", this.bestOf);
			}
			return new CreateCompletionRequest(model, prompt, this.bestOf, this.echo, this.frequencyPenalty,
					this.logitBias, this.logprobs, this.maxTokens, this.n, this.presencePenalty, this.seed, this.stop,
					this.stream, this.streamOptions, this.suffix, this.temperature, this.topP, this.user,
					this.additionalProperties);
		}

		private static Prompt validatePrompt(Prompt prompt) {
			if (prompt instanceof Prompt.Tokens tokens) {
				Validate.requiredNotEmpty(tokens.tokens(), "prompt");
			}
			else if (prompt instanceof Prompt.TokenArrays arrays) {
				Validate.requiredNotEmpty(arrays.tokenArrays(), "prompt");
				List<List<Integer>> tokenArrays = arrays.tokenArrays();
				for (int i = 0; i < tokenArrays.size(); i++) {
					Validate.requiredNotEmpty(tokenArrays.get(i), "prompt[" + i + "]");
				}
			}
			return prompt;
		}

		private static void validateLogitBias(@Nullable Map<String, Integer> logitBias) {
			if (logitBias == null) {
				return;
			}
			logitBias.forEach((token, bias) -> {
				if (token.isEmpty() || !token.chars().allMatch((c) -> c >= '0' && c <= '9')) {
					throw new ValidationException("logit_bias", "keys must be token ids", token);
				}
				Validate.range(bias, "logit_bias." + token, -LOGIT_BIAS_MAX, LOGIT_BIAS_MAX);
			});
		}

	}

	/**
	 * What a streamed answer adds to the events.
	 *
	 * @param includeUsage whether a last event, with an empty {@code choices} list, reports
	 * the token usage of the whole request
	 * @param includeObfuscation whether events carry random padding that hides their
	 * length from network observers; {@code false} saves bandwidth on trusted links
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StreamOptions(@JsonProperty("include_usage") @Nullable Boolean includeUsage,
			@JsonProperty("include_obfuscation") @Nullable Boolean includeObfuscation,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public StreamOptions {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Options that ask for the usage event.
		 * @return the options
		 */
		public static StreamOptions withUsage() {
			return new StreamOptions(true, null, Map.of());
		}

	}

}
