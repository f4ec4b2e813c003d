package org.openaiboot.models.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.CompletionUsage;

/**
 * One chunk of a streamed chat completion: each server-sent event of
 * {@code POST /chat/completions} with {@code stream} on carries one. All chunks of a
 * completion share {@code id}, {@code created} and {@code model}.
 * <p>
 * The components of API version 2.0.0 come first, the members of later versions after
 * them; the constructor of 2.0.0 is kept.
 *
 * @param id the completion's id
 * @param choices what this chunk adds to each choice
 * @param created when the completion was created, in Unix seconds
 * @param model the model that writes the completion
 * @param systemFingerprint identifies the backend configuration that serves the
 * request; compare it across requests that use a {@code seed}
 * @param object always {@value #OBJECT}
 * @param obfuscation random characters that even out the size of chunks, when the
 * stream options ask for them
 * @param serviceTier the processing tier that serves the request
 * @param usage the tokens the request consumed: only in the last chunk, and only when
 * the stream options ask for usage ({@code null} in the other chunks then)
 * @param moderation what the moderation the request asked for found
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChatCompletionStreamResponse(@JsonProperty("id") String id,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("created") long created,
		@JsonProperty("model") String model, @JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
		@JsonProperty("object") String object, @JsonProperty("obfuscation") @Nullable String obfuscation,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("usage") @Nullable CompletionUsage usage,
		@JsonProperty("moderation") @Nullable ChatCompletionModeration moderation,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code object} of a chat completion chunk. */
	public static final String OBJECT = "chat.completion.chunk";

	public CreateChatCompletionStreamResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a chunk with the members of API version 2.0.0.
	 * @param id the id
	 * @param choices the choices
	 * @param created the creation time
	 * @param model the model
	 * @param systemFingerprint the backend configuration
	 * @param object the object type
	 * @param additionalProperties other members
	 */
	public CreateChatCompletionStreamResponse(String id, List<Choice> choices, long created, String model,
			@Nullable String systemFingerprint, String object, Map<String, @Nullable Object> additionalProperties) {
		this(id, choices, created, model, systemFingerprint, object, null, null, null, null, additionalProperties);
	}

	/**
	 * What one chunk adds to a choice.
	 *
	 * @param delta the added part of the message
	 * @param logprobs the log probabilities of the added tokens; {@code null} (and
	 * written as such) unless the request asked for them
	 * @param finishReason why the model stopped writing, in the last chunk of the
	 * choice; {@code null} (and written as such) before that
	 * @param index the position of the choice this chunk belongs to
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Choice(@JsonProperty("delta") ChatCompletionStreamResponseDelta delta,
			@JsonProperty("logprobs") @JsonInclude(JsonInclude.Include.ALWAYS) CreateChatCompletionResponse.Choice.@Nullable Logprobs logprobs,
			@JsonProperty("finish_reason") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable ChatCompletionFinishReason finishReason,
			@JsonProperty("index") int index,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Choice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
