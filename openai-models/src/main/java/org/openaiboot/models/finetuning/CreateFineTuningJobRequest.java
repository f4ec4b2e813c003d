package org.openaiboot.models.finetuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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
import org.openaiboot.models.common.ValidationException;

/**
 * The body of a request that starts a fine-tuning job.
 *
 * @param model the base model to fine-tune
 * @param trainingFile the ID of an uploaded JSONL file (purpose {@code fine-tune}) with
 * the training examples
 * @param hyperparameters the training settings; absent means the API picks them.
 * Deprecated by the API in favour of the settings inside {@code method}
 * @param suffix a text of 1 to 64 characters added to the name of the resulting model
 * @param validationFile the ID of an uploaded JSONL file with examples kept apart to
 * measure the training, if any
 * @param integrations the services the job reports to, at most 5
 * @param seed a seed for reproducible training, 0 to 2147483647; generated when absent
 * @param method how the job trains: supervised (the default), DPO or reinforcement
 * @param metadata up to 16 key-value pairs to attach to the job
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFineTuningJobRequest(@JsonProperty("model") FineTuningModel model,
		@JsonProperty("training_file") String trainingFile,
		@JsonProperty("hyperparameters") @Nullable Hyperparameters hyperparameters,
		@JsonProperty("suffix") @Nullable String suffix,
		@JsonProperty("validation_file") @Nullable String validationFile,
		@JsonProperty("integrations") @Nullable List<FineTuningIntegration> integrations,
		@JsonProperty("seed") @Nullable Integer seed, @JsonProperty("method") @Nullable FineTuneMethod method,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The shortest allowed suffix. */
	public static final int SUFFIX_MIN_LENGTH = 1;

	/** The longest allowed suffix (40 in version 2.0.0 of the API). */
	public static final int SUFFIX_MAX_LENGTH = 64;

	/** The most integrations one job may report to. */
	public static final int INTEGRATIONS_MAX = 5;

	/** The largest seed. */
	public static final int SEED_MAX = Integer.MAX_VALUE;

	public CreateFineTuningJobRequest {
		integrations = (integrations != null) ? List.copyOf(integrations) : null;
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the members of version 2.0.0 of the API.
	 * @param model the base model
	 * @param trainingFile the ID of the training file
	 * @param hyperparameters the training settings
	 * @param suffix the suffix of the model name
	 * @param validationFile the ID of the validation file
	 * @param additionalProperties members this version of the type does not know
	 */
	public CreateFineTuningJobRequest(FineTuningModel model, String trainingFile,
			@Nullable Hyperparameters hyperparameters, @Nullable String suffix, @Nullable String validationFile,
			Map<String, @Nullable Object> additionalProperties) {
		this(model, trainingFile, hyperparameters, suffix, validationFile, null, null, null, null,
				additionalProperties);
	}

	/**
	 * A request that fine-tunes the given model on the given file, with default settings.
	 * @param model the base model
	 * @param trainingFile the ID of the training file
	 * @return the request
	 */
	public static CreateFineTuningJobRequest of(FineTuningModel model, String trainingFile) {
		return builder().model(model).trainingFile(trainingFile).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.trainingFile(this.trainingFile)
			.hyperparameters(this.hyperparameters)
			.suffix(this.suffix)
			.validationFile(this.validationFile)
			.integrations(this.integrations)
			.seed(this.seed)
			.method(this.method)
			.metadata(this.metadata)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateFineTuningJobRequest}; {@link #build()} requires the model
	 * and the training file, and checks the suffix, the hyperparameters, the integrations,
	 * the seed, the method and the metadata.
	 */
	public static final class Builder {

		private @Nullable List<FineTuningIntegration> integrations;

		private @Nullable Integer seed;

		private @Nullable FineTuneMethod method;

		private @Nullable Map<String, String> metadata;

		private @Nullable FineTuningModel model;

		private @Nullable String trainingFile;

		private @Nullable Hyperparameters hyperparameters;

		private @Nullable String suffix;

		private @Nullable String validationFile;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(@Nullable FineTuningModel model) {
			this.model = model;
			return this;
		}

		public Builder model(String model) {
			return model(FineTuningModel.of(model));
		}

		public Builder trainingFile(@Nullable String trainingFile) {
			this.trainingFile = trainingFile;
			return this;
		}

		public Builder hyperparameters(@Nullable Hyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
			return this;
		}

		public Builder suffix(@Nullable String suffix) {
			this.suffix = suffix;
			return this;
		}

		public Builder validationFile(@Nullable String validationFile) {
			this.validationFile = validationFile;
			return this;
		}

		public Builder integrations(@Nullable List<FineTuningIntegration> integrations) {
			this.integrations = (integrations != null) ? new ArrayList<>(integrations) : null;
			return this;
		}

		public Builder integrations(FineTuningIntegration... integrations) {
			return integrations(Arrays.asList(integrations));
		}

		public Builder addIntegration(FineTuningIntegration integration) {
			if (this.integrations == null) {
				this.integrations = new ArrayList<>();
			}
			this.integrations.add(integration);
			return this;
		}

		public Builder seed(@Nullable Integer seed) {
			this.seed = seed;
			return this;
		}

		public Builder method(@Nullable FineTuneMethod method) {
			this.method = method;
			return this;
		}

		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public CreateFineTuningJobRequest build() {
			FineTuningModel model = Validate.required(this.model, "model");
			Validate.requiredText(model.value(), "model");
			String trainingFile = Validate.requiredText(this.trainingFile, "training_file");
			if (this.suffix != null
					&& (this.suffix.length() < SUFFIX_MIN_LENGTH || this.suffix.length() > SUFFIX_MAX_LENGTH)) {
				throw new ValidationException("suffix", "must be between " + SUFFIX_MIN_LENGTH + " and "
						+ SUFFIX_MAX_LENGTH + " characters long", this.suffix);
			}
			Hyperparameters.validate(this.hyperparameters, "hyperparameters");
			Validate.maxSize(this.integrations, "integrations", INTEGRATIONS_MAX);
			FineTuningIntegration.validate(this.integrations, "integrations");
			Validate.range(this.seed, "seed", 0, SEED_MAX);
			FineTuneMethod.validate(this.method, "method");
			Validate.metadata(this.metadata, "metadata");
			return new CreateFineTuningJobRequest(model, trainingFile, this.hyperparameters, this.suffix,
					this.validationFile, this.integrations, this.seed, this.method, this.metadata,
					this.additionalProperties);
		}

	}

	/**
	 * The training settings of a job. Each one is {@code auto} (the API picks a value
	 * from the data set) or a number.
	 *
	 * @param batchSize how many examples each training step uses, 1 to 256
	 * @param learningRateMultiplier the factor applied to the base learning rate, above 0
	 * @param nEpochs how many passes over the training data, 1 to 50
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Hyperparameters(@JsonProperty("batch_size") @Nullable BatchSize batchSize,
			@JsonProperty("learning_rate_multiplier") @Nullable LearningRateMultiplier learningRateMultiplier,
			@JsonProperty("n_epochs") @Nullable NEpochs nEpochs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Hyperparameters {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public static Builder builder() {
			return new Builder();
		}

		public Builder toBuilder() {
			return new Builder().batchSize(this.batchSize)
				.learningRateMultiplier(this.learningRateMultiplier)
				.nEpochs(this.nEpochs)
				.additionalProperties(this.additionalProperties);
		}

		/**
		 * Check the ranges of the numbers given, naming each field under {@code field}.
		 * @param hyperparameters the settings, or {@code null}
		 * @param field the name of the owning field, such as {@code hyperparameters}
		 */
		static void validate(@Nullable Hyperparameters hyperparameters, String field) {
			if (hyperparameters == null) {
				return;
			}
			if (hyperparameters.batchSize() instanceof BatchSize.Fixed fixed) {
				Validate.range(fixed.value(), field + ".batch_size", BatchSize.MIN, BatchSize.MAX);
			}
			if (hyperparameters.learningRateMultiplier() instanceof LearningRateMultiplier.Fixed fixed
					&& !(fixed.value() > 0)) {
				throw new ValidationException(field + ".learning_rate_multiplier", "must be greater than 0",
						fixed.value());
			}
			if (hyperparameters.nEpochs() instanceof NEpochs.Fixed fixed) {
				Validate.range(fixed.value(), field + ".n_epochs", NEpochs.MIN, NEpochs.MAX);
			}
		}

		/**
		 * Builds {@link Hyperparameters}; {@link #build()} checks the ranges.
		 */
		public static final class Builder {

			private @Nullable BatchSize batchSize;

			private @Nullable LearningRateMultiplier learningRateMultiplier;

			private @Nullable NEpochs nEpochs;

			private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			public Builder batchSize(@Nullable BatchSize batchSize) {
				this.batchSize = batchSize;
				return this;
			}

			public Builder batchSize(int batchSize) {
				return batchSize(BatchSize.of(batchSize));
			}

			public Builder learningRateMultiplier(@Nullable LearningRateMultiplier learningRateMultiplier) {
				this.learningRateMultiplier = learningRateMultiplier;
				return this;
			}

			public Builder learningRateMultiplier(double learningRateMultiplier) {
				return learningRateMultiplier(LearningRateMultiplier.of(learningRateMultiplier));
			}

			public Builder nEpochs(@Nullable NEpochs nEpochs) {
				this.nEpochs = nEpochs;
				return this;
			}

			public Builder nEpochs(int nEpochs) {
				return nEpochs(NEpochs.of(nEpochs));
			}

			public Builder additionalProperty(String name, @Nullable Object value) {
				this.additionalProperties.put(name, value);
				return this;
			}

			public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
				this.additionalProperties.putAll(properties);
				return this;
			}

			public Hyperparameters build() {
				Hyperparameters hyperparameters = new Hyperparameters(this.batchSize, this.learningRateMultiplier,
						this.nEpochs, this.additionalProperties);
				validate(hyperparameters, "hyperparameters");
				return hyperparameters;
			}

		}

		/**
		 * The number of training epochs: {@code "auto"} or an integer from 1 to 50.
		 */
		public sealed interface NEpochs permits NEpochs.Auto, NEpochs.Fixed, NEpochs.Unknown {

			/** The fewest epochs that may be asked for. */
			int MIN = 1;

			/** The most epochs that may be asked for. */
			int MAX = 50;

			/**
			 * Let the API choose from the size of the data set.
			 * @return the {@code "auto"} value
			 */
			static NEpochs auto() {
				return Auto.INSTANCE;
			}

			/**
			 * A fixed number of epochs.
			 * @param epochs the number, 1 to 50
			 * @return the value
			 */
			static NEpochs of(int epochs) {
				return new Fixed(epochs);
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			static NEpochs fromJson(Object json) {
				if (Auto.VALUE.equals(json)) {
					return Auto.INSTANCE;
				}
				if (json instanceof Integer epochs) {
					return new Fixed(epochs);
				}
				return new Unknown(json);
			}

			/**
			 * The {@code "auto"} value, sent as that JSON string.
			 */
			record Auto() implements NEpochs {

				/** The wire value. */
				public static final String VALUE = "auto";

				static final Auto INSTANCE = new Auto();

				@JsonValue
				public String value() {
					return VALUE;
				}

			}

			/**
			 * A fixed number of epochs, sent as a JSON integer.
			 *
			 * @param value the number of epochs
			 */
			record Fixed(@JsonValue int value) implements NEpochs {
			}

			/**
			 * A shape this version does not know, kept as read.
			 *
			 * @param json the JSON value
			 */
			record Unknown(@JsonValue Object json) implements NEpochs {
			}

		}

		/**
		 * The batch size: {@code "auto"} or an integer from 1 to 256.
		 */
		public sealed interface BatchSize permits BatchSize.Auto, BatchSize.Fixed, BatchSize.Unknown {

			/** The smallest batch size. */
			int MIN = 1;

			/** The largest batch size. */
			int MAX = 256;

			/**
			 * Let the API choose from the size of the data set.
			 * @return the {@code "auto"} value
			 */
			static BatchSize auto() {
				return Auto.INSTANCE;
			}

			/**
			 * A fixed batch size.
			 * @param size the number of examples per batch, 1 to 256
			 * @return the value
			 */
			static BatchSize of(int size) {
				return new Fixed(size);
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			static BatchSize fromJson(Object json) {
				if (Auto.VALUE.equals(json)) {
					return Auto.INSTANCE;
				}
				if (json instanceof Integer size) {
					return new Fixed(size);
				}
				return new Unknown(json);
			}

			/**
			 * The {@code "auto"} value, sent as that JSON string.
			 */
			record Auto() implements BatchSize {

				/** The wire value. */
				public static final String VALUE = "auto";

				static final Auto INSTANCE = new Auto();

				@JsonValue
				public String value() {
					return VALUE;
				}

			}

			/**
			 * A fixed batch size, sent as a JSON integer.
			 *
			 * @param value the number of examples per batch
			 */
			record Fixed(@JsonValue int value) implements BatchSize {
			}

			/**
			 * A shape this version does not know, kept as read.
			 *
			 * @param json the JSON value
			 */
			record Unknown(@JsonValue Object json) implements BatchSize {
			}

		}

		/**
		 * The learning rate multiplier: {@code "auto"} or a number above 0.
		 */
		public sealed interface LearningRateMultiplier
				permits LearningRateMultiplier.Auto, LearningRateMultiplier.Fixed, LearningRateMultiplier.Unknown {

			/**
			 * Let the API choose.
			 * @return the {@code "auto"} value
			 */
			static LearningRateMultiplier auto() {
				return Auto.INSTANCE;
			}

			/**
			 * A fixed multiplier.
			 * @param multiplier the factor, above 0
			 * @return the value
			 */
			static LearningRateMultiplier of(double multiplier) {
				return new Fixed(multiplier);
			}

			@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
			static LearningRateMultiplier fromJson(Object json) {
				if (Auto.VALUE.equals(json)) {
					return Auto.INSTANCE;
				}
				if (json instanceof Double || json instanceof Float || json instanceof Integer
						|| json instanceof Long) {
					return new Fixed(((Number) json).doubleValue());
				}
				return new Unknown(json);
			}

			/**
			 * The {@code "auto"} value, sent as that JSON string.
			 */
			record Auto() implements LearningRateMultiplier {

				/** The wire value. */
				public static final String VALUE = "auto";

				static final Auto INSTANCE = new Auto();

				@JsonValue
				public String value() {
					return VALUE;
				}

			}

			/**
			 * A fixed multiplier, sent as a JSON number.
			 *
			 * @param value the factor
			 */
			record Fixed(@JsonValue double value) implements LearningRateMultiplier {
			}

			/**
			 * A shape this version does not know, kept as read.
			 *
			 * @param json the JSON value
			 */
			record Unknown(@JsonValue Object json) implements LearningRateMultiplier {
			}

		}

	}

}
