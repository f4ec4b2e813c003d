package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A thread: a conversation that holds messages and that runs of an assistant work on
 * (the {@code Thread} object).
 *
 * @param id the thread's ID
 * @param object always {@code thread}
 * @param createdAt when the thread was created, in Unix seconds
 * @param metadata the caller's own key-value pairs; written even when {@code null}
 * because the API always sends the member
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThreadObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt,
		@JsonProperty("metadata") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a thread. */
	public static final String OBJECT = "thread";

	public ThreadObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public ThreadObject(String id, long createdAt, @Nullable Map<String, String> metadata) {
		this(id, OBJECT, createdAt, metadata, Map.of());
	}

}
