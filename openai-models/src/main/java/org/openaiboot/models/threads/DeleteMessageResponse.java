package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The answer to deleting a message.
 *
 * @param id the ID of the message
 * @param deleted whether the message is gone
 * @param object always {@code thread.message.deleted}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteMessageResponse(@JsonProperty("id") String id, @JsonProperty("deleted") boolean deleted,
		@JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for this response. */
	public static final String OBJECT = "thread.message.deleted";

	public DeleteMessageResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public DeleteMessageResponse(String id, boolean deleted) {
		this(id, deleted, OBJECT, Map.of());
	}

}
