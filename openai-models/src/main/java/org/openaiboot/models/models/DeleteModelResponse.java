package org.openaiboot.models.models;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to deleting a fine-tuned model.
 *
 * @param id the name of the model that was deleted
 * @param deleted whether the model is gone
 * @param object the kind of object that was deleted, {@code "model"}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteModelResponse(@JsonProperty("id") String id, @JsonProperty("deleted") boolean deleted,
		@JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public DeleteModelResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
