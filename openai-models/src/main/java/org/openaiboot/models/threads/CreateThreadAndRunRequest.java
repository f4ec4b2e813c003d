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
 * The body of a request that creates a thread and starts a run of an assistant on it in
 * one call.
 *
 * @param assistantId the ID of the assistant that runs
 * @param thread the thread to create; absent for an empty thread
 * @param model a model ID to use instead of the assistant's model for this run
 * @param instructions instructions to use instead of the assistant's for this run
 * @param tools tools to use instead of the assistant's for this run (at most 20)
 * @param metadata the caller's own key-value pairs (at most 16)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateThreadAndRunRequest(@JsonProperty("assistant_id") String assistantId,
		@JsonProperty("thread") @Nullable CreateThreadRequest thread, @JsonProperty("model") @Nullable String model,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("tools") @Nullable List<AssistantTool> tools,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The most tools a run may be given. */
	public static final int TOOLS_MAX_SIZE = 20;

	public CreateThreadAndRunRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a request that runs the given assistant on a new thread.
	 * @param assistantId the ID of the assistant
	 * @param thread the thread to create
	 * @return the validated request
	 */
	public static CreateThreadAndRunRequest of(String assistantId, CreateThreadRequest thread) {
		return builder().assistantId(assistantId).thread(thread).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().assistantId(this.assistantId)
			.thread(this.thread)
			.model(this.model)
			.instructions(this.instructions)
			.tools(this.tools)
			.metadata(this.metadata)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link CreateThreadAndRunRequest}; {@link #build()} requires the
	 * assistant and checks the thread, the number of tools and the metadata.
	 */
	public static final class Builder {

		private @Nullable String assistantId;

		private @Nullable CreateThreadRequest thread;

		private @Nullable String model;

		private @Nullable String instructions;

		private @Nullable List<AssistantTool> tools;

		private @Nullable Map<String, String> metadata;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		public Builder thread(@Nullable CreateThreadRequest thread) {
			this.thread = thread;
			return this;
		}

		/**
		 * Create the thread with the given first messages.
		 * @param messages the messages
		 * @return this builder
		 */
		public Builder thread(CreateMessageRequest... messages) {
			return thread(CreateThreadRequest.builder().messages(messages).build());
		}

		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		public Builder tools(@Nullable List<? extends AssistantTool> tools) {
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

		public CreateThreadAndRunRequest build() {
			String assistantId = Validate.requiredText(this.assistantId, "assistant_id");
			if (this.thread != null) {
				this.thread.validate("thread.");
			}
			Validate.maxSize(this.tools, "tools", TOOLS_MAX_SIZE);
			Validate.metadata(this.metadata, "metadata");
			return new CreateThreadAndRunRequest(assistantId, this.thread, this.model, this.instructions,
					(this.tools != null) ? List.copyOf(this.tools) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

}
