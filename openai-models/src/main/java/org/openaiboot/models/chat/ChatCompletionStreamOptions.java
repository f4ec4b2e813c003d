package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * Options of a streamed chat completion; only allowed when {@code stream} is on.
 *
 * @param includeUsage whether a last chunk, with no choices, reports the tokens the
 * request consumed (the other chunks then carry a {@code null} usage)
 * @param includeObfuscation whether chunks carry random padding in {@code obfuscation},
 * which hides their sizes from an eavesdropper at the cost of some bandwidth
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionStreamOptions(@JsonProperty("include_usage") @Nullable Boolean includeUsage,
		@JsonProperty("include_obfuscation") @Nullable Boolean includeObfuscation,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionStreamOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Ask for the usage in a last chunk.
	 * @return the options
	 */
	public static ChatCompletionStreamOptions withUsage() {
		return new ChatCompletionStreamOptions(true, null, Map.of());
	}

	/**
	 * Create stream options.
	 * @param includeUsage whether to report the usage in a last chunk
	 * @param includeObfuscation whether chunks carry padding
	 * @return the options
	 */
	public static ChatCompletionStreamOptions of(@Nullable Boolean includeUsage, @Nullable Boolean includeObfuscation) {
		return new ChatCompletionStreamOptions(includeUsage, includeObfuscation, Map.of());
	}

}
