package org.openaiboot.models.finetuning;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters;

/**
 * The checks of a fine-tuning job request that its generated builder cannot make: the
 * settings of the training method, which must match its type, the integrations the
 * request holds (their number is checked by the builder itself, see {@code rules:}), and
 * the ranges of the {@code "auto"}-or-number settings again, for settings built without
 * their builders (canonical constructors, JSON) and for the minimums the spec excludes,
 * which its parsed form loses. The builder of {@link CreateFineTuningJobRequest} calls
 * {@link #check} after its own checks (see {@code validators:} in {@code models.yaml});
 * fields are named from the request, such as {@code method.dpo.hyperparameters.beta}.
 */
public final class CreateFineTuningJobRequestRules {

	private static final int BATCH_SIZE_MIN = 1;

	private static final int BATCH_SIZE_MAX = 256;

	private static final int N_EPOCHS_MIN = 1;

	private static final int N_EPOCHS_MAX = 50;

	private static final double BETA_MAX = 2;

	private static final double COMPUTE_MULTIPLIER_ABOVE = 0.00001;

	private static final double COMPUTE_MULTIPLIER_MAX = 10;

	private CreateFineTuningJobRequestRules() {
	}

	/**
	 * Check a request: its model, its hyperparameters, integrations and method, including
	 * those given already built through canonical constructors.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateFineTuningJobRequest request) {
		Validate.requiredText(request.model().value(), "model");
		checkHyperparameters(request.hyperparameters(), "hyperparameters");
		checkIntegrations(request.integrations(), "integrations");
		checkMethod(request.method(), "method");
	}

	private static void checkHyperparameters(@Nullable Hyperparameters hyperparameters, String field) {
		if (hyperparameters == null) {
			return;
		}
		Long batchSize = (hyperparameters.batchSize() instanceof Hyperparameters.BatchSize.OfNumber number)
				? number.value() : null;
		Number multiplier = (hyperparameters
			.learningRateMultiplier() instanceof Hyperparameters.LearningRateMultiplier.OfNumber number)
					? number.value() : null;
		Long nEpochs = (hyperparameters.nEpochs() instanceof Hyperparameters.NEpochs.OfNumber number)
				? number.value() : null;
		checkTraining(batchSize, multiplier, nEpochs, field);
	}

	private static void checkIntegrations(@Nullable List<FineTuningIntegration> integrations, String field) {
		if (integrations == null) {
			return;
		}
		for (FineTuningIntegration integration : integrations) {
			Validate.required(integration, field + "[]");
			Validate.requiredText(integration.type(), field + "[].type");
			if (FineTuningIntegration.TYPE.equals(integration.type())) {
				FineTuningIntegration.Wandb wandb = Validate.required(integration.wandb(), field + "[].wandb");
				Validate.requiredText(wandb.project(), field + "[].wandb.project");
			}
		}
	}

	private static void checkMethod(@Nullable FineTuneMethod method, String field) {
		if (method == null) {
			return;
		}
		FineTuneMethod.Type type = Validate.required(method.type(), field + ".type");
		if (method.supervised() != null) {
			checkSupervised(method.supervised().hyperparameters(), field + ".supervised.hyperparameters");
		}
		if (method.dpo() != null) {
			checkDpo(method.dpo().hyperparameters(), field + ".dpo.hyperparameters");
		}
		if (method.reinforcement() != null) {
			Validate.required(method.reinforcement().grader(), field + ".reinforcement.grader");
			checkReinforcement(method.reinforcement().hyperparameters(), field + ".reinforcement.hyperparameters");
		}
		boolean known = FineTuneMethod.Type.SUPERVISED.equals(type) || FineTuneMethod.Type.DPO.equals(type)
				|| FineTuneMethod.Type.REINFORCEMENT.equals(type);
		boolean others = (!FineTuneMethod.Type.SUPERVISED.equals(type) && method.supervised() != null)
				|| (!FineTuneMethod.Type.DPO.equals(type) && method.dpo() != null)
				|| (!FineTuneMethod.Type.REINFORCEMENT.equals(type) && method.reinforcement() != null);
		if (known && others) {
			throw new ValidationException(field, "must only hold the settings of its type", type.value());
		}
		if (FineTuneMethod.Type.REINFORCEMENT.equals(type) && method.reinforcement() == null) {
			throw new ValidationException(field + ".reinforcement", "is required for the reinforcement method", null);
		}
	}

	private static void checkSupervised(@Nullable FineTuneSupervisedHyperparameters hyperparameters, String field) {
		if (hyperparameters == null) {
			return;
		}
		Long batchSize = (hyperparameters.batchSize() instanceof FineTuneSupervisedHyperparameters.BatchSize.OfNumber number)
				? number.value() : null;
		Number multiplier = (hyperparameters
			.learningRateMultiplier() instanceof FineTuneSupervisedHyperparameters.LearningRateMultiplier.OfNumber number)
					? number.value() : null;
		Long nEpochs = (hyperparameters.nEpochs() instanceof FineTuneSupervisedHyperparameters.NEpochs.OfNumber number)
				? number.value() : null;
		checkTraining(batchSize, multiplier, nEpochs, field);
	}

	private static void checkDpo(@Nullable FineTuneDPOHyperparameters hyperparameters, String field) {
		if (hyperparameters == null) {
			return;
		}
		Long batchSize = (hyperparameters.batchSize() instanceof FineTuneDPOHyperparameters.BatchSize.OfNumber number)
				? number.value() : null;
		Number multiplier = (hyperparameters
			.learningRateMultiplier() instanceof FineTuneDPOHyperparameters.LearningRateMultiplier.OfNumber number)
					? number.value() : null;
		Long nEpochs = (hyperparameters.nEpochs() instanceof FineTuneDPOHyperparameters.NEpochs.OfNumber number)
				? number.value() : null;
		checkTraining(batchSize, multiplier, nEpochs, field);
		if (hyperparameters.beta() instanceof FineTuneDPOHyperparameters.Beta.OfNumber beta) {
			checkAbove(beta.value(), field + ".beta", 0, BETA_MAX);
		}
	}

	private static void checkReinforcement(@Nullable FineTuneReinforcementHyperparameters hyperparameters,
			String field) {
		if (hyperparameters == null) {
			return;
		}
		Long batchSize = (hyperparameters
			.batchSize() instanceof FineTuneReinforcementHyperparameters.BatchSize.OfNumber number) ? number.value()
					: null;
		Number multiplier = (hyperparameters
			.learningRateMultiplier() instanceof FineTuneReinforcementHyperparameters.LearningRateMultiplier.OfNumber number)
					? number.value() : null;
		Long nEpochs = (hyperparameters
			.nEpochs() instanceof FineTuneReinforcementHyperparameters.NEpochs.OfNumber number) ? number.value()
					: null;
		checkTraining(batchSize, multiplier, nEpochs, field);
		if (hyperparameters
			.computeMultiplier() instanceof FineTuneReinforcementHyperparameters.ComputeMultiplier.OfNumber number) {
			checkAbove(number.value(), field + ".compute_multiplier", COMPUTE_MULTIPLIER_ABOVE, COMPUTE_MULTIPLIER_MAX);
		}
		if (hyperparameters.evalInterval() instanceof FineTuneReinforcementHyperparameters.EvalInterval.OfNumber number) {
			Validate.min(number.value(), field + ".eval_interval", 1);
		}
		if (hyperparameters.evalSamples() instanceof FineTuneReinforcementHyperparameters.EvalSamples.OfNumber number) {
			Validate.min(number.value(), field + ".eval_samples", 1);
		}
	}

	/**
	 * Check the settings every method shares, each given as its number or {@code null}
	 * where it is {@code "auto"} or absent.
	 */
	private static void checkTraining(@Nullable Long batchSize, @Nullable Number learningRateMultiplier,
			@Nullable Long nEpochs, String field) {
		Validate.range(batchSize, field + ".batch_size", BATCH_SIZE_MIN, BATCH_SIZE_MAX);
		if (learningRateMultiplier != null && !(learningRateMultiplier.doubleValue() > 0)) {
			throw new ValidationException(field + ".learning_rate_multiplier", "must be greater than 0",
					learningRateMultiplier);
		}
		Validate.range(nEpochs, field + ".n_epochs", N_EPOCHS_MIN, N_EPOCHS_MAX);
	}

	private static void checkAbove(Number value, String field, double above, double max) {
		if (!(value.doubleValue() > above && value.doubleValue() <= max)) {
			throw new ValidationException(field, "must be greater than " + above + " and at most " + max, value);
		}
	}

}
