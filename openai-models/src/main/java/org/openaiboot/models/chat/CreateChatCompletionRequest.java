package org.openaiboot.models.chat;

import java.util.ArrayList;
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
import org.openaiboot.models.common.FunctionObject;
import org.openaiboot.models.common.Stop;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The body of a chat completion request: the conversation so far, the model that
 * continues it, and the options of the generation.
 * <p>
 * Build one with {@link #builder()}, which checks the rules of the API before anything
 * is sent. The components of API version 2.0.0 come first, the members of later
 * versions after them, in the order of the API reference. <pre class="code">
 * CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
 *     .model(ChatModel.GPT_3_5_TURBO)
 *     .messages(ChatCompletionRequestSystemMessage.of("You are a helpful assistant."),
 *             ChatCompletionRequestUserMessage.of("Hello!"))
 *     .temperature(0.2)
 *     .build();
 * </pre>
 *
 * @param messages the conversation so far, oldest first; at least one message
 * @param model the model that answers
 * @param frequencyPenalty from -2 to 2; positive values make the model less likely to
 * repeat tokens in proportion to how often they already appear
 * @param logitBias token id (as a string) to a bias from -100 to 100 added to that
 * token's score; -100 bans a token, 100 all but forces it
 * @param logprobs whether the answer carries the log probability of each token
 * @param topLogprobs how many of the most likely alternatives, from 0 to 5, to report
 * for each token; needs {@code logprobs} set to {@code true}
 * @param maxTokens the most tokens the answer may have
 * @param n how many alternative answers to generate, from 1 to 128 (each one is billed)
 * @param presencePenalty from -2 to 2; positive values make the model less likely to
 * repeat tokens that appeared at all, which favours new topics
 * @param responseFormat the form of the answer, such as guaranteed JSON
 * @param seed asks for repeatable sampling: the same seed and parameters should give the
 * same answer, as far as the backend allows
 * @param stop up to four sequences at which the model stops writing
 * @param stream whether the answer comes back as a stream of server-sent events
 * @param temperature sampling temperature from 0 to 2: higher is more random, lower more
 * focused; change this or {@code top_p}, not both
 * @param topP nucleus sampling from 0 to 1: only the tokens that make up this share of
 * the probability mass are considered; change this or {@code temperature}, not both
 * @param tools the tools (today, functions) the model may call; at most 128
 * @param toolChoice whether and which tool the model calls
 * @param user an id of your end user, which helps OpenAI detect abuse
 * @param functionCall whether and which function the model calls, in the older form that
 * {@code tool_choice} replaces (deprecated by the API)
 * @param functions the functions the model may call, in the older form that
 * {@code tools} replaces (deprecated by the API); from 1 to 128
 * @param metadata up to 16 key-value pairs kept with a stored completion, for your own
 * search and filtering (keys up to 64, values up to 512 characters)
 * @param safetyIdentifier a stable id of your end user (best a hash of the user name or
 * e-mail), up to 64 characters, that helps OpenAI detect abuse; replaces {@code user}
 * @param promptCacheKey groups requests that share a long prefix, for better use of the
 * prompt cache; replaces {@code user} for that purpose
 * @param promptCacheRetention how long cached prefixes are kept (deprecated by the API,
 * see {@code prompt_cache_options})
 * @param promptCacheOptions how the prompt cache is used for this request
 * @param serviceTier the processing tier to use
 * @param modalities the kinds of output wanted: text, and audio for audio models
 * @param verbosity how long and detailed the answer should be
 * @param reasoningEffort how much a reasoning model thinks before it answers; less is
 * faster and cheaper
 * @param maxCompletionTokens the most tokens the answer may have, reasoning tokens
 * included; replaces {@code max_tokens}, which reasoning models do not take
 * @param webSearchOptions how search models search the web
 * @param audio the voice and format of a spoken answer; needed when {@code modalities}
 * asks for audio
 * @param store whether the completion is stored, for distillation and evaluation
 * @param moderation asks the API to moderate the input and the answer
 * @param prediction text the answer is expected to mostly repeat, which speeds it up
 * @param streamOptions options of a streamed answer, such as a last chunk with the usage
 * @param parallelToolCalls whether the model may call several tools at once
 * @param additionalProperties members this version of the type does not know, or that a
 * newer API accepts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChatCompletionRequest(@JsonProperty("messages") List<ChatCompletionRequestMessage> messages,
		@JsonProperty("model") ChatModel model, @JsonProperty("frequency_penalty") @Nullable Double frequencyPenalty,
		@JsonProperty("logit_bias") @Nullable Map<String, Integer> logitBias,
		@JsonProperty("logprobs") @Nullable Boolean logprobs,
		@JsonProperty("top_logprobs") @Nullable Integer topLogprobs,
		@JsonProperty("max_tokens") @Nullable Integer maxTokens, @JsonProperty("n") @Nullable Integer n,
		@JsonProperty("presence_penalty") @Nullable Double presencePenalty,
		@JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
		@JsonProperty("seed") @Nullable Long seed, @JsonProperty("stop") @Nullable Stop stop,
		@JsonProperty("stream") @Nullable Boolean stream, @JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("top_p") @Nullable Double topP, @JsonProperty("tools") @Nullable List<ChatCompletionTool> tools,
		@JsonProperty("tool_choice") @Nullable ChatCompletionToolChoiceOption toolChoice,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("function_call") @Nullable FunctionCall functionCall,
		@JsonProperty("functions") @Nullable List<ChatCompletionFunctions> functions,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("safety_identifier") @Nullable String safetyIdentifier,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("prompt_cache_retention") @Nullable PromptCacheRetention promptCacheRetention,
		@JsonProperty("prompt_cache_options") @Nullable PromptCacheOptions promptCacheOptions,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("modalities") @Nullable List<Modality> modalities,
		@JsonProperty("verbosity") @Nullable Verbosity verbosity,
		@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("max_completion_tokens") @Nullable Integer maxCompletionTokens,
		@JsonProperty("web_search_options") @Nullable WebSearchOptions webSearchOptions,
		@JsonProperty("audio") @Nullable Audio audio,
		@JsonProperty("store") @Nullable Boolean store,
		@JsonProperty("moderation") @Nullable Moderation moderation,
		@JsonProperty("prediction") @Nullable PredictionContent prediction,
		@JsonProperty("stream_options") @Nullable ChatCompletionStreamOptions streamOptions,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The lowest frequency and presence penalty. */
	public static final double PENALTY_MIN = -2;

	/** The highest frequency and presence penalty. */
	public static final double PENALTY_MAX = 2;

	/** The lowest bias of a token. */
	public static final int LOGIT_BIAS_MIN = -100;

	/** The highest bias of a token. */
	public static final int LOGIT_BIAS_MAX = 100;

	/** The most alternatives {@code top_logprobs} may ask for (5 in API version 2.0.0). */
	public static final int TOP_LOGPROBS_MAX = 20;

	/** The longest allowed {@code safety_identifier}. */
	public static final int SAFETY_IDENTIFIER_MAX_LENGTH = 64;

	/** The fewest answers {@code n} may ask for. */
	public static final int N_MIN = 1;

	/** The most answers {@code n} may ask for. */
	public static final int N_MAX = 128;

	/** The highest temperature. */
	public static final double TEMPERATURE_MAX = 2;

	/** The highest {@code top_p}. */
	public static final double TOP_P_MAX = 1;

	/** The most tools a request may give. */
	public static final int TOOLS_MAX = 128;

	/** The most functions a request may give. */
	public static final int FUNCTIONS_MAX = 128;

	/** The longest allowed author or function name. */
	public static final int NAME_MAX_LENGTH = 64;

	public CreateChatCompletionRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().messages(this.messages)
			.model(this.model)
			.frequencyPenalty(this.frequencyPenalty)
			.logitBias(this.logitBias)
			.logprobs(this.logprobs)
			.topLogprobs(this.topLogprobs)
			.maxTokens(this.maxTokens)
			.n(this.n)
			.presencePenalty(this.presencePenalty)
			.responseFormat(this.responseFormat)
			.seed(this.seed)
			.stop(this.stop)
			.stream(this.stream)
			.temperature(this.temperature)
			.topP(this.topP)
			.tools(this.tools)
			.toolChoice(this.toolChoice)
			.user(this.user)
			.functionCall(this.functionCall)
			.safetyIdentifier(this.safetyIdentifier)
			.promptCacheKey(this.promptCacheKey)
			.promptCacheRetention(this.promptCacheRetention)
			.promptCacheOptions(this.promptCacheOptions)
			.serviceTier(this.serviceTier)
			.verbosity(this.verbosity)
			.reasoningEffort(this.reasoningEffort)
			.maxCompletionTokens(this.maxCompletionTokens)
			.webSearchOptions(this.webSearchOptions)
			.audio(this.audio)
			.store(this.store)
			.moderation(this.moderation)
			.prediction(this.prediction)
			.streamOptions(this.streamOptions)
			.parallelToolCalls(this.parallelToolCalls)
			.metadata(this.metadata)
			.modalities(this.modalities)
			.functions(this.functions)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateChatCompletionRequest}. {@link #build()} requires the model
	 * and at least one message, and checks every rule the API documents: the ranges of
	 * the sampling options, the logit biases, the stop sequences, the number of tools and
	 * functions, and the names of authors and functions.
	 */
	public static final class Builder {

		private @Nullable List<@Nullable ChatCompletionRequestMessage> messages;

		private @Nullable ChatModel model;

		private @Nullable Double frequencyPenalty;

		private @Nullable Map<String, @Nullable Integer> logitBias;

		private @Nullable Boolean logprobs;

		private @Nullable Integer topLogprobs;

		private @Nullable Integer maxTokens;

		private @Nullable Integer n;

		private @Nullable Double presencePenalty;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Long seed;

		private @Nullable Stop stop;

		private @Nullable Boolean stream;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable List<@Nullable ChatCompletionTool> tools;

		private @Nullable ChatCompletionToolChoiceOption toolChoice;

		private @Nullable String user;

		private @Nullable FunctionCall functionCall;

		private @Nullable List<@Nullable ChatCompletionFunctions> functions;

		private @Nullable Map<String, String> metadata;

		private @Nullable String safetyIdentifier;

		private @Nullable String promptCacheKey;

		private @Nullable PromptCacheRetention promptCacheRetention;

		private @Nullable PromptCacheOptions promptCacheOptions;

		private @Nullable ServiceTier serviceTier;

		private @Nullable List<@Nullable Modality> modalities;

		private @Nullable Verbosity verbosity;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable Integer maxCompletionTokens;

		private @Nullable WebSearchOptions webSearchOptions;

		private @Nullable Audio audio;

		private @Nullable Boolean store;

		private @Nullable Moderation moderation;

		private @Nullable PredictionContent prediction;

		private @Nullable ChatCompletionStreamOptions streamOptions;

		private @Nullable Boolean parallelToolCalls;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Set the conversation, replacing any messages given before.
		 * @param messages the messages, oldest first, or {@code null} to clear them
		 * @return this builder
		 */
		public Builder messages(@Nullable List<? extends @Nullable ChatCompletionRequestMessage> messages) {
			this.messages = (messages != null) ? new ArrayList<>(messages) : null;
			return this;
		}

		/**
		 * Set the conversation, replacing any messages given before.
		 * @param messages the messages, oldest first
		 * @return this builder
		 */
		public Builder messages(ChatCompletionRequestMessage... messages) {
			return messages(Arrays.asList(messages));
		}

		/**
		 * Add a message at the end of the conversation.
		 * @param message the message
		 * @return this builder
		 */
		public Builder addMessage(ChatCompletionRequestMessage message) {
			if (this.messages == null) {
				this.messages = new ArrayList<>();
			}
			this.messages.add(message);
			return this;
		}

		public Builder model(@Nullable ChatModel model) {
			this.model = model;
			return this;
		}

		public Builder model(String model) {
			return model(ChatModel.of(model));
		}

		public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
			this.frequencyPenalty = frequencyPenalty;
			return this;
		}

		/**
		 * Set the biases of tokens, replacing any given before.
		 * @param logitBias token id (as a string) to bias, or {@code null} for none
		 * @return this builder
		 */
		public Builder logitBias(@Nullable Map<String, ? extends @Nullable Integer> logitBias) {
			this.logitBias = (logitBias != null) ? new LinkedHashMap<>(logitBias) : null;
			return this;
		}

		/**
		 * Add the bias of one token.
		 * @param tokenId the token's id
		 * @param bias the bias, from -100 to 100
		 * @return this builder
		 */
		public Builder addLogitBias(String tokenId, int bias) {
			if (this.logitBias == null) {
				this.logitBias = new LinkedHashMap<>();
			}
			this.logitBias.put(tokenId, bias);
			return this;
		}

		public Builder logprobs(@Nullable Boolean logprobs) {
			this.logprobs = logprobs;
			return this;
		}

		public Builder topLogprobs(@Nullable Integer topLogprobs) {
			this.topLogprobs = topLogprobs;
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

		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
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

		/**
		 * Set the stop sequences, sent as a JSON array.
		 * @param sequences up to four sequences
		 * @return this builder
		 */
		public Builder stop(String... sequences) {
			return stop(Stop.of(sequences));
		}

		/**
		 * Ask for a streamed answer. The client sets this itself for its streaming
		 * methods, with {@code request.toBuilder().stream(true).build()}.
		 * @param stream whether to stream the answer
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
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

		/**
		 * Set the tools, replacing any given before.
		 * @param tools the tools, or {@code null} for none
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends @Nullable ChatCompletionTool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		public Builder tools(ChatCompletionTool... tools) {
			return tools(Arrays.asList(tools));
		}

		public Builder addTool(ChatCompletionTool tool) {
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * Add a function tool.
		 * @param function the function
		 * @return this builder
		 */
		public Builder addTool(FunctionObject function) {
			return addTool(ChatCompletionTool.function(function));
		}

		public Builder toolChoice(@Nullable ChatCompletionToolChoiceOption toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Use the deprecated {@code function_call} of the API, which {@code tool_choice}
		 * replaces.
		 * @param functionCall whether and which function the model calls
		 * @return this builder
		 */
		public Builder functionCall(@Nullable FunctionCall functionCall) {
			this.functionCall = functionCall;
			return this;
		}

		/**
		 * Use the deprecated {@code functions} of the API, which {@code tools} replaces,
		 * replacing any functions given before.
		 * @param functions the functions, or {@code null} for none
		 * @return this builder
		 */
		public Builder functions(@Nullable List<? extends @Nullable ChatCompletionFunctions> functions) {
			this.functions = (functions != null) ? new ArrayList<>(functions) : null;
			return this;
		}

		public Builder functions(ChatCompletionFunctions... functions) {
			return functions(Arrays.asList(functions));
		}

		public Builder addFunction(ChatCompletionFunctions function) {
			if (this.functions == null) {
				this.functions = new ArrayList<>();
			}
			this.functions.add(function);
			return this;
		}

		/**
		 * Set the metadata, replacing any given before.
		 * @param metadata the key-value pairs, or {@code null} for none
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		public Builder putMetadata(String key, String value) {
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		public Builder safetyIdentifier(@Nullable String safetyIdentifier) {
			this.safetyIdentifier = safetyIdentifier;
			return this;
		}

		public Builder promptCacheKey(@Nullable String promptCacheKey) {
			this.promptCacheKey = promptCacheKey;
			return this;
		}

		public Builder promptCacheRetention(@Nullable PromptCacheRetention promptCacheRetention) {
			this.promptCacheRetention = promptCacheRetention;
			return this;
		}

		public Builder promptCacheOptions(@Nullable PromptCacheOptions promptCacheOptions) {
			this.promptCacheOptions = promptCacheOptions;
			return this;
		}

		public Builder serviceTier(@Nullable ServiceTier serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		public Builder modalities(@Nullable List<? extends @Nullable Modality> modalities) {
			this.modalities = (modalities != null) ? new ArrayList<>(modalities) : null;
			return this;
		}

		public Builder modalities(Modality... modalities) {
			return modalities(Arrays.asList(modalities));
		}

		public Builder verbosity(@Nullable Verbosity verbosity) {
			this.verbosity = verbosity;
			return this;
		}

		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		public Builder maxCompletionTokens(@Nullable Integer maxCompletionTokens) {
			this.maxCompletionTokens = maxCompletionTokens;
			return this;
		}

		public Builder webSearchOptions(@Nullable WebSearchOptions webSearchOptions) {
			this.webSearchOptions = webSearchOptions;
			return this;
		}

		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
			return this;
		}

		public Builder store(@Nullable Boolean store) {
			this.store = store;
			return this;
		}

		public Builder moderation(@Nullable Moderation moderation) {
			this.moderation = moderation;
			return this;
		}

		public Builder prediction(@Nullable PredictionContent prediction) {
			this.prediction = prediction;
			return this;
		}

		public Builder streamOptions(@Nullable ChatCompletionStreamOptions streamOptions) {
			this.streamOptions = streamOptions;
			return this;
		}

		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		public Builder serviceTier(String serviceTier) {
			return serviceTier(ServiceTier.of(serviceTier));
		}

		public Builder reasoningEffort(String reasoningEffort) {
			return reasoningEffort(ReasoningEffort.of(reasoningEffort));
		}

		public Builder verbosity(String verbosity) {
			return verbosity(Verbosity.of(verbosity));
		}

		/**
		 * Ask for a last chunk with the usage of a streamed answer.
		 * @param includeUsage whether to report the usage
		 * @return this builder
		 */
		public Builder streamIncludeUsage(boolean includeUsage) {
			return streamOptions(ChatCompletionStreamOptions.of(includeUsage, null));
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public CreateChatCompletionRequest build() {
			List<ChatCompletionRequestMessage> messages = requiredElements(
					Validate.requiredNotEmpty(this.messages, "messages"), "messages");
			for (int i = 0; i < messages.size(); i++) {
				validateMessage(messages.get(i), "messages[" + i + "]");
			}
			ChatModel model = Validate.required(this.model, "model");
			Validate.range(this.frequencyPenalty, "frequency_penalty", PENALTY_MIN, PENALTY_MAX);
			Map<String, Integer> logitBias = validateLogitBias(this.logitBias);
			Validate.range(this.topLogprobs, "top_logprobs", 0, TOP_LOGPROBS_MAX);
			if (this.topLogprobs != null && !Boolean.TRUE.equals(this.logprobs)) {
				throw new ValidationException("top_logprobs", "requires logprobs to be true", this.topLogprobs);
			}
			Validate.range(this.n, "n", N_MIN, N_MAX);
			Validate.range(this.presencePenalty, "presence_penalty", PENALTY_MIN, PENALTY_MAX);
			Stop.validate(this.stop, "stop");
			if (this.stop instanceof Stop.Multiple multiple && multiple.sequences().isEmpty()) {
				throw new ValidationException("stop", "must have at least 1 element", multiple.sequences());
			}
			Validate.range(this.temperature, "temperature", 0, TEMPERATURE_MAX);
			Validate.range(this.topP, "top_p", 0, TOP_P_MAX);
			List<ChatCompletionTool> tools = null;
			if (this.tools != null) {
				Validate.maxSize(this.tools, "tools", TOOLS_MAX);
				tools = requiredElements(this.tools, "tools");
				for (int i = 0; i < tools.size(); i++) {
					FunctionObject function = Validate.required(tools.get(i).function(), "tools[" + i + "].function");
					validateName(function.name(), "tools[" + i + "].function.name");
				}
			}
			if (this.toolChoice instanceof ChatCompletionToolChoiceOption.Named named) {
				ChatCompletionNamedToolChoice choice = Validate.required(named.choice(), "tool_choice");
				ChatCompletionNamedToolChoice.Function function = Validate.required(choice.function(),
						"tool_choice.function");
				validateName(function.name(), "tool_choice.function.name");
			}
			if (this.functionCall instanceof FunctionCall.Named named) {
				ChatCompletionFunctionCallOption option = Validate.required(named.option(), "function_call");
				validateName(option.name(), "function_call.name");
			}
			List<ChatCompletionFunctions> functions = null;
			if (this.functions != null) {
				Validate.sizeBetween(this.functions, "functions", 1, FUNCTIONS_MAX);
				functions = requiredElements(this.functions, "functions");
				for (int i = 0; i < functions.size(); i++) {
					validateName(functions.get(i).name(), "functions[" + i + "].name");
				}
			}
			validateResponseFormat(this.responseFormat);
			Map<String, String> metadata = (this.metadata != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null;
			Validate.metadata(metadata, "metadata");
			Validate.maxLength(this.safetyIdentifier, "safety_identifier", SAFETY_IDENTIFIER_MAX_LENGTH);
			List<Modality> modalities = (this.modalities != null) ? requiredElements(this.modalities, "modalities")
					: null;
			if (this.webSearchOptions != null && this.webSearchOptions.userLocation() != null) {
				WebSearchOptions.UserLocation location = this.webSearchOptions.userLocation();
				Validate.requiredText(location.type(), "web_search_options.user_location.type");
				Validate.required(location.approximate(), "web_search_options.user_location.approximate");
			}
			if (this.audio != null) {
				Validate.required(this.audio.voice(), "audio.voice");
				Validate.required(this.audio.format(), "audio.format");
			}
			if (modalities != null && modalities.contains(Modality.AUDIO) && this.audio == null) {
				throw new ValidationException("audio", "is required when modalities include audio", null);
			}
			if (this.moderation != null) {
				Validate.requiredText(this.moderation.model(), "moderation.model");
				Moderation.Policy policy = this.moderation.policy();
				if (policy != null && policy.input() != null) {
					Validate.required(policy.input().mode(), "moderation.policy.input.mode");
				}
				if (policy != null && policy.output() != null) {
					Validate.required(policy.output().mode(), "moderation.policy.output.mode");
				}
			}
			if (this.prediction != null) {
				Validate.requiredText(this.prediction.type(), "prediction.type");
				ChatCompletionRequestUserMessage.Content content = Validate.required(this.prediction.content(),
						"prediction.content");
				if (content instanceof ChatCompletionRequestUserMessage.Content.Parts parts) {
					List<ChatCompletionRequestMessageContentPart> list = Validate
						.requiredNotEmpty(parts.parts(), "prediction.content");
					for (int i = 0; i < list.size(); i++) {
						if (!(list.get(i) instanceof ChatCompletionRequestMessageContentPartText)) {
							throw new ValidationException("prediction.content[" + i + "]", "must be a text part",
									list.get(i));
						}
					}
				}
			}
			if (this.streamOptions != null && Boolean.FALSE.equals(this.stream)) {
				throw new ValidationException("stream_options", "requires stream to be true", this.streamOptions);
			}
			return new CreateChatCompletionRequest(messages, model, this.frequencyPenalty, logitBias, this.logprobs,
					this.topLogprobs, this.maxTokens, this.n, this.presencePenalty, this.responseFormat, this.seed,
					this.stop, this.stream, this.temperature, this.topP, tools, this.toolChoice, this.user,
					this.functionCall, functions, metadata, this.safetyIdentifier, this.promptCacheKey,
					this.promptCacheRetention, this.promptCacheOptions, this.serviceTier, modalities, this.verbosity,
					this.reasoningEffort, this.maxCompletionTokens, this.webSearchOptions, this.audio, this.store,
					this.moderation, this.prediction, this.streamOptions, this.parallelToolCalls,
					this.additionalProperties);
		}

		private static void validateResponseFormat(@Nullable ResponseFormat format) {
			if (format == null) {
				return;
			}
			if (ResponseFormat.Type.JSON_SCHEMA.equals(format.type())) {
				ResponseFormat.JsonSchema schema = Validate.required(format.jsonSchema(), "response_format.json_schema");
				validateName(schema.name(), "response_format.json_schema.name");
			}
			else if (format.jsonSchema() != null) {
				validateName(format.jsonSchema().name(), "response_format.json_schema.name");
			}
		}

		private static <T> List<T> requiredElements(List<@Nullable T> list, String field) {
			for (int i = 0; i < list.size(); i++) {
				Validate.required(list.get(i), field + "[" + i + "]");
			}
			return List.copyOf(list);
		}

		private static @Nullable Map<String, Integer> validateLogitBias(
				@Nullable Map<String, @Nullable Integer> logitBias) {
			if (logitBias == null) {
				return null;
			}
			Map<String, Integer> checked = new LinkedHashMap<>();
			logitBias.forEach((token, bias) -> {
				Validate.required(bias, "logit_bias." + token);
				Validate.range(bias, "logit_bias." + token, LOGIT_BIAS_MIN, LOGIT_BIAS_MAX);
				checked.put(token, bias);
			});
			return Collections.unmodifiableMap(checked);
		}

		private static void validateName(@Nullable String name, String field) {
			Validate.requiredText(name, field);
			Validate.name(name, field, NAME_MAX_LENGTH);
		}

		private static void validateMessage(ChatCompletionRequestMessage message, String field) {
			if (message instanceof ChatCompletionRequestDeveloperMessage developer) {
				Validate.required(developer.content(), field + ".content");
				Validate.name(developer.name(), field + ".name", NAME_MAX_LENGTH);
			}
			else if (message instanceof ChatCompletionRequestSystemMessage system) {
				Validate.required(system.content(), field + ".content");
				Validate.name(system.name(), field + ".name", NAME_MAX_LENGTH);
			}
			else if (message instanceof ChatCompletionRequestUserMessage user) {
				ChatCompletionRequestUserMessage.Content content = Validate.required(user.content(),
						field + ".content");
				if (content instanceof ChatCompletionRequestUserMessage.Content.Parts parts) {
					requiredElements(Validate.requiredNotEmpty(parts.parts(), field + ".content"),
							field + ".content");
				}
				Validate.name(user.name(), field + ".name", NAME_MAX_LENGTH);
			}
			else if (message instanceof ChatCompletionRequestAssistantMessage assistant) {
				boolean calls = (assistant.toolCalls() != null && !assistant.toolCalls().isEmpty())
						|| assistant.functionCall() != null;
				if (assistant.content() == null && !calls && assistant.refusal() == null && assistant.audio() == null) {
					throw new ValidationException(field + ".content",
							"is required unless tool_calls, function_call, refusal or audio is given", null);
				}
				Validate.name(assistant.name(), field + ".name", NAME_MAX_LENGTH);
			}
			else if (message instanceof ChatCompletionRequestToolMessage tool) {
				Validate.required(tool.content(), field + ".content");
				Validate.requiredText(tool.toolCallId(), field + ".tool_call_id");
			}
			else if (message instanceof ChatCompletionRequestFunctionMessage function) {
				validateName(function.name(), field + ".name");
			}
		}

	}

	/**
	 * The form of the answer: free text, any JSON object, or JSON that follows a given
	 * JSON Schema (Structured Outputs).
	 *
	 * @param type the form; the API writes text when absent
	 * @param jsonSchema the schema the answer follows, with {@link Type#JSON_SCHEMA}
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ResponseFormat(@JsonProperty("type") @Nullable Type type,
			@JsonProperty("json_schema") @Nullable JsonSchema jsonSchema,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public ResponseFormat {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Create a format with the members of API version 2.0.0.
		 * @param type the form
		 * @param additionalProperties other members
		 */
		public ResponseFormat(@Nullable Type type, Map<String, @Nullable Object> additionalProperties) {
			this(type, null, additionalProperties);
		}

		/**
		 * Free text, the default.
		 * @return the format
		 */
		public static ResponseFormat text() {
			return of(Type.TEXT);
		}

		/**
		 * JSON mode: the answer is a valid JSON object. The messages must still ask the
		 * model for JSON, or it may write whitespace until it runs out of tokens.
		 * @return the format
		 */
		public static ResponseFormat jsonObject() {
			return of(Type.JSON_OBJECT);
		}

		/**
		 * Structured Outputs: the answer is JSON that follows the given schema.
		 * @param jsonSchema the schema with its name
		 * @return the format
		 */
		public static ResponseFormat jsonSchema(JsonSchema jsonSchema) {
			return new ResponseFormat(Type.JSON_SCHEMA, jsonSchema, Map.of());
		}

		/**
		 * Structured Outputs in strict mode: the answer is JSON that follows the given
		 * schema exactly. Strict mode needs every property required and
		 * {@code "additionalProperties": false} on every object of the schema.
		 * @param name the name of the format (letters, digits, {@code _} and {@code -},
		 * up to 64 characters)
		 * @param schema the JSON Schema, as a map
		 * @return the format
		 */
		public static ResponseFormat jsonSchema(String name, Map<String, ?> schema) {
			return jsonSchema(JsonSchema.builder().name(name).schema(schema).strict(true).build());
		}

		public static ResponseFormat of(@Nullable Type type) {
			return new ResponseFormat(type, null, Map.of());
		}

		public static Builder builder() {
			return new Builder();
		}

		public Builder toBuilder() {
			return new Builder().type(this.type).jsonSchema(this.jsonSchema).additionalProperties(this.additionalProperties);
		}

		/**
		 * Builds a {@link ResponseFormat}; {@link #build()} requires the schema for
		 * {@link Type#JSON_SCHEMA} and checks its name.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private @Nullable JsonSchema jsonSchema;

			private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			public Builder type(@Nullable Type type) {
				this.type = type;
				return this;
			}

			public Builder jsonSchema(@Nullable JsonSchema jsonSchema) {
				this.jsonSchema = jsonSchema;
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

			public ResponseFormat build() {
				if (Type.JSON_SCHEMA.equals(this.type)) {
					Validate.required(this.jsonSchema, "json_schema");
				}
				if (this.jsonSchema != null) {
					Validate.requiredText(this.jsonSchema.name(), "json_schema.name");
					Validate.name(this.jsonSchema.name(), "json_schema.name", JsonSchema.NAME_MAX_LENGTH);
				}
				return new ResponseFormat(this.type, this.jsonSchema, this.additionalProperties);
			}

		}

		/**
		 * The form of the answer.
		 *
		 * @param value the wire value
		 */
		public record Type(@JsonValue String value) {

			/** Free text. */
			public static final Type TEXT = new Type("text");

			/** A valid JSON object. */
			public static final Type JSON_OBJECT = new Type("json_object");

			/** JSON that follows a given JSON Schema. */
			public static final Type JSON_SCHEMA = new Type("json_schema");

			public Type {
				Validate.required(value, "response_format.type");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static Type of(String value) {
				return new Type(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

		/**
		 * A JSON Schema the answer follows, with its name.
		 *
		 * @param name the name of the format: letters, digits, {@code _} and {@code -}, up
		 * to 64 characters
		 * @param description what the format is for, which helps the model fill it in
		 * @param schema the JSON Schema, as a JSON object
		 * @param strict whether the model must follow the schema exactly (strict mode
		 * supports a subset of JSON Schema)
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record JsonSchema(@JsonProperty("name") String name,
				@JsonProperty("description") @Nullable String description,
				@JsonProperty("schema") @Nullable Map<String, @Nullable Object> schema,
				@JsonProperty("strict") @Nullable Boolean strict,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			/** The longest allowed name. */
			public static final int NAME_MAX_LENGTH = 64;

			public JsonSchema {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			public static Builder builder() {
				return new Builder();
			}

			public Builder toBuilder() {
				return new Builder().name(this.name)
					.description(this.description)
					.schema(this.schema)
					.strict(this.strict)
					.additionalProperties(this.additionalProperties);
			}

			/**
			 * Builds a {@link JsonSchema}; {@link #build()} requires the name and checks
			 * its characters and length.
			 */
			public static final class Builder {

				private @Nullable String name;

				private @Nullable String description;

				private @Nullable Map<String, @Nullable Object> schema;

				private @Nullable Boolean strict;

				private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				public Builder name(@Nullable String name) {
					this.name = name;
					return this;
				}

				public Builder description(@Nullable String description) {
					this.description = description;
					return this;
				}

				public Builder schema(@Nullable Map<String, ? extends @Nullable Object> schema) {
					this.schema = (schema != null) ? new LinkedHashMap<>(schema) : null;
					return this;
				}

				public Builder strict(@Nullable Boolean strict) {
					this.strict = strict;
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

				public JsonSchema build() {
					Validate.requiredText(this.name, "name");
					Validate.name(this.name, "name", NAME_MAX_LENGTH);
					Map<String, @Nullable Object> schema = (this.schema != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.schema)) : null;
					return new JsonSchema(this.name, this.description, schema, this.strict,
							this.additionalProperties);
				}

			}

		}

	}

	/**
	 * Whether and which function the model calls, in the older form that
	 * {@link ChatCompletionToolChoiceOption} replaces: a mode sent as a JSON string
	 * ({@link #none()}, {@link #auto()}), or one named function sent as a JSON object
	 * ({@link #function(String)}). A shape this version does not know is kept as
	 * {@link Unknown}.
	 */
	public sealed interface FunctionCall permits FunctionCall.Mode, FunctionCall.Named, FunctionCall.Unknown {

		/**
		 * The model calls no function and writes a message.
		 * @return the {@code none} mode
		 */
		static FunctionCall none() {
			return Mode.NONE;
		}

		/**
		 * The model decides whether to call a function or to write a message.
		 * @return the {@code auto} mode
		 */
		static FunctionCall auto() {
			return Mode.AUTO;
		}

		/**
		 * The model must call the named function.
		 * @param name the function's name
		 * @return the choice
		 */
		static FunctionCall function(String name) {
			return new Named(ChatCompletionFunctionCallOption.of(name));
		}

		static FunctionCall of(ChatCompletionFunctionCallOption option) {
			return new Named(option);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static FunctionCall fromJsonText(String mode) {
			return new Mode(mode);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static FunctionCall fromJsonObject(ChatCompletionFunctionCallOption option) {
			return new Named(option);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static FunctionCall fromJsonArray(List<@Nullable Object> json) {
			return new Unknown(json);
		}

		/**
		 * A mode, sent as a JSON string; an enum-like type with a constant per mode the
		 * API documents.
		 *
		 * @param value the wire value
		 */
		record Mode(@JsonValue String value) implements FunctionCall {

			/** The model calls no function and writes a message. */
			public static final Mode NONE = new Mode("none");

			/** The model decides whether to call a function or to write a message. */
			public static final Mode AUTO = new Mode("auto");

			public Mode {
				Validate.required(value, "function_call");
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

		/**
		 * A named function the model must call, sent as a JSON object.
		 *
		 * @param option the function
		 */
		record Named(@JsonValue ChatCompletionFunctionCallOption option) implements FunctionCall {

		}

		/**
		 * A shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue @Nullable Object json) implements FunctionCall {

		}

	}

	/**
	 * How long the API keeps cached prompt prefixes.
	 *
	 * @param value the wire value
	 */
	public record PromptCacheRetention(@JsonValue String value) {

		/** Kept in memory, for minutes. */
		public static final PromptCacheRetention IN_MEMORY = new PromptCacheRetention("in_memory");

		/** Kept for up to a day. */
		public static final PromptCacheRetention H24 = new PromptCacheRetention("24h");

		public PromptCacheRetention {
			Validate.required(value, "prompt_cache_retention");
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static PromptCacheRetention of(String value) {
			return new PromptCacheRetention(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How a request uses the prompt cache.
	 *
	 * @param ttl how long a written prefix is kept
	 * @param mode whether the API picks the prefixes to cache or the content parts mark
	 * them with breakpoints
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PromptCacheOptions(@JsonProperty("ttl") @Nullable Ttl ttl, @JsonProperty("mode") @Nullable Mode mode,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public PromptCacheOptions {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static PromptCacheOptions of(@Nullable Ttl ttl, @Nullable Mode mode) {
			return new PromptCacheOptions(ttl, mode, Map.of());
		}

		/**
		 * How long a cached prefix is kept.
		 *
		 * @param value the wire value
		 */
		public record Ttl(@JsonValue String value) {

			/** Thirty minutes. */
			public static final Ttl M30 = new Ttl("30m");

			public Ttl {
				Validate.required(value, "prompt_cache_options.ttl");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static Ttl of(String value) {
				return new Ttl(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

		/**
		 * Who picks the cached prefixes.
		 *
		 * @param value the wire value
		 */
		public record Mode(@JsonValue String value) {

			/** The API picks them. */
			public static final Mode IMPLICIT = new Mode("implicit");

			/** The content parts mark them with a {@code prompt_cache_breakpoint}. */
			public static final Mode EXPLICIT = new Mode("explicit");

			public Mode {
				Validate.required(value, "prompt_cache_options.mode");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static Mode of(String value) {
				return new Mode(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

	}

	/**
	 * A kind of output the model produces.
	 *
	 * @param value the wire value
	 */
	public record Modality(@JsonValue String value) {

		/** Text. */
		public static final Modality TEXT = new Modality("text");

		/** Spoken audio. */
		public static final Modality AUDIO = new Modality("audio");

		public Modality {
			Validate.required(value, "modalities");
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Modality of(String value) {
			return new Modality(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How long and detailed the answer is.
	 *
	 * @param value the wire value
	 */
	public record Verbosity(@JsonValue String value) {

		/** Short answers. */
		public static final Verbosity LOW = new Verbosity("low");

		/** The default. */
		public static final Verbosity MEDIUM = new Verbosity("medium");

		/** Long, detailed answers. */
		public static final Verbosity HIGH = new Verbosity("high");

		public Verbosity {
			Validate.required(value, "verbosity");
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Verbosity of(String value) {
			return new Verbosity(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How much a reasoning model thinks before it answers. Which values a model takes
	 * depends on the model.
	 *
	 * @param value the wire value
	 */
	public record ReasoningEffort(@JsonValue String value) {

		/** No reasoning. */
		public static final ReasoningEffort NONE = new ReasoningEffort("none");

		/** The least reasoning. */
		public static final ReasoningEffort MINIMAL = new ReasoningEffort("minimal");

		/** Little reasoning. */
		public static final ReasoningEffort LOW = new ReasoningEffort("low");

		/** The default. */
		public static final ReasoningEffort MEDIUM = new ReasoningEffort("medium");

		/** Much reasoning. */
		public static final ReasoningEffort HIGH = new ReasoningEffort("high");

		/** More than high. */
		public static final ReasoningEffort XHIGH = new ReasoningEffort("xhigh");

		/** The most reasoning. */
		public static final ReasoningEffort MAX = new ReasoningEffort("max");

		public ReasoningEffort {
			Validate.required(value, "reasoning_effort");
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static ReasoningEffort of(String value) {
			return new ReasoningEffort(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How a search model searches the web.
	 *
	 * @param userLocation where the user roughly is, for local results
	 * @param searchContextSize how much of the search results the model reads
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record WebSearchOptions(@JsonProperty("user_location") @Nullable UserLocation userLocation,
			@JsonProperty("search_context_size") @Nullable SearchContextSize searchContextSize,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public WebSearchOptions {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static WebSearchOptions of(@Nullable UserLocation userLocation,
				@Nullable SearchContextSize searchContextSize) {
			return new WebSearchOptions(userLocation, searchContextSize, Map.of());
		}

		/**
		 * Where the user roughly is. Today the only {@code type} is
		 * {@value #APPROXIMATE}.
		 *
		 * @param type the kind of location
		 * @param approximate the location
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record UserLocation(@JsonProperty("type") String type,
				@JsonProperty("approximate") Approximate approximate,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			/** The {@code type} of an approximate location. */
			public static final String APPROXIMATE = "approximate";

			public UserLocation {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			public static UserLocation approximate(Approximate approximate) {
				return new UserLocation(APPROXIMATE, approximate, Map.of());
			}

		}

		/**
		 * An approximate location; every member is optional.
		 *
		 * @param country the two-letter ISO country code, such as {@code US}
		 * @param region the region or state
		 * @param city the city
		 * @param timezone the IANA time zone, such as {@code America/Los_Angeles}
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Approximate(@JsonProperty("country") @Nullable String country,
				@JsonProperty("region") @Nullable String region, @JsonProperty("city") @Nullable String city,
				@JsonProperty("timezone") @Nullable String timezone,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public Approximate {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			public static Approximate of(@Nullable String country, @Nullable String region, @Nullable String city,
					@Nullable String timezone) {
				return new Approximate(country, region, city, timezone, Map.of());
			}

		}

		/**
		 * How much of the search results the model reads.
		 *
		 * @param value the wire value
		 */
		public record SearchContextSize(@JsonValue String value) {

			/** Little: cheaper and faster. */
			public static final SearchContextSize LOW = new SearchContextSize("low");

			/** The default. */
			public static final SearchContextSize MEDIUM = new SearchContextSize("medium");

			/** Much: better answers, slower and dearer. */
			public static final SearchContextSize HIGH = new SearchContextSize("high");

			public SearchContextSize {
				Validate.required(value, "web_search_options.search_context_size");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static SearchContextSize of(String value) {
				return new SearchContextSize(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

	}

	/**
	 * The voice and format of a spoken answer.
	 *
	 * @param voice the voice
	 * @param format the audio format
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Audio(@JsonProperty("voice") Voice voice, @JsonProperty("format") Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Audio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static Audio of(Voice voice, Format format) {
			return new Audio(voice, format, Map.of());
		}

		/**
		 * A voice: a built-in voice by name (a JSON string), or a custom voice by id (a
		 * JSON object with {@code id}). A shape this version does not know is kept as
		 * {@link Unknown}.
		 */
		public sealed interface Voice permits Voice.Named, Voice.Custom, Voice.Unknown {

			/**
			 * A built-in voice.
			 * @param name the voice's name, such as {@code alloy}
			 * @return the voice
			 */
			static Voice of(String name) {
				return new Named(name);
			}

			/**
			 * A custom voice.
			 * @param id the custom voice's id
			 * @return the voice
			 */
			static Voice custom(String id) {
				return new Custom(Map.of("id", id));
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			@SuppressWarnings("unchecked")
			static Voice fromJson(@Nullable Object json) {
				if (json instanceof String name) {
					return new Named(name);
				}
				if (json instanceof Map<?, ?> map && map.get("id") instanceof String) {
					return new Custom((Map<String, @Nullable Object>) map);
				}
				return new Unknown(json);
			}

			/**
			 * A built-in voice, sent as a JSON string; an enum-like type with a constant
			 * per voice the API lists.
			 *
			 * @param value the wire value
			 */
			record Named(@JsonValue String value) implements Voice {

				public static final Named ALLOY = new Named("alloy");

				public static final Named ASH = new Named("ash");

				public static final Named BALLAD = new Named("ballad");

				public static final Named CORAL = new Named("coral");

				public static final Named ECHO = new Named("echo");

				public static final Named SAGE = new Named("sage");

				public static final Named SHIMMER = new Named("shimmer");

				public static final Named VERSE = new Named("verse");

				public static final Named MARIN = new Named("marin");

				public static final Named CEDAR = new Named("cedar");

				public Named {
					Validate.required(value, "audio.voice");
				}

				@Override
				public String toString() {
					return this.value;
				}

			}

			/**
			 * A custom voice, sent as a JSON object with its {@code id}.
			 *
			 * @param json the JSON object
			 */
			record Custom(@JsonValue Map<String, @Nullable Object> json) implements Voice {

				public Custom {
					json = AdditionalProperties.copyOf(json);
				}

				/**
				 * The custom voice's id.
				 * @return the id
				 */
				public @Nullable String id() {
					return (String) this.json.get("id");
				}

			}

			/**
			 * A shape this version does not know, kept as read.
			 *
			 * @param json the JSON value
			 */
			record Unknown(@JsonValue @Nullable Object json) implements Voice {

			}

		}

		/**
		 * The format of a spoken answer.
		 *
		 * @param value the wire value
		 */
		public record Format(@JsonValue String value) {

			public static final Format WAV = new Format("wav");

			public static final Format AAC = new Format("aac");

			public static final Format MP3 = new Format("mp3");

			public static final Format FLAC = new Format("flac");

			public static final Format OPUS = new Format("opus");

			public static final Format PCM16 = new Format("pcm16");

			public Format {
				Validate.required(value, "audio.format");
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

	/**
	 * Asks the API to moderate the input and the answer of the request.
	 *
	 * @param model the moderation model to use
	 * @param policy what the moderation does with the input and with the answer
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Moderation(@JsonProperty("model") String model, @JsonProperty("policy") @Nullable Policy policy,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Moderation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static Moderation of(String model) {
			return new Moderation(model, null, Map.of());
		}

		public static Moderation of(String model, @Nullable Policy policy) {
			return new Moderation(model, policy, Map.of());
		}

		/**
		 * What the moderation does with the input and with the answer.
		 *
		 * @param input the policy for the request's input
		 * @param output the policy for the answer
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Policy(@JsonProperty("input") @Nullable Config input,
				@JsonProperty("output") @Nullable Config output,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public Policy {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			public static Policy of(@Nullable Mode input, @Nullable Mode output) {
				return new Policy((input != null) ? new Config(input, Map.of()) : null,
						(output != null) ? new Config(output, Map.of()) : null, Map.of());
			}

		}

		/**
		 * The policy for one side of the conversation.
		 *
		 * @param mode whether flagged content is only scored or also blocked
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Config(@JsonProperty("mode") Mode mode,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public Config {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

		}

		/**
		 * Whether flagged content is only scored or also blocked.
		 *
		 * @param value the wire value
		 */
		public record Mode(@JsonValue String value) {

			/** Report the scores only. */
			public static final Mode SCORE = new Mode("score");

			/** Report the scores and block flagged content. */
			public static final Mode BLOCK = new Mode("block");

			public Mode {
				Validate.required(value, "moderation.policy.mode");
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			public static Mode of(String value) {
				return new Mode(value);
			}

			@Override
			public String toString() {
				return this.value;
			}

		}

	}

}
