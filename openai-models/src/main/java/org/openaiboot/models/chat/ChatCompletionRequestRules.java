package org.openaiboot.models.chat;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.FunctionObjectRules;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.responses.ModerationConfigParam;
import org.openaiboot.models.responses.ModerationParam;
import org.openaiboot.models.responses.ModerationPolicyParam;

/**
 * The checks of a chat completion request that no schema can state: members that depend
 * on others, and the rules of the messages, tools and options it holds, which a value
 * read from JSON has not met in a builder. {@link CreateChatCompletionRequest}'s builder
 * calls {@link #check} after its own checks (see {@code validators:} in
 * {@code models.yaml}); hand-written, because the spec says these only in descriptions.
 */
public final class ChatCompletionRequestRules {

	private static final int LOGIT_BIAS_LIMIT = 100;

	private ChatCompletionRequestRules() {
	}

	/**
	 * Check a request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateChatCompletionRequest request) {
		List<ChatCompletionRequestMessage> messages = ChatMessageRules
			.requiredElements(Validate.requiredNotEmpty(request.messages(), "messages"), "messages");
		for (int i = 0; i < messages.size(); i++) {
			ChatMessageRules.check(messages.get(i), "messages[" + i + "].");
		}
		if (request.topLogprobs() != null && !Boolean.TRUE.equals(request.logprobs())) {
			throw new ValidationException("top_logprobs", "requires logprobs to be true", request.topLogprobs());
		}
		checkLogitBias(request.logitBias());
		checkTools(request.tools());
		if (request.toolChoice() instanceof ChatCompletionToolChoiceOption.OfObject named
				&& named.value() instanceof ChatCompletionNamedToolChoice choice) {
			ChatFunctionRules.check(choice, "tool_choice.");
		}
		if (request.functionCall() instanceof CreateChatCompletionRequest.FunctionCall.OfObject option) {
			FunctionObjectRules.checkName(option.value().name(), "function_call.name");
		}
		List<ChatCompletionFunctions> functions = ChatMessageRules.requiredElements(request.functions(), "functions");
		for (int i = 0; i < functions.size(); i++) {
			FunctionObjectRules.checkName(functions.get(i).name(), "functions[" + i + "].name");
		}
		if (request.responseFormat() instanceof ResponseFormatJsonSchema format) {
			ChatFunctionRules.check(format, "response_format.");
		}
		List<CreateChatCompletionRequest.Modality> modalities = ChatMessageRules
			.requiredElements(request.modalities(), "modalities");
		checkOptions(request);
		if (modalities.contains(CreateChatCompletionRequest.Modality.AUDIO) && request.audio() == null) {
			throw new ValidationException("audio", "is required when modalities include audio", null);
		}
		checkModeration(request.moderation());
		checkPrediction(request.prediction());
		if (request.streamOptions() != null && Boolean.FALSE.equals(request.stream())) {
			throw new ValidationException("stream_options", "requires stream to be true", request.streamOptions());
		}
	}

	private static void checkLogitBias(@Nullable Map<String, Integer> logitBias) {
		if (logitBias != null) {
			logitBias.forEach((token, bias) -> Validate.range(Validate.required(bias, "logit_bias." + token),
					"logit_bias." + token, -LOGIT_BIAS_LIMIT, LOGIT_BIAS_LIMIT));
		}
	}

	private static void checkTools(@Nullable List<CreateChatCompletionRequest.Tool> list) {
		List<CreateChatCompletionRequest.Tool> tools = ChatMessageRules.requiredElements(list, "tools");
		for (int i = 0; i < tools.size(); i++) {
			if (tools.get(i) instanceof ChatCompletionTool tool) {
				ChatFunctionRules.check(tool, "tools[" + i + "].");
			}
		}
	}

	/** The members of the options the request holds: where to search and how to speak. */
	private static void checkOptions(CreateChatCompletionRequest request) {
		CreateChatCompletionRequest.WebSearchOptions search = request.webSearchOptions();
		if (search != null && search.userLocation() != null) {
			Validate.requiredText(search.userLocation().type(), "web_search_options.user_location.type");
			Validate.required(search.userLocation().approximate(), "web_search_options.user_location.approximate");
		}
		CreateChatCompletionRequest.Audio audio = request.audio();
		if (audio != null) {
			Validate.required(audio.voice(), "audio.voice");
			Validate.required(audio.format(), "audio.format");
		}
	}

	private static void checkModeration(@Nullable ModerationParam moderation) {
		if (moderation == null) {
			return;
		}
		Validate.requiredText(moderation.model(), "moderation.model");
		ModerationPolicyParam policy = moderation.policy();
		if (policy != null) {
			checkModerationConfig(policy.input(), "moderation.policy.input.mode");
			checkModerationConfig(policy.output(), "moderation.policy.output.mode");
		}
	}

	private static void checkModerationConfig(@Nullable ModerationConfigParam config, String field) {
		if (config != null) {
			Validate.required(config.mode(), field);
		}
	}

	private static void checkPrediction(@Nullable PredictionContent prediction) {
		if (prediction == null) {
			return;
		}
		Validate.requiredText(prediction.type(), "prediction.type");
		PredictionContent.Content content = Validate.required(prediction.content(), "prediction.content");
		if (content instanceof PredictionContent.Content.OfList list) {
			ChatMessageRules.requiredElements(Validate.requiredNotEmpty(list.items(), "prediction.content"),
					"prediction.content");
		}
	}

}
