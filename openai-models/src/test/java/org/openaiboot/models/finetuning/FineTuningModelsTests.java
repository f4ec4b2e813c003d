package org.openaiboot.models.finetuning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.BatchSize;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.LearningRateMultiplier;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.NEpochs;
import org.openaiboot.models.finetuning.FineTuneDPOHyperparameters.Beta;
import org.openaiboot.models.finetuning.FineTuneReinforcementHyperparameters.ComputeMultiplier;
import org.openaiboot.models.finetuning.FineTuneReinforcementHyperparameters.EvalInterval;
import org.openaiboot.models.finetuning.FineTuneReinforcementHyperparameters.EvalSamples;
import org.openaiboot.models.finetuning.FineTuneReinforcementHyperparameters.ReasoningEffort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class FineTuningModelsTests {

	@Test
	void fineTuningJobRoundTrips() {
		String json = fixture("fixtures/finetuning/FineTuningJob.json");
		FineTuningJob job = assertLossless(json, FineTuningJob.class);
		assertThat(job.id()).isEqualTo("ftjob-abc123");
		assertThat(job.object()).isEqualTo(FineTuningJob.OBJECT);
		assertThat(job.model()).isEqualTo("davinci-002");
		assertThat(job.createdAt()).isEqualTo(1692661014L);
		assertThat(job.finishedAt()).isEqualTo(1692661190L);
		assertThat(job.fineTunedModel()).isEqualTo("ft:davinci-002:my-org:custom_suffix:7q8mpxmy");
		assertThat(job.resultFiles()).containsExactly("file-abc123");
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.SUCCEEDED);
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(FineTuningJob.Hyperparameters.NEpochs.of(4));
		assertThat(job.trainedTokens()).isEqualTo(5768);
		assertThat(job.validationFile()).isNull();
		assertThat(job.error()).isNull();
		assertForwardCompatible(json, FineTuningJob.class, "status", "n_epochs");
	}

	@Test
	void cancelledFineTuningJobRoundTrips() {
		String json = fixture("fixtures/finetuning/FineTuningJob-cancelled.json");
		FineTuningJob job = assertLossless(json, FineTuningJob.class);
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.CANCELLED);
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(FineTuningJob.Hyperparameters.NEpochs.auto());
		assertThat(job.finishedAt()).isNull();
		assertThat(job.trainedTokens()).isNull();
		assertThat(job.validationFile()).isEqualTo("file-abc123");
		assertForwardCompatible(json, FineTuningJob.class, "status", "n_epochs");
	}

	@Test
	void failedFineTuningJobRoundTrips() {
		String json = fixture("fixtures/finetuning/FineTuningJob-failed.json");
		FineTuningJob job = assertLossless(json, FineTuningJob.class);
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.FAILED);
		assertThat(job.error()).isNotNull();
		assertThat(job.error().code()).isEqualTo("invalid_training_file");
		assertThat(job.error().param()).isEqualTo("training_file");
		assertForwardCompatible(json, FineTuningJob.class, "status");
	}

	@Test
	void fineTuningJobKeepsUnknownStatusAndEpochs() {
		String json = fixture("fixtures/finetuning/FineTuningJob-cancelled.json")
			.replace("\"cancelled\"", "\"paused\"")
			.replace("\"auto\"", "\"adaptive\"");
		FineTuningJob job = assertLossless(json, FineTuningJob.class);
		assertThat(job.status()).isEqualTo(FineTuningJob.Status.of("paused"));
		assertThat(job.status()).hasToString("paused");
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(FineTuningJob.Hyperparameters.NEpochs.of("adaptive"));
	}

	@Test
	void listPaginatedFineTuningJobsResponseRoundTrips() {
		String json = fixture("fixtures/finetuning/ListPaginatedFineTuningJobsResponse.json");
		ListPaginatedFineTuningJobsResponse response = assertLossless(json,
				ListPaginatedFineTuningJobsResponse.class);
		assertThat(response.object()).isEqualTo("list");
		assertThat(response.hasMore()).isTrue();
		assertThat(response.data()).extracting(FineTuningJob::status)
			.containsExactly(FineTuningJob.Status.RUNNING, FineTuningJob.Status.SUCCEEDED);
		assertForwardCompatible(json, ListPaginatedFineTuningJobsResponse.class, "status", "n_epochs");
	}

	@Test
	void fineTuningJobEventRoundTrips() {
		String json = fixture("fixtures/finetuning/FineTuningJobEvent.json");
		FineTuningJobEvent event = assertLossless(json, FineTuningJobEvent.class);
		assertThat(event.id()).isEqualTo("ft-event-TjX0lMfOniCZX64t9PUQT5hn");
		assertThat(event.object()).isEqualTo(FineTuningJobEvent.OBJECT);
		assertThat(event.createdAt()).isEqualTo(1689813489L);
		assertThat(event.level()).isEqualTo(FineTuningJobEvent.Level.WARN);
		assertThat(event.message()).startsWith("Fine tuning process stopping");
		// members the 2.0.0 schema did not declare, read into components today
		assertThat(event.type()).isEqualTo(FineTuningJobEvent.Type.MESSAGE);
		assertThat(event.data()).isNull();
		assertThat(event.additionalProperties()).isEmpty();
		assertForwardCompatible(json, FineTuningJobEvent.class, "level");
	}

	@Test
	void listFineTuningJobEventsResponseRoundTrips() {
		String json = fixture("fixtures/finetuning/ListFineTuningJobEventsResponse.json");
		ListFineTuningJobEventsResponse response = assertLossless(json, ListFineTuningJobEventsResponse.class);
		assertThat(response.object()).isEqualTo("list");
		assertThat(response.data()).hasSize(2);
		assertThat(response.data()).extracting(FineTuningJobEvent::level)
			.containsOnly(FineTuningJobEvent.Level.INFO);
		assertThat(response.hasMore()).isTrue();
		assertThat(response.additionalProperties()).isEmpty();
		assertForwardCompatible(json, ListFineTuningJobEventsResponse.class, "level");
	}

	@Test
	void levelKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"debug\"", FineTuningJobEvent.Level.class))
			.isEqualTo(FineTuningJobEvent.Level.of("debug"));
		assertThat(JACKSON3.writeValueAsString(FineTuningJobEvent.Level.ERROR)).isEqualTo("\"error\"");
	}

	@Test
	void createFineTuningJobRequestOmitsAbsentMembers() {
		CreateFineTuningJobRequest request = CreateFineTuningJobRequest.of(FineTuningModel.GPT_3_5_TURBO,
				"file-abc123");
		assertThat(JACKSON3.writeValueAsString(request))
			.isEqualTo("{\"model\":\"gpt-3.5-turbo\",\"training_file\":\"file-abc123\"}");
	}

	@Test
	void createFineTuningJobRequestWritesEveryMember() throws Exception {
		CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder()
			.model("gpt-3.5-turbo-0613")
			.trainingFile("file-abc123")
			.validationFile("file-def456")
			.suffix("custom-model-name")
			.hyperparameters(Hyperparameters.builder()
				.batchSize(BatchSize.auto())
				.learningRateMultiplier(LearningRateMultiplier.of(1.5))
				.nEpochs(NEpochs.of(2))
				.build())
			.build();
		String expected = "{\"model\":\"gpt-3.5-turbo-0613\",\"training_file\":\"file-abc123\","
				+ "\"hyperparameters\":{\"batch_size\":\"auto\",\"learning_rate_multiplier\":1.5,\"n_epochs\":2},"
				+ "\"suffix\":\"custom-model-name\",\"validation_file\":\"file-def456\"}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(expected);
		assertThat(JACKSON2.writeValueAsString(request)).isEqualTo(expected);
		assertThat(assertLossless(expected, CreateFineTuningJobRequest.class)).isEqualTo(request);
		assertThat(request.model()).isEqualTo(FineTuningModel.of("gpt-3.5-turbo-0613"));
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void hyperparameterUnionsReadBothShapes() {
		String json = "{\"batch_size\":8,\"learning_rate_multiplier\":\"auto\",\"n_epochs\":\"auto\"}";
		Hyperparameters hyperparameters = assertLossless(json, Hyperparameters.class);
		assertThat(hyperparameters.batchSize()).isEqualTo(BatchSize.of(8));
		assertThat(hyperparameters.learningRateMultiplier()).isEqualTo(LearningRateMultiplier.auto());
		assertThat(hyperparameters.nEpochs()).isEqualTo(NEpochs.auto());
		assertThat(JACKSON3.readValue("0.1", LearningRateMultiplier.class)).isEqualTo(LearningRateMultiplier.of(0.1));
		assertThat(JACKSON3.readValue("[1]", NEpochs.class)).isInstanceOf(NEpochs.Unknown.class);
		assertThat(JACKSON3.writeValueAsString(NEpochs.auto())).isEqualTo("\"auto\"");
		assertThat(JACKSON3.writeValueAsString(NEpochs.of(3))).isEqualTo("3");
	}

	@Test
	void createFineTuningJobRequestRequiresModelAndTrainingFile() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateFineTuningJobRequest.builder().trainingFile("file-abc123").build())
			.withMessage("Invalid value for 'model': is required (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateFineTuningJobRequest.builder().model(FineTuningModel.DAVINCI_002).build())
			.withMessage("Invalid value for 'training_file': is required and must not be blank (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("training_file"));
	}

	@Test
	void createFineTuningJobRequestChecksSuffix() {
		CreateFineTuningJobRequest.Builder builder = CreateFineTuningJobRequest.builder()
			.model(FineTuningModel.BABBAGE_002)
			.trainingFile("file-abc123");
		// the builder checks the spec's minLength and maxLength one by one
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.suffix("").build())
			.withMessage("Invalid value for 'suffix': must be at least 1 characters long (was \"\")");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.suffix("s".repeat(65)).build())
			.withMessageContaining("'suffix': must be at most 64 characters long");
		assertThat(builder.suffix("s".repeat(64)).build().suffix()).hasSize(64);
	}

	@Test
	void hyperparametersChecksRanges() {
		// the builder of the settings names its own members; the request names them from itself
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().nEpochs(NEpochs.of(51)).build())
			.withMessage("Invalid value for 'n_epochs': must be between 1 and 50 (was 51)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().nEpochs(NEpochs.of(0)).build())
			.withMessageContaining("'n_epochs': must be between 1 and 50");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().batchSize(BatchSize.of(257)).build())
			.withMessage("Invalid value for 'batch_size': must be between 1 and 256 (was 257)");
		Hyperparameters zeroRate = Hyperparameters.builder().learningRateMultiplier(LearningRateMultiplier.of(0.0)).build();
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateFineTuningJobRequest.builder()
				.model(FineTuningModel.GPT_3_5_TURBO)
				.trainingFile("file-abc123")
				.hyperparameters(zeroRate)
				.build())
			.withMessage(
					"Invalid value for 'hyperparameters.learning_rate_multiplier': must be greater than 0 (was 0.0)");
		assertThat(Hyperparameters.builder()
			.nEpochs(NEpochs.of(50))
			.batchSize(BatchSize.of(256))
			.learningRateMultiplier(LearningRateMultiplier.of(0.01))
			.build()).isNotNull();
	}

	@Test
	void createFineTuningJobRequestChecksHyperparametersGivenDirectly() {
		Hyperparameters unchecked = new Hyperparameters(null, null, NEpochs.of(100), Map.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateFineTuningJobRequest.builder()
				.model(FineTuningModel.GPT_3_5_TURBO)
				.trainingFile("file-abc123")
				.hyperparameters(unchecked)
				.build())
			.withMessageContaining("'hyperparameters.n_epochs': must be between 1 and 50 (was 100)");
	}

	@Test
	void fineTuningModelKeepsAnyId() {
		assertThat(JACKSON3.readValue("\"gpt-4-0613\"", FineTuningModel.class))
			.isEqualTo(FineTuningModel.of("gpt-4-0613"));
		assertThat(JACKSON3.writeValueAsString(FineTuningModel.DAVINCI_002)).isEqualTo("\"davinci-002\"");
		assertThat(FineTuningModel.GPT_3_5_TURBO).hasToString("gpt-3.5-turbo");
	}

	// Today's API (spec 2.3.0)

	@Test
	void fineTuningJobOfTodaysApiRoundTrips() throws Exception {
		String json = fixture("fixtures/finetuning/FineTuningJob-latest.json");
		FineTuningJob job = readStable(json);
		assertThat(job.hyperparameters().batchSize()).isEqualTo(FineTuningJob.Hyperparameters.BatchSize.of(1));
		assertThat(job.hyperparameters().learningRateMultiplier())
			.isEqualTo(FineTuningJob.Hyperparameters.LearningRateMultiplier.of(1.0));
		assertThat(job.integrations()).isEmpty();
		assertThat(job.seed()).isZero();
		assertThat(job.estimatedFinish()).isZero();
		assertThat(job.method().type()).isEqualTo(FineTuneMethod.Type.SUPERVISED);
		assertThat(job.method().supervised().hyperparameters().nEpochs())
			.isEqualTo(FineTuneSupervisedHyperparameters.NEpochs.of(4));
		assertThat(job.metadata()).containsEntry("key", "value");
		assertThat(job.additionalProperties()).isEmpty();
		// the example leaves out error, which the API sends (as null for a job that did not fail)
		ObjectNode complete = (ObjectNode) JACKSON3.readTree(json);
		complete.putNull("error");
		String written = JACKSON3.writeValueAsString(complete);
		assertThat(assertLossless(written, FineTuningJob.class)).isEqualTo(job);
		assertForwardCompatible(written, FineTuningJob.class, "status", "type");
		assertThat(readStable(fixture("fixtures/finetuning/FineTuningJob-retrieve.json")).method()).isEqualTo(job.method());
	}

	@Test
	void fineTuningJobWithExplicitNullsRoundTrips() {
		String json = fixture("fixtures/finetuning/FineTuningJob-epochs.json");
		FineTuningJob job = JACKSON3.readValue(json, FineTuningJob.class);
		assertThat(job.metadata()).isNull();
		assertThat(job.estimatedFinish()).isNull();
		assertThat(job.seed()).isEqualTo(683058546);
		assertThat(job.method().supervised().hyperparameters().nEpochs())
			.isEqualTo(FineTuneSupervisedHyperparameters.NEpochs.of(2));
		assertThat(job.additionalProperties()).containsOnlyKeys("user_provided_suffix", "usage_metrics",
				"shared_with_openai");
		String written = withoutNulls(json, "metadata", "estimated_finish", "code", "message");
		assertThat(assertLossless(written, FineTuningJob.class)).isEqualTo(job);
		assertForwardCompatible(written, FineTuningJob.class, "status", "type");
	}

	@Test
	void fineTuningJobsWithEachMethodAreRead() throws Exception {
		FineTuningJob dpo = readStable(fixture("fixtures/finetuning/FineTuningJob-dpo.json"));
		assertThat(dpo.hyperparameters()).isNull();
		FineTuneDPOHyperparameters dpoSettings = dpo.method().dpo().hyperparameters();
		assertThat(dpo.method().type()).isEqualTo(FineTuneMethod.Type.DPO);
		assertThat(dpoSettings.beta()).isEqualTo(Beta.of(0.1));
		assertThat(dpoSettings.batchSize()).isEqualTo(FineTuneDPOHyperparameters.BatchSize.auto());
		FineTuningJob reinforcement = readStable(fixture("fixtures/finetuning/FineTuningJob-reinforcement.json"));
		FineTuneReinforcementMethod method = reinforcement.method().reinforcement();
		assertThat(method.grader().type()).isEqualTo(GraderStringCheck.TYPE);
		assertThat(method.grader()).isInstanceOfSatisfying(GraderStringCheck.class,
				(grader) -> assertThat(grader.operation()).isEqualTo(GraderStringCheck.Operation.EQ));
		assertThat(method.hyperparameters().reasoningEffort()).isEqualTo(ReasoningEffort.MEDIUM);
		assertThat(method.hyperparameters().computeMultiplier()).isEqualTo(ComputeMultiplier.auto());
		assertThat(method.hyperparameters().evalSamples()).isEqualTo(EvalSamples.auto());
		assertThat(method.additionalProperties()).containsEntry("response_format", null);
		FineTuningJob wandb = readStable(fixture("fixtures/finetuning/FineTuningJob-wandb.json"));
		FineTuningIntegration integration = wandb.integrations().get(0);
		assertThat(integration.type()).isEqualTo(FineTuningIntegration.TYPE);
		assertThat(integration.wandb().project()).isEqualTo("my-wandb-project");
		assertThat(integration.wandb().entity()).isNull();
		assertThat(integration.wandb().additionalProperties()).containsEntry("run_id", "ftjob-abc123");
	}

	@Test
	void listFineTuningJobEventsResponseOfTodaysApiRoundTrips() {
		String json = fixture("fixtures/finetuning/ListFineTuningJobEventsResponse-latest.json");
		ListFineTuningJobEventsResponse page = assertLossless(json, ListFineTuningJobEventsResponse.class);
		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).extracting(FineTuningJobEvent::type)
			.containsExactly(FineTuningJobEvent.Type.MESSAGE, FineTuningJobEvent.Type.MESSAGE);
		assertThat(page.data().get(0).data()).isNull();
		assertThat(page.additionalProperties()).isEmpty();
		assertForwardCompatible(json, ListFineTuningJobEventsResponse.class, "level", "type");
		String metrics = "{\"object\":\"fine_tuning.job.event\",\"id\":\"ft-event-1\",\"created_at\":1,"
				+ "\"level\":\"info\",\"message\":\"Step 1/10\",\"type\":\"metrics\","
				+ "\"data\":{\"step\":1,\"train_loss\":1.25}}";
		FineTuningJobEvent event = assertLossless(metrics, FineTuningJobEvent.class);
		assertThat(event.data()).containsEntry("step", 1).containsEntry("train_loss", 1.25);
	}

	@Test
	void createFineTuningJobRequestWithTodaysMembers() {
		CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder()
			.model(FineTuningModel.GPT_4O_MINI)
			.trainingFile("file-abc123")
			.integrations(wandb("my-wandb-project"))
			.seed(42)
			.method(dpo(FineTuneDPOHyperparameters.builder()
				.beta(Beta.of(0.1))
				.nEpochs(FineTuneDPOHyperparameters.NEpochs.of(2))
				.build()))
			.metadata(Map.of("team", "search"))
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"gpt-4o-mini\",\"training_file\":\"file-abc123\","
				+ "\"integrations\":[{\"type\":\"wandb\",\"wandb\":{\"project\":\"my-wandb-project\"}}],"
				+ "\"seed\":42,\"method\":{\"type\":\"dpo\",\"dpo\":{\"hyperparameters\":{\"beta\":0.1,"
				+ "\"n_epochs\":2}}},\"metadata\":{\"team\":\"search\"}}");
		assertThat(assertLossless(json, CreateFineTuningJobRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateFineTuningJobRequest.class, "model", "type");
		assertThat(request.toBuilder().build()).isEqualTo(request);
		CreateFineTuningJobRequest reinforcement = request.toBuilder()
			.method(reinforcement(stringCheckGrader("g"), FineTuneReinforcementHyperparameters.builder()
				.reasoningEffort(ReasoningEffort.HIGH)
				.computeMultiplier(ComputeMultiplier.of(2))
				.evalInterval(EvalInterval.of(5))
				.evalSamples(EvalSamples.auto())
				.build()))
			.build();
		String written = JACKSON3.writeValueAsString(reinforcement.method());
		assertThat(written).contains("\"reasoning_effort\":\"high\"", "\"compute_multiplier\":2",
				"\"eval_interval\":5", "\"eval_samples\":\"auto\"");
		assertThat(assertLossless(written, FineTuneMethod.class)).isEqualTo(reinforcement.method());
		assertThat(JACKSON3.writeValueAsString(supervised(FineTuneSupervisedHyperparameters.builder()
			.nEpochs(FineTuneSupervisedHyperparameters.NEpochs.of(3))
			.build()))).isEqualTo("{\"type\":\"supervised\",\"supervised\":{\"hyperparameters\":{\"n_epochs\":3}}}");
	}

	@Test
	void createFineTuningJobRequestValidatesTodaysMembers() {
		CreateFineTuningJobRequest.Builder builder = CreateFineTuningJobRequest.builder()
			.model(FineTuningModel.GPT_4O_MINI)
			.trainingFile("file-abc123");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.seed(-1).build())
			.withMessage("Invalid value for 'seed': must be between 0 and 2147483647 (was -1)");
		builder.seed(null);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.integrations(wandb("a"), wandb("b"), wandb("c"), wandb("d"), wandb("e"), wandb("f"))
				.build())
			.withMessageStartingWith("Invalid value for 'integrations': must have at most 5 elements");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.integrations(wandb(" ")).build())
			.withMessage("Invalid value for 'integrations[].wandb.project': is required and must not be blank "
					+ "(was \" \")");
		builder.integrations((List<FineTuningIntegration>) null);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> FineTuneDPOHyperparameters.builder().beta(Beta.of(2.5)).build())
			.withMessage("Invalid value for 'beta': must be between 0 and 2 (was 2.5)");
		FineTuneDPOHyperparameters uncheckedDpo = new FineTuneDPOHyperparameters(Beta.of(2.5), null, null, null, Map.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.method(dpo(uncheckedDpo)).build())
			.withMessage("Invalid value for 'method.dpo.hyperparameters.beta': must be greater than 0.0 and at most "
					+ "2.0 (was 2.5)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.method(supervised(new FineTuneSupervisedHyperparameters(
					FineTuneSupervisedHyperparameters.BatchSize.of(257), null, null, Map.of())))
				.build())
			.withMessage("Invalid value for 'method.supervised.hyperparameters.batch_size': must be between 1 and 256 "
					+ "(was 257)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> FineTuneReinforcementHyperparameters.builder().computeMultiplier(ComputeMultiplier.of(11)).build())
			.withMessage("Invalid value for 'compute_multiplier': must be between 0.00001 and 10 (was 11)");
		FineTuneReinforcementHyperparameters uncheckedReinforcement = new FineTuneReinforcementHyperparameters(null, null, null, null,
				ComputeMultiplier.of(11), null, null, Map.of());
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.method(reinforcement(pythonGrader(), uncheckedReinforcement)).build())
			.withMessageStartingWith("Invalid value for 'method.reinforcement.hyperparameters.compute_multiplier'");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.method(reinforcement(pythonGrader(), new FineTuneReinforcementHyperparameters(null,
					null, null, null, null, EvalInterval.of(0), null, Map.of())))
				.build())
			.withMessage("Invalid value for 'method.reinforcement.hyperparameters.eval_interval': must be at least 1 "
					+ "(was 0)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.method(FineTuneMethod.builder().type(FineTuneMethod.Type.REINFORCEMENT).build())
				.build())
			.withMessage("Invalid value for 'method.reinforcement': is required for the reinforcement method (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.method(FineTuneMethod.builder()
				.type(FineTuneMethod.Type.DPO)
				.supervised(FineTuneSupervisedMethod.builder().build())
				.build()).build())
			.withMessage("Invalid value for 'method': must only hold the settings of its type (was \"dpo\")");
		builder.method(null);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.metadata(Map.of("k".repeat(65), "v")).build())
			.withMessageStartingWith("Invalid value for 'metadata key': must be at most 64 characters long");
	}

	private static FineTuningIntegration wandb(String project) {
		// unchecked, as the factory wandb(String) of version 2.0.0 made it: the request checks it
		return FineTuningIntegration.builder()
			.type(FineTuningIntegration.TYPE)
			.wandb(new FineTuningIntegration.Wandb(project, null, null, null, Map.of()))
			.build();
	}

	private static FineTuneMethod supervised(FineTuneSupervisedHyperparameters hyperparameters) {
		return FineTuneMethod.builder()
			.type(FineTuneMethod.Type.SUPERVISED)
			.supervised(FineTuneSupervisedMethod.builder().hyperparameters(hyperparameters).build())
			.build();
	}

	private static FineTuneMethod dpo(FineTuneDPOHyperparameters hyperparameters) {
		return FineTuneMethod.builder()
			.type(FineTuneMethod.Type.DPO)
			.dpo(FineTuneDPOMethod.builder().hyperparameters(hyperparameters).build())
			.build();
	}

	private static FineTuneMethod reinforcement(FineTuneReinforcementMethod.Grader grader,
			FineTuneReinforcementHyperparameters hyperparameters) {
		return FineTuneMethod.builder()
			.type(FineTuneMethod.Type.REINFORCEMENT)
			.reinforcement(
					FineTuneReinforcementMethod.builder().grader(grader).hyperparameters(hyperparameters).build())
			.build();
	}

	private static GraderStringCheck stringCheckGrader(String name) {
		return GraderStringCheck.builder()
			.name(name)
			.input("{{sample.output_text}}")
			.reference("{{item.label}}")
			.operation(GraderStringCheck.Operation.EQ)
			.build();
	}

	private static GraderPython pythonGrader() {
		return GraderPython.builder().name("p").source("def grade(sample, item):\n    return 1.0").build();
	}

	/**
	 * The JSON without the named members where they are {@code null}: optional members
	 * that today's API sends as {@code null} are read as absent and not written back.
	 */
	private static String withoutNulls(String json, String... members) {
		JsonNode node = JACKSON3.readTree(json);
		strip(node, Set.of(members));
		return JACKSON3.writeValueAsString(node);
	}

	private static void strip(JsonNode node, Set<String> members) {
		if (node instanceof ObjectNode object) {
			members.stream()
				.filter((member) -> object.has(member) && object.get(member).isNull())
				.forEach(object::remove);
		}
		node.forEach((child) -> strip(child, members));
	}

	/**
	 * Read a documented example that this type cannot write back byte for byte (it leaves
	 * out members the 2.0.0 schema requires, or sends {@code null} for optional ones), and
	 * assert that both mappers read it alike and that what they write reads back equal.
	 */
	private static FineTuningJob readStable(String json) throws Exception {
		FineTuningJob job = JACKSON3.readValue(json, FineTuningJob.class);
		assertThat(JACKSON2.readValue(json, FineTuningJob.class)).isEqualTo(job);
		assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(job), FineTuningJob.class)).isEqualTo(job);
		assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(job), FineTuningJob.class)).isEqualTo(job);
		return job;
	}

}
