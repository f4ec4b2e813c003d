package org.openaiboot.models.finetuning;

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
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.BatchSize;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.LearningRateMultiplier;
import org.openaiboot.models.finetuning.CreateFineTuningJobRequest.Hyperparameters.NEpochs;

/**
 * A fine-tuning job as the API returns it: what it trains, on which files, and how far
 * it got.
 * <p>
 * The members the API always sends, even before they have a value ({@code error},
 * {@code fine_tuned_model}, {@code finished_at}, {@code trained_tokens},
 * {@code validation_file}), are written as JSON {@code null} when empty.
 *
 * @param id the job's ID, to use in the API's paths
 * @param createdAt when the job was created, in Unix seconds
 * @param error why the job failed, once it has failed
 * @param fineTunedModel the name of the model the job creates, once it has succeeded
 * @param finishedAt when the job ended, in Unix seconds, once it has ended
 * @param hyperparameters the training settings the job uses
 * @param model the base model being fine-tuned
 * @param object always {@code fine_tuning.job}
 * @param organizationId the organization the job belongs to
 * @param resultFiles the IDs of the files with the job's results (read them with the
 * Files API)
 * @param status where the job stands
 * @param trainedTokens how many billable tokens the job processed, once it has ended
 * @param trainingFile the ID of the training file
 * @param validationFile the ID of the validation file, if one was given
 * @param integrations the services the job reports to
 * @param seed the seed of the job, given or generated, for reproducible training
 * @param estimatedFinish when the job is expected to end, in Unix seconds, while it runs
 * @param method how the job trains
 * @param metadata the key-value pairs attached to the job
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTuningJob(@JsonProperty("id") String id, @JsonProperty("created_at") long createdAt,
		@JsonProperty("error") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Error error,
		@JsonProperty("fine_tuned_model") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String fineTunedModel,
		@JsonProperty("finished_at") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long finishedAt,
		@JsonProperty("hyperparameters") Hyperparameters hyperparameters, @JsonProperty("model") String model,
		@JsonProperty("object") String object, @JsonProperty("organization_id") String organizationId,
		@JsonProperty("result_files") List<String> resultFiles, @JsonProperty("status") Status status,
		@JsonProperty("trained_tokens") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer trainedTokens,
		@JsonProperty("training_file") String trainingFile,
		@JsonProperty("validation_file") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String validationFile,
		@JsonProperty("integrations") @Nullable List<FineTuningIntegration> integrations,
		@JsonProperty("seed") @Nullable Integer seed, @JsonProperty("estimated_finish") @Nullable Long estimatedFinish,
		@JsonProperty("method") @Nullable FineTuneMethod method,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a fine-tuning job. */
	public static final String OBJECT = "fine_tuning.job";

	public FineTuningJob {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A job with the members of version 2.0.0 of the API.
	 * @param id the job's ID
	 * @param createdAt when the job was created
	 * @param error why the job failed
	 * @param fineTunedModel the resulting model
	 * @param finishedAt when the job ended
	 * @param hyperparameters the training settings
	 * @param model the base model
	 * @param object always {@code fine_tuning.job}
	 * @param organizationId the organization
	 * @param resultFiles the result files
	 * @param status where the job stands
	 * @param trainedTokens the billable tokens
	 * @param trainingFile the training file
	 * @param validationFile the validation file
	 * @param additionalProperties members this version of the type does not know
	 */
	public FineTuningJob(String id, long createdAt, @Nullable Error error, @Nullable String fineTunedModel,
			@Nullable Long finishedAt, Hyperparameters hyperparameters, String model, String object,
			String organizationId, List<String> resultFiles, Status status, @Nullable Integer trainedTokens,
			String trainingFile, @Nullable String validationFile, Map<String, @Nullable Object> additionalProperties) {
		this(id, createdAt, error, fineTunedModel, finishedAt, hyperparameters, model, object, organizationId,
				resultFiles, status, trainedTokens, trainingFile, validationFile, null, null, null, null, null,
				additionalProperties);
	}

	/**
	 * What went wrong in a failed job.
	 *
	 * @param code a machine-readable error code
	 * @param message what went wrong, for people
	 * @param param the request parameter at fault (usually {@code training_file} or
	 * {@code validation_file}), or {@code null} when no single parameter is
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Error(@JsonProperty("code") String code, @JsonProperty("message") String message,
			@JsonProperty("param") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String param,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Error {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The training settings a job uses. Today's API reports the settings of the job's
	 * {@link FineTuneMethod} here too (and sends {@code null} for DPO and reinforcement
	 * jobs).
	 *
	 * @param batchSize how many examples each training step uses: {@code "auto"} or 1 to
	 * 256
	 * @param learningRateMultiplier the factor applied to the base learning rate:
	 * {@code "auto"} or above 0
	 * @param nEpochs how many passes over the training data: {@code "auto"} or 1 to 50
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Hyperparameters(@JsonProperty("batch_size") @Nullable BatchSize batchSize,
			@JsonProperty("learning_rate_multiplier") @Nullable LearningRateMultiplier learningRateMultiplier,
			@JsonProperty("n_epochs") NEpochs nEpochs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Hyperparameters {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Settings with the members of version 2.0.0 of the API.
		 * @param nEpochs how many passes over the training data
		 * @param additionalProperties members this version of the type does not know
		 */
		public Hyperparameters(NEpochs nEpochs, Map<String, @Nullable Object> additionalProperties) {
			this(null, null, nEpochs, additionalProperties);
		}

	}

	/**
	 * The state of a fine-tuning job.
	 *
	 * @param value the wire value
	 */
	public record Status(@JsonValue String value) {

		/** The uploaded files are being checked. */
		public static final Status VALIDATING_FILES = new Status("validating_files");

		/** The job waits for its turn. */
		public static final Status QUEUED = new Status("queued");

		/** The model is being trained. */
		public static final Status RUNNING = new Status("running");

		/** The job ended and created the fine-tuned model. */
		public static final Status SUCCEEDED = new Status("succeeded");

		/** The job ended without a model; see {@code error}. */
		public static final Status FAILED = new Status("failed");

		/** The job was cancelled before it ended. */
		public static final Status CANCELLED = new Status("cancelled");

		public Status {
			Validate.required(value, "status");
		}

		@JsonCreator
		public static Status of(String value) {
			return new Status(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
