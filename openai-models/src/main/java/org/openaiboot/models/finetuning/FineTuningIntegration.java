package org.openaiboot.models.finetuning;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * A service a fine-tuning job reports to (the {@code FineTuningIntegration} schema of
 * today's API, not in version 2.0.0). Today only Weights and Biases ({@code wandb}),
 * which receives the job's metrics.
 *
 * @param type always {@link #WANDB}
 * @param wandb where in Weights and Biases the job reports
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTuningIntegration(@JsonProperty("type") String type, @JsonProperty("wandb") Wandb wandb,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The type of the Weights and Biases integration. */
	public static final String WANDB = "wandb";

	public FineTuningIntegration {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Report to a Weights and Biases project.
	 * @param wandb the project and run settings
	 * @return the integration
	 */
	public static FineTuningIntegration wandb(Wandb wandb) {
		return new FineTuningIntegration(WANDB, wandb, Map.of());
	}

	/**
	 * Report to a Weights and Biases project, with default run settings.
	 * @param project the project name
	 * @return the integration
	 */
	public static FineTuningIntegration wandb(String project) {
		return wandb(new Wandb(project, null, null, null, Map.of()));
	}

	static void validate(@Nullable List<FineTuningIntegration> integrations, String field) {
		if (integrations == null) {
			return;
		}
		for (FineTuningIntegration integration : integrations) {
			Validate.required(integration, field + "[]");
			Validate.requiredText(integration.type(), field + "[].type");
			if (WANDB.equals(integration.type())) {
				Validate.required(integration.wandb(), field + "[].wandb");
				Validate.requiredText(integration.wandb().project(), field + "[].wandb.project");
			}
		}
	}

	/**
	 * Where in Weights and Biases a job reports.
	 *
	 * @param project the project the run is made in
	 * @param name a display name for the run; the job ID when absent
	 * @param entity the team or user that owns the run; the key's default entity when absent
	 * @param tags tags added to the run (the API adds some of its own)
	 * @param additionalProperties members this version of the type does not know, such as
	 * the {@code run_id} the API reports
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Wandb(@JsonProperty("project") String project, @JsonProperty("name") @Nullable String name,
			@JsonProperty("entity") @Nullable String entity, @JsonProperty("tags") @Nullable List<String> tags,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Wandb {
			tags = (tags != null) ? List.copyOf(tags) : null;
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
