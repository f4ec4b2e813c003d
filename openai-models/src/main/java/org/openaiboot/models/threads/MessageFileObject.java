package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A file attached to a message (the {@code Message files} object).
 *
 * @param id the ID of the file
 * @param object always {@code thread.message.file}
 * @param createdAt when the file was attached, in Unix seconds
 * @param messageId the ID of the message the file is attached to
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageFileObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt, @JsonProperty("message_id") String messageId,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a message file. */
	public static final String OBJECT = "thread.message.file";

	public MessageFileObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public MessageFileObject(String id, long createdAt, String messageId) {
		this(id, OBJECT, createdAt, messageId, Map.of());
	}

}
