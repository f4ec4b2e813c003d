package org.openaiboot.models.images;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.images.CreateImageRequest.Background;
import org.openaiboot.models.images.CreateImageRequest.OutputFormat;
import org.openaiboot.models.images.CreateImageRequest.Quality;
import org.openaiboot.models.images.CreateImageRequest.Size;

/**
 * The answer to an image generation, edit or variation request: the images made.
 *
 * @param created when the images were made, in Unix seconds
 * @param data the images, in order
 * @param background the background the images were made with; GPT image models only
 * @param outputFormat the file format of the images; GPT image models only
 * @param size the size of the images; GPT image models only
 * @param quality the quality of the images; GPT image models only
 * @param usage the tokens the request used; GPT image models only
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImagesResponse(@JsonProperty("created") long created, @JsonProperty("data") List<Image> data,
		@JsonProperty("background") @Nullable Background background,
		@JsonProperty("output_format") @Nullable OutputFormat outputFormat, @JsonProperty("size") @Nullable Size size,
		@JsonProperty("quality") @Nullable Quality quality, @JsonProperty("usage") @Nullable Usage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ImagesResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public ImagesResponse(long created, List<Image> data) {
		this(created, data, Map.of());
	}

	/**
	 * A response with the members of version 2.0.0 of the API.
	 * @param created when the images were made, in Unix seconds
	 * @param data the images
	 * @param additionalProperties members this version of the type does not know
	 */
	public ImagesResponse(long created, List<Image> data, Map<String, @Nullable Object> additionalProperties) {
		this(created, data, null, null, null, null, null, additionalProperties);
	}

	/**
	 * The tokens an image request with a GPT image model used.
	 *
	 * @param inputTokens the tokens of the prompt and input images
	 * @param totalTokens input and output tokens together
	 * @param outputTokens the tokens of the images made
	 * @param outputTokensDetails the output tokens by kind
	 * @param inputTokensDetails the input tokens by kind
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Usage(@JsonProperty("input_tokens") int inputTokens, @JsonProperty("total_tokens") int totalTokens,
			@JsonProperty("output_tokens") int outputTokens,
			@JsonProperty("output_tokens_details") @Nullable TokensDetails outputTokensDetails,
			@JsonProperty("input_tokens_details") @Nullable TokensDetails inputTokensDetails,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Usage {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * Tokens split into text and image tokens.
	 *
	 * @param textTokens the text tokens
	 * @param imageTokens the image tokens
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TokensDetails(@JsonProperty("text_tokens") int textTokens,
			@JsonProperty("image_tokens") int imageTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public TokensDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
