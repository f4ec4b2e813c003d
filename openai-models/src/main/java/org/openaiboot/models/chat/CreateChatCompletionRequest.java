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
 * is sent: <pre class="code">
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
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The lowest frequency and presence penalty. */
	public static final double PENALTY_MIN = -2;

	/** The highest frequency and presence penalty. */
	public static final double PENALTY_MAX = 2;

	/** The lowest bias of a token. */
	public static final int LOGIT_BIAS_MIN = -100;

	/** The highest bias of a token. */
	public static final int LOGIT_BIAS_MAX = 100;

	/** The most alternatives {@code top_logprobs} may ask for. */
	public static final int TOP_LOGPROBS_MAX = 5;

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
			return new CreateChatCompletionRequest(messages, model, this.frequencyPenalty, logitBias, this.logprobs,
					this.topLogprobs, this.maxTokens, this.n, this.presencePenalty, this.responseFormat, this.seed,
					this.stop, this.stream, this.temperature, this.topP, tools, this.toolChoice, this.user,
					this.functionCall, functions, this.additionalProperties);
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
			if (message instanceof ChatCompletionRequestSystemMessage system) {
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
				if (assistant.content() == null && !calls) {
					throw new ValidationException(field + ".content",
							"is required unless tool_calls or function_call is given", null);
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
	 * The form of the answer.
	 *
	 * @param type the form; the API writes text when absent
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ResponseFormat(@JsonProperty("type") @Nullable Type type,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public ResponseFormat {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
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

		public static ResponseFormat of(@Nullable Type type) {
			return new ResponseFormat(type, Map.of());
		}

		public static Builder builder() {
			return new Builder();
		}

		public Builder toBuilder() {
			return new Builder().type(this.type).additionalProperties(this.additionalProperties);
		}

		/**
		 * Builds a {@link ResponseFormat}.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			public Builder type(@Nullable Type type) {
				this.type = type;
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
				return new ResponseFormat(this.type, this.additionalProperties);
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

}
