package org.openaiboot.models.threads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.assistants.AssistantTool;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * The body of a request that starts a run of an assistant on an existing thread (the
 * thread's id goes in the path). Every member but the assistant's id overrides or extends
 * what the assistant has for this run only.
 *
 * @param assistantId the id of the assistant to run
 * @param model the model to use instead of the assistant's
 * @param instructions instructions to use instead of the assistant's
 * @param additionalInstructions text appended to the instructions for this run
 * @param tools tools to offer instead of the assistant's, at most 20
 * @param metadata up to 16 key-value pairs to attach to the run
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRunRequest(@JsonProperty("assistant_id") String assistantId,
		@JsonProperty("model") @Nullable String model, @JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("additional_instructions") @Nullable String additionalInstructions,
		@JsonProperty("tools") @Nullable List<AssistantTool> tools,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The most tools a run may be given. */
	public static final int TOOLS_MAX_SIZE = 20;

	public CreateRunRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request that runs the given assistant with its own settings.
	 * @param assistantId the id of the assistant to run
	 * @return the request
	 */
	public static CreateRunRequest of(String assistantId) {
		return builder().assistantId(assistantId).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().assistantId(this.assistantId)
			.model(this.model)
			.instructions(this.instructions)
			.additionalInstructions(this.additionalInstructions)
			.tools(this.tools)
			.metadata(this.metadata)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateRunRequest}; {@link #build()} checks the assistant's id, the
	 * number of tools and the metadata.
	 */
	public static final class Builder {

		private @Nullable String assistantId;

		private @Nullable String model;

		private @Nullable String instructions;

		private @Nullable String additionalInstructions;

		private @Nullable List<AssistantTool> tools;

		private @Nullable Map<String, String> metadata;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		public Builder additionalInstructions(@Nullable String additionalInstructions) {
			this.additionalInstructions = additionalInstructions;
			return this;
		}

		public Builder tools(@Nullable List<AssistantTool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		public Builder tools(AssistantTool... tools) {
			return tools(Arrays.asList(tools));
		}

		public Builder addTool(AssistantTool tool) {
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		public Builder putMetadata(String key, String value) {
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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

		public CreateRunRequest build() {
			Validate.requiredText(this.assistantId, "assistant_id");
			Validate.maxSize(this.tools, "tools", TOOLS_MAX_SIZE);
			Validate.metadata(this.metadata, "metadata");
			return new CreateRunRequest(this.assistantId, this.model, this.instructions, this.additionalInstructions,
					(this.tools != null) ? List.copyOf(this.tools) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

}
