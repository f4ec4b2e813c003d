package org.openaiboot.models.models;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The models the account can use.
 *
 * @param object always {@code "list"}
 * @param data the models
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListModelsResponse(@JsonProperty("object") String object, @JsonProperty("data") List<Model> data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object}. */
	public static final String OBJECT = "list";

	public ListModelsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
