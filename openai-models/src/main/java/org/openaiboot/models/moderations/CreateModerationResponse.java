package org.openaiboot.models.moderations;

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
	 * @param categoryAppliedInputTypes for each category, which kinds of input (text,
	 * image) the verdict was based on; sent by the multi-modal models
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Result(@JsonProperty("flagged") boolean flagged,
			@JsonProperty("categories") Categories categories,
			@JsonProperty("category_scores") CategoryScores categoryScores,
			@JsonProperty("category_applied_input_types") @Nullable CategoryAppliedInputTypes categoryAppliedInputTypes,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Result {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A result with the members of version 2.0.0 of the API.
		 * @param flagged whether the text breaks the usage policies
		 * @param categories the categories flagged
		 * @param categoryScores the scores
		 * @param additionalProperties members this version of the type does not know
		 */
		public Result(boolean flagged, Categories categories, CategoryScores categoryScores,
				Map<String, @Nullable Object> additionalProperties) {
			this(flagged, categories, categoryScores, null, additionalProperties);
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
	 * @param illicit advice or instructions for wrongdoing; multi-modal models only, else
	 * {@code null}
	 * @param illicitViolent the same where the wrongdoing involves violence or weapons
	 * ({@code illicit/violent}); multi-modal models only, else {@code null}
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
			@JsonProperty("illicit") @Nullable Boolean illicit,
			@JsonProperty("illicit/violent") @Nullable Boolean illicitViolent,
			@JsonProperty("self-harm") boolean selfHarm, @JsonProperty("self-harm/intent") boolean selfHarmIntent,
			@JsonProperty("self-harm/instructions") boolean selfHarmInstructions,
			@JsonProperty("sexual") boolean sexual, @JsonProperty("sexual/minors") boolean sexualMinors,
			@JsonProperty("violence") boolean violence,
			@JsonProperty("violence/graphic") boolean violenceGraphic,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Categories {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Categories with the members of version 2.0.0 of the API (no {@code illicit}).
		 * @param hate {@code hate}
		 * @param hateThreatening {@code hate/threatening}
		 * @param harassment {@code harassment}
		 * @param harassmentThreatening {@code harassment/threatening}
		 * @param selfHarm {@code self-harm}
		 * @param selfHarmIntent {@code self-harm/intent}
		 * @param selfHarmInstructions {@code self-harm/instructions}
		 * @param sexual {@code sexual}
		 * @param sexualMinors {@code sexual/minors}
		 * @param violence {@code violence}
		 * @param violenceGraphic {@code violence/graphic}
		 * @param additionalProperties members this version of the type does not know
		 */
		public Categories(boolean hate, boolean hateThreatening, boolean harassment, boolean harassmentThreatening,
				boolean selfHarm, boolean selfHarmIntent, boolean selfHarmInstructions, boolean sexual,
				boolean sexualMinors, boolean violence, boolean violenceGraphic,
				Map<String, @Nullable Object> additionalProperties) {
			this(hate, hateThreatening, harassment, harassmentThreatening, null, null, selfHarm, selfHarmIntent,
					selfHarmInstructions, sexual, sexualMinors, violence, violenceGraphic, additionalProperties);
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
	 * @param illicit score for {@code illicit}; multi-modal models only
	 * @param illicitViolent score for {@code illicit/violent}; multi-modal models only
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
			@JsonProperty("illicit") @Nullable Double illicit,
			@JsonProperty("illicit/violent") @Nullable Double illicitViolent,
			@JsonProperty("self-harm") double selfHarm, @JsonProperty("self-harm/intent") double selfHarmIntent,
			@JsonProperty("self-harm/instructions") double selfHarmInstructions,
			@JsonProperty("sexual") double sexual, @JsonProperty("sexual/minors") double sexualMinors,
			@JsonProperty("violence") double violence, @JsonProperty("violence/graphic") double violenceGraphic,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public CategoryScores {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Scores with the members of version 2.0.0 of the API (no {@code illicit}).
		 * @param hate {@code hate}
		 * @param hateThreatening {@code hate/threatening}
		 * @param harassment {@code harassment}
		 * @param harassmentThreatening {@code harassment/threatening}
		 * @param selfHarm {@code self-harm}
		 * @param selfHarmIntent {@code self-harm/intent}
		 * @param selfHarmInstructions {@code self-harm/instructions}
		 * @param sexual {@code sexual}
		 * @param sexualMinors {@code sexual/minors}
		 * @param violence {@code violence}
		 * @param violenceGraphic {@code violence/graphic}
		 * @param additionalProperties members this version of the type does not know
		 */
		public CategoryScores(double hate, double hateThreatening, double harassment, double harassmentThreatening,
				double selfHarm, double selfHarmIntent, double selfHarmInstructions, double sexual,
				double sexualMinors, double violence, double violenceGraphic,
				Map<String, @Nullable Object> additionalProperties) {
			this(hate, hateThreatening, harassment, harassmentThreatening, null, null, selfHarm, selfHarmIntent,
					selfHarmInstructions, sexual, sexualMinors, violence, violenceGraphic, additionalProperties);
		}

	}

	/**
	 * For each policy category, the kinds of input the verdict looked at. The JSON names
	 * are those of {@link Categories}; a kind a category does not support is absent from
	 * its list.
	 *
	 * @param hate for {@code hate}
	 * @param hateThreatening for {@code hate/threatening}
	 * @param harassment for {@code harassment}
	 * @param harassmentThreatening for {@code harassment/threatening}
	 * @param illicit for {@code illicit}
	 * @param illicitViolent for {@code illicit/violent}
	 * @param selfHarm for {@code self-harm}
	 * @param selfHarmIntent for {@code self-harm/intent}
	 * @param selfHarmInstructions for {@code self-harm/instructions}
	 * @param sexual for {@code sexual}
	 * @param sexualMinors for {@code sexual/minors}
	 * @param violence for {@code violence}
	 * @param violenceGraphic for {@code violence/graphic}
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CategoryAppliedInputTypes(
			@JsonProperty("hate") @Nullable List<InputType> hate,
			@JsonProperty("hate/threatening") @Nullable List<InputType> hateThreatening,
			@JsonProperty("harassment") @Nullable List<InputType> harassment,
			@JsonProperty("harassment/threatening") @Nullable List<InputType> harassmentThreatening,
			@JsonProperty("illicit") @Nullable List<InputType> illicit,
			@JsonProperty("illicit/violent") @Nullable List<InputType> illicitViolent,
			@JsonProperty("self-harm") @Nullable List<InputType> selfHarm,
			@JsonProperty("self-harm/intent") @Nullable List<InputType> selfHarmIntent,
			@JsonProperty("self-harm/instructions") @Nullable List<InputType> selfHarmInstructions,
			@JsonProperty("sexual") @Nullable List<InputType> sexual,
			@JsonProperty("sexual/minors") @Nullable List<InputType> sexualMinors,
			@JsonProperty("violence") @Nullable List<InputType> violence,
			@JsonProperty("violence/graphic") @Nullable List<InputType> violenceGraphic,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public CategoryAppliedInputTypes {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A kind of input a category verdict is based on.
	 *
	 * @param value the wire value
	 */
	public record InputType(@JsonValue String value) {

		/** The text parts. */
		public static final InputType TEXT = new InputType("text");

		/** The image parts. */
		public static final InputType IMAGE = new InputType("image");

		public InputType {
			Validate.required(value, "input_type");
		}

		@JsonCreator
		public static InputType of(String value) {
			return new InputType(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
