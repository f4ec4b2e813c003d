package org.openaiboot.models.finetuning;

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
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.BatchSize;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.LearningRateMultiplier;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.NEpochs;

/**
 * How a fine-tuning job trains (the {@code FineTuneMethod} schema of today's API, not in
 * version 2.0.0): supervised on example answers, by direct preference optimization (DPO)
 * on pairs of preferred and rejected answers, or by reinforcement with a grader. The
 * member named after the {@link #type()} holds that method's settings.
 *
 * @param type which method
 * @param supervised the settings of supervised fine-tuning
 * @param dpo the settings of DPO
 * @param reinforcement the settings of reinforcement fine-tuning
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTuneMethod(@JsonProperty("type") Type type, @JsonProperty("supervised") @Nullable Supervised supervised,
		@JsonProperty("dpo") @Nullable Dpo dpo, @JsonProperty("reinforcement") @Nullable Reinforcement reinforcement,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public FineTuneMethod {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Supervised fine-tuning.
	 * @param hyperparameters its settings, or {@code null} to let the API choose
	 * @return the method
	 */
	public static FineTuneMethod supervised(@Nullable Hyperparameters hyperparameters) {
		return new FineTuneMethod(Type.SUPERVISED, new Supervised(hyperparameters, Map.of()), null, null, Map.of());
	}

	/**
	 * Direct preference optimization.
	 * @param hyperparameters its settings, or {@code null} to let the API choose
	 * @return the method
	 */
	public static FineTuneMethod dpo(@Nullable DpoHyperparameters hyperparameters) {
		return new FineTuneMethod(Type.DPO, null, new Dpo(hyperparameters, Map.of()), null, Map.of());
	}

	/**
	 * Reinforcement fine-tuning.
	 * @param grader the grader that scores the answers, as its JSON members (one of the
	 * grader objects of the API: {@code string_check}, {@code text_similarity},
	 * {@code python}, {@code score_model} or {@code multi})
	 * @param hyperparameters its settings, or {@code null} to let the API choose
	 * @return the method
	 */
	public static FineTuneMethod reinforcement(Map<String, ? extends @Nullable Object> grader,
			@Nullable ReinforcementHyperparameters hyperparameters) {
		return new FineTuneMethod(Type.REINFORCEMENT, null, null,
				new Reinforcement(AdditionalProperties.copyOf(grader), hyperparameters, Map.of()), Map.of());
	}

	/**
	 * Check the method of a request: its type, the grader of reinforcement, and the ranges
	 * of the numbers given.
	 * @param method the method, or {@code null}
	 * @param field the name of the owning field, such as {@code method}
	 */
	static void validate(@Nullable FineTuneMethod method, String field) {
		if (method == null) {
			return;
		}
		Validate.required(method.type(), field + ".type");
		if (method.supervised() != null) {
			Hyperparameters.validate(method.supervised().hyperparameters(), field + ".supervised.hyperparameters");
		}
		if (method.dpo() != null && method.dpo().hyperparameters() != null) {
			DpoHyperparameters hyperparameters = method.dpo().hyperparameters();
			String prefix = field + ".dpo.hyperparameters";
			Hyperparameters.validate(new Hyperparameters(hyperparameters.batchSize(),
					hyperparameters.learningRateMultiplier(), hyperparameters.nEpochs(), Map.of()), prefix);
			AutoOrNumber.checkAbove(hyperparameters.beta(), prefix + ".beta", 0, DpoHyperparameters.BETA_MAX);
		}
		if (method.reinforcement() != null) {
			Validate.required(method.reinforcement().grader(), field + ".reinforcement.grader");
			ReinforcementHyperparameters hyperparameters = method.reinforcement().hyperparameters();
			if (hyperparameters != null) {
				String prefix = field + ".reinforcement.hyperparameters";
				Hyperparameters.validate(new Hyperparameters(hyperparameters.batchSize(),
						hyperparameters.learningRateMultiplier(), hyperparameters.nEpochs(), Map.of()), prefix);
				AutoOrNumber.checkAbove(hyperparameters.computeMultiplier(), prefix + ".compute_multiplier",
						ReinforcementHyperparameters.COMPUTE_MULTIPLIER_MIN,
						ReinforcementHyperparameters.COMPUTE_MULTIPLIER_MAX);
				AutoOrInteger.checkMin(hyperparameters.evalInterval(), prefix + ".eval_interval", 1);
				AutoOrInteger.checkMin(hyperparameters.evalSamples(), prefix + ".eval_samples", 1);
			}
		}
		Type type = method.type();
		boolean settingsMatch = (Type.SUPERVISED.equals(type) && method.dpo() == null && method.reinforcement() == null)
				|| (Type.DPO.equals(type) && method.supervised() == null && method.reinforcement() == null)
				|| (Type.REINFORCEMENT.equals(type) && method.supervised() == null && method.dpo() == null)
				|| !Type.KNOWN.contains(type);
		if (!settingsMatch) {
			throw new ValidationException(field, "must only hold the settings of its type", type.value());
		}
		if (Type.REINFORCEMENT.equals(type) && method.reinforcement() == null) {
			throw new ValidationException(field + ".reinforcement", "is required for the reinforcement method", null);
		}
	}

	/**
	 * A fine-tuning method.
	 *
	 * @param value the wire value
	 */
	public record Type(@JsonValue String value) {

		/** Supervised fine-tuning on example conversations. */
		public static final Type SUPERVISED = new Type("supervised");

		/** Direct preference optimization on preferred and rejected answers. */
		public static final Type DPO = new Type("dpo");

		/** Reinforcement fine-tuning of a reasoning model, scored by a grader. */
		public static final Type REINFORCEMENT = new Type("reinforcement");

		static final java.util.Set<Type> KNOWN = java.util.Set.of(SUPERVISED, DPO, REINFORCEMENT);

		public Type {
			Validate.required(value, "type");
		}

		@JsonCreator
		public static Type of(String value) {
			return new Type(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The settings of supervised fine-tuning.
	 *
	 * @param hyperparameters the training settings
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Supervised(@JsonProperty("hyperparameters") @Nullable Hyperparameters hyperparameters,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Supervised {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The settings of DPO.
	 *
	 * @param hyperparameters the training settings
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Dpo(@JsonProperty("hyperparameters") @Nullable DpoHyperparameters hyperparameters,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Dpo {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The settings of reinforcement fine-tuning.
	 *
	 * @param grader the grader that scores the model's answers, as its JSON members
	 * @param hyperparameters the training settings
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Reinforcement(@JsonProperty("grader") Map<String, @Nullable Object> grader,
			@JsonProperty("hyperparameters") @Nullable ReinforcementHyperparameters hyperparameters,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Reinforcement {
			grader = AdditionalProperties.copyOf(grader);
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The training settings of DPO.
	 *
	 * @param beta how strongly the model is held to its starting point: {@code auto} or a
	 * number above 0 up to 2; higher is more conservative
	 * @param batchSize how many examples each training step uses, 1 to 256
	 * @param learningRateMultiplier the factor applied to the base learning rate, above 0
	 * @param nEpochs how many passes over the training data, 1 to 50
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record DpoHyperparameters(@JsonProperty("beta") @Nullable AutoOrNumber beta,
			@JsonProperty("batch_size") @Nullable BatchSize batchSize,
			@JsonProperty("learning_rate_multiplier") @Nullable LearningRateMultiplier learningRateMultiplier,
			@JsonProperty("n_epochs") @Nullable NEpochs nEpochs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** The largest {@code beta}. */
		public static final double BETA_MAX = 2;

		public DpoHyperparameters {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The training settings of reinforcement fine-tuning.
	 *
	 * @param batchSize how many examples each training step uses, 1 to 256
	 * @param learningRateMultiplier the factor applied to the base learning rate, above 0
	 * @param nEpochs how many passes over the training data, 1 to 50
	 * @param reasoningEffort how much the model reasons while it is trained
	 * @param computeMultiplier how much compute to spend on exploring: {@code auto} or a
	 * number above 0.00001 up to 10
	 * @param evalInterval how many training steps between evaluations: {@code auto} or at
	 * least 1
	 * @param evalSamples how many samples each evaluation uses: {@code auto} or at least 1
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ReinforcementHyperparameters(@JsonProperty("batch_size") @Nullable BatchSize batchSize,
			@JsonProperty("learning_rate_multiplier") @Nullable LearningRateMultiplier learningRateMultiplier,
			@JsonProperty("n_epochs") @Nullable NEpochs nEpochs,
			@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
			@JsonProperty("compute_multiplier") @Nullable AutoOrNumber computeMultiplier,
			@JsonProperty("eval_interval") @Nullable AutoOrInteger evalInterval,
			@JsonProperty("eval_samples") @Nullable AutoOrInteger evalSamples,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** {@code compute_multiplier} must be above this. */
		public static final double COMPUTE_MULTIPLIER_MIN = 0.00001;

		/** The largest {@code compute_multiplier}. */
		public static final double COMPUTE_MULTIPLIER_MAX = 10;

		public ReinforcementHyperparameters {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * How much a model reasons during reinforcement fine-tuning.
	 *
	 * @param value the wire value
	 */
	public record ReasoningEffort(@JsonValue String value) {

		/** The model's default effort (the default). */
		public static final ReasoningEffort DEFAULT = new ReasoningEffort("default");

		public static final ReasoningEffort LOW = new ReasoningEffort("low");

		public static final ReasoningEffort MEDIUM = new ReasoningEffort("medium");

		public static final ReasoningEffort HIGH = new ReasoningEffort("high");

		public ReasoningEffort {
			Validate.required(value, "reasoning_effort");
		}

		@JsonCreator
		public static ReasoningEffort of(String value) {
			return new ReasoningEffort(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * A setting that is {@code "auto"} (the API chooses) or a number.
	 */
	public sealed interface AutoOrNumber permits AutoOrNumber.Auto, AutoOrNumber.Fixed, AutoOrNumber.Unknown {

		/**
		 * Let the API choose.
		 * @return the {@code "auto"} value
		 */
		static AutoOrNumber auto() {
			return Auto.INSTANCE;
		}

		/**
		 * A fixed number.
		 * @param value the number
		 * @return the setting
		 */
		static AutoOrNumber of(double value) {
			return new Fixed(value);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static AutoOrNumber fromJson(Object json) {
			if (Auto.VALUE.equals(json)) {
				return Auto.INSTANCE;
			}
			if (json instanceof Double || json instanceof Float || json instanceof Integer || json instanceof Long) {
				return new Fixed((Number) json);
			}
			return new Unknown(json);
		}

		private static void checkAbove(@Nullable AutoOrNumber setting, String field, double above, double max) {
			if (setting instanceof Fixed fixed
					&& !(fixed.value().doubleValue() > above && fixed.value().doubleValue() <= max)) {
				throw new ValidationException(field, "must be greater than " + above + " and at most " + max,
						fixed.value());
			}
		}

		/**
		 * The {@code "auto"} value, sent as that JSON string.
		 */
		record Auto() implements AutoOrNumber {

			/** The wire value. */
			public static final String VALUE = "auto";

			static final Auto INSTANCE = new Auto();

			@JsonValue
			public String value() {
				return VALUE;
			}

		}

		/**
		 * A fixed number, sent as a JSON number, whole or fractional as read or given.
		 *
		 * @param value the number
		 */
		record Fixed(@JsonValue Number value) implements AutoOrNumber {
		}

		/**
		 * A shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue Object json) implements AutoOrNumber {
		}

	}

	/**
	 * A setting that is {@code "auto"} (the API chooses) or a whole number.
	 */
	public sealed interface AutoOrInteger permits AutoOrInteger.Auto, AutoOrInteger.Fixed, AutoOrInteger.Unknown {

		/**
		 * Let the API choose.
		 * @return the {@code "auto"} value
		 */
		static AutoOrInteger auto() {
			return Auto.INSTANCE;
		}

		/**
		 * A fixed number.
		 * @param value the number
		 * @return the setting
		 */
		static AutoOrInteger of(int value) {
			return new Fixed(value);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static AutoOrInteger fromJson(Object json) {
			if (Auto.VALUE.equals(json)) {
				return Auto.INSTANCE;
			}
			if (json instanceof Integer value) {
				return new Fixed(value);
			}
			return new Unknown(json);
		}

		private static void checkMin(@Nullable AutoOrInteger setting, String field, int min) {
			if (setting instanceof Fixed fixed) {
				Validate.min(fixed.value(), field, min);
			}
		}

		/**
		 * The {@code "auto"} value, sent as that JSON string.
		 */
		record Auto() implements AutoOrInteger {

			/** The wire value. */
			public static final String VALUE = "auto";

			static final Auto INSTANCE = new Auto();

			@JsonValue
			public String value() {
				return VALUE;
			}

		}

		/**
		 * A fixed number, sent as a JSON integer.
		 *
		 * @param value the number
		 */
		record Fixed(@JsonValue int value) implements AutoOrInteger {
		}

		/**
		 * A shape this version does not know, kept as read.
		 *
		 * @param json the JSON value
		 */
		record Unknown(@JsonValue Object json) implements AutoOrInteger {
		}

	}

}
