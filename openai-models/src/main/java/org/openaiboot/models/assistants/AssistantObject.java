package org.openaiboot.models.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * An assistant as the API returns it: a model with instructions, tools and files that
 * runs on threads.
 * <p>
 * The members the API always sends, even when they have no value ({@code name},
 * {@code description}, {@code instructions}, {@code metadata}), are written as JSON
 * {@code null} when empty.
 *
 * @param id the assistant's ID, to use in the API's paths
 * @param object always {@code assistant}
 * @param createdAt when the assistant was created, in Unix seconds
 * @param name the assistant's name, if it has one
 * @param description what the assistant is for, if described
 * @param model the ID of the model the assistant uses
 * @param instructions the system instructions the assistant follows, if any
 * @param tools the tools enabled on the assistant
 * @param fileIds the IDs of the files attached to the assistant
 * @param metadata the key-value pairs stored with the assistant, if any
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssistantObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") long createdAt,
		@JsonProperty("name") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String name,
		@JsonProperty("description") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String description,
		@JsonProperty("model") String model,
		@JsonProperty("instructions") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String instructions,
		@JsonProperty("tools") List<AssistantTool> tools, @JsonProperty("file_ids") List<String> fileIds,
		@JsonProperty("metadata") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for an assistant. */
	public static final String OBJECT = "assistant";

	public AssistantObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
