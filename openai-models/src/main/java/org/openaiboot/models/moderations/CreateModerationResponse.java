package org.openaiboot.models.moderations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The verdict of a moderation model on each input of a {@link CreateModerationRequest}.
 *
 * @param id the identifier of this moderation
 * @param model the model that classified the input
 * @param results one result per input text, in the order of the input
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateModerationResponse(@JsonProperty("id") String id, @JsonProperty("model") String model,
		@JsonProperty("results") List<Result> results,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateModerationResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The verdict on one input text.
	 *
	 * @param flagged whether the text breaks the usage policies in any category
	 * @param categories which categories the text falls in
	 * @param categoryScores how confident the model is for each category, from 0 to 1
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Result(@JsonProperty("flagged") boolean flagged,
			@JsonProperty("categories") Categories categories,
			@JsonProperty("category_scores") CategoryScores categoryScores,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Result {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * For each policy category, whether the text was flagged in it. Categories the API
	 * adds later land in {@link #additionalProperties()}.
	 *
	 * @param hate hateful content about a protected group
	 * @param hateThreatening hateful content combined with threats of violence
	 * ({@code hate/threatening})
	 * @param harassment harassing language towards anyone
	 * @param harassmentThreatening harassment combined with threats of violence
	 * ({@code harassment/threatening})
	 * @param selfHarm content that promotes or shows self-harm ({@code self-harm})
	 * @param selfHarmIntent the speaker says they harm or mean to harm themselves
	 * ({@code self-harm/intent})
	 * @param selfHarmInstructions content that urges or explains self-harm
	 * ({@code self-harm/instructions})
	 * @param sexual sexual content, sex education and wellness aside
	 * @param sexualMinors sexual content involving minors ({@code sexual/minors})
	 * @param violence violent content: killing, injury, physical harm
	 * @param violenceGraphic the same, shown in graphic detail ({@code violence/graphic})
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Categories(@JsonProperty("hate") boolean hate,
			@JsonProperty("hate/threatening") boolean hateThreatening,
			@JsonProperty("harassment") boolean harassment,
			@JsonProperty("harassment/threatening") boolean harassmentThreatening,
			@JsonProperty("self-harm") boolean selfHarm, @JsonProperty("self-harm/intent") boolean selfHarmIntent,
			@JsonProperty("self-harm/instructions") boolean selfHarmInstructions,
			@JsonProperty("sexual") boolean sexual, @JsonProperty("sexual/minors") boolean sexualMinors,
			@JsonProperty("violence") boolean violence,
			@JsonProperty("violence/graphic") boolean violenceGraphic,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Categories {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * For each policy category, the model's confidence, from 0 to 1, that the text falls
	 * in it. The JSON names are those of {@link Categories}.
	 *
	 * @param hate score for {@code hate}
	 * @param hateThreatening score for {@code hate/threatening}
	 * @param harassment score for {@code harassment}
	 * @param harassmentThreatening score for {@code harassment/threatening}
	 * @param selfHarm score for {@code self-harm}
	 * @param selfHarmIntent score for {@code self-harm/intent}
	 * @param selfHarmInstructions score for {@code self-harm/instructions}
	 * @param sexual score for {@code sexual}
	 * @param sexualMinors score for {@code sexual/minors}
	 * @param violence score for {@code violence}
	 * @param violenceGraphic score for {@code violence/graphic}
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CategoryScores(@JsonProperty("hate") double hate,
			@JsonProperty("hate/threatening") double hateThreatening,
			@JsonProperty("harassment") double harassment,
			@JsonProperty("harassment/threatening") double harassmentThreatening,
			@JsonProperty("self-harm") double selfHarm, @JsonProperty("self-harm/intent") double selfHarmIntent,
			@JsonProperty("self-harm/instructions") double selfHarmInstructions,
			@JsonProperty("sexual") double sexual, @JsonProperty("sexual/minors") double sexualMinors,
			@JsonProperty("violence") double violence, @JsonProperty("violence/graphic") double violenceGraphic,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public CategoryScores {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
