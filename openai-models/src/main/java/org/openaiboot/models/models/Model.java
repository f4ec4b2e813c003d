package org.openaiboot.models.models;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A model the account can call, as listed or retrieved by the models endpoints.
 *
 * @param id the model's name, as passed in the {@code model} member of requests
 * @param created when the model was made, in seconds since the Unix epoch
 * @param object always {@code "model"}
 * @param ownedBy the owner, such as {@code openai} or your organization
 * @param shutdownDate the day the model is retired, as an ISO date ({@code 2026-10-23}),
 * when one is announced
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Model(@JsonProperty("id") String id, @JsonProperty("created") long created,
		@JsonProperty("object") String object, @JsonProperty("owned_by") String ownedBy,
		@JsonProperty("shutdown_date") @Nullable String shutdownDate,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object}. */
	public static final String OBJECT = "model";

	public Model {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A model without a shutdown date, as in version 2.0.0 of the API.
	 * @param id the model's name
	 * @param created when the model was made, in Unix seconds
	 * @param object always {@code "model"}
	 * @param ownedBy the owner
	 * @param additionalProperties members this version of the type does not know
	 */
	public Model(String id, long created, String object, String ownedBy,
			Map<String, @Nullable Object> additionalProperties) {
		this(id, created, object, ownedBy, null, additionalProperties);
	}

}
