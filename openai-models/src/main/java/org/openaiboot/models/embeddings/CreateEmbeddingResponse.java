package org.openaiboot.models.embeddings;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The vectors computed for the inputs of a {@link CreateEmbeddingRequest}.
 *
 * @param data one embedding per input, each with the index of its input
 * @param model the model that computed the vectors
 * @param object always {@code "list"}
 * @param usage the tokens the request consumed
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEmbeddingResponse(@JsonProperty("data") List<Embedding> data, @JsonProperty("model") String model,
		@JsonProperty("object") String object, @JsonProperty("usage") Usage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object}. */
	public static final String OBJECT = "list";

	public CreateEmbeddingResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The tokens an embedding request consumed; embeddings generate none, so both
	 * counts are usually the same.
	 *
	 * @param promptTokens tokens of the input
	 * @param totalTokens all tokens the request counted
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
			@JsonProperty("total_tokens") int totalTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Usage {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public Usage(int promptTokens, int totalTokens) {
			this(promptTokens, totalTokens, Map.of());
		}

	}

}
