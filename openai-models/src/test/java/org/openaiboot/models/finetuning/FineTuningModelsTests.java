package org.openaiboot.models.finetuning;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.BatchSize;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.LearningRateMultiplier;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.NEpochs;

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
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(NEpochs.of(4));
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
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(NEpochs.auto());
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
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(new NEpochs.Unknown("adaptive"));
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
		assertThat(event.additionalProperties()).containsEntry("type", "message").containsEntry("data", null);
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
		assertThat(response.additionalProperties()).containsEntry("has_more", true);
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
				.learningRateMultiplier(1.5)
				.nEpochs(2)
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
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.suffix("").build())
			.withMessage("Invalid value for 'suffix': must be between 1 and 40 characters long (was \"\")");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.suffix("s".repeat(41)).build())
			.withMessageContaining("'suffix': must be between 1 and 40 characters long");
		assertThat(builder.suffix("s".repeat(40)).build().suffix()).hasSize(40);
	}

	@Test
	void hyperparametersChecksRanges() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().nEpochs(51).build())
			.withMessage("Invalid value for 'hyperparameters.n_epochs': must be between 1 and 50 (was 51)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().nEpochs(0).build())
			.withMessageContaining("'hyperparameters.n_epochs': must be between 1 and 50");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().batchSize(257).build())
			.withMessage("Invalid value for 'hyperparameters.batch_size': must be between 1 and 256 (was 257)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Hyperparameters.builder().learningRateMultiplier(0).build())
			.withMessage(
					"Invalid value for 'hyperparameters.learning_rate_multiplier': must be greater than 0 (was 0.0)");
		assertThat(Hyperparameters.builder().nEpochs(50).batchSize(256).learningRateMultiplier(0.01).build())
			.isNotNull();
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

}
