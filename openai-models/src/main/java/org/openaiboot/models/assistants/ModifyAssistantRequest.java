package org.openaiboot.models.assistants;

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
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * The body of a request that changes an assistant. Only the members that are set are
 * sent; the others keep their value.
 *
 * @param model the ID of the model the assistant should use
 * @param name a name for the assistant, at most 256 characters
 * @param description what the assistant is for, at most 512 characters
 * @param instructions the system instructions the assistant follows, at most 32768
 * characters
 * @param tools the tools to enable, at most 128
 * @param fileIds the IDs of the files the assistant should have, at most 20; files not
 * listed are detached
 * @param metadata key-value pairs to store with the assistant (at most 16 keys)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyAssistantRequest(@JsonProperty("model") @Nullable String model,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("tools") @Nullable List<AssistantTool> tools,
		@JsonProperty("file_ids") @Nullable List<String> fileIds,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The longest allowed name. */
	public static final int NAME_MAX_LENGTH = 256;

	/** The longest allowed description. */
	public static final int DESCRIPTION_MAX_LENGTH = 512;

	/** The longest allowed instructions. */
	public static final int INSTRUCTIONS_MAX_LENGTH = 32768;

	/** The most tools an assistant may have. */
	public static final int TOOLS_MAX_SIZE = 128;

	/** The most files an assistant may have. */
	public static final int FILE_IDS_MAX_SIZE = 20;

	public ModifyAssistantRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().model(this.model)
			.name(this.name)
			.description(this.description)
			.instructions(this.instructions)
			.tools(this.tools)
			.fileIds(this.fileIds)
			.metadata(this.metadata)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ModifyAssistantRequest}; {@link #build()} checks the limits on
	 * lengths, tools, files and metadata.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String instructions;

		private @Nullable List<AssistantTool> tools;

		private @Nullable List<String> fileIds;

		private @Nullable Map<String, String> metadata;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder description(@Nullable String description) {
			this.description = description;
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

		public Builder fileIds(@Nullable List<String> fileIds) {
			this.fileIds = (fileIds != null) ? new ArrayList<>(fileIds) : null;
			return this;
		}

		public Builder fileIds(String... fileIds) {
			return fileIds(Arrays.asList(fileIds));
		}

		public Builder addFileId(String fileId) {
			if (this.fileIds == null) {
				this.fileIds = new ArrayList<>();
			}
			this.fileIds.add(fileId);
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

		public ModifyAssistantRequest build() {
			Validate.maxLength(this.name, "name", NAME_MAX_LENGTH);
			Validate.maxLength(this.description, "description", DESCRIPTION_MAX_LENGTH);
			Validate.maxLength(this.instructions, "instructions", INSTRUCTIONS_MAX_LENGTH);
			Validate.maxSize(this.tools, "tools", TOOLS_MAX_SIZE);
			Validate.maxSize(this.fileIds, "file_ids", FILE_IDS_MAX_SIZE);
			Validate.metadata(this.metadata, "metadata");
			return new ModifyAssistantRequest(this.model, this.name, this.description, this.instructions,
					(this.tools != null) ? List.copyOf(this.tools) : null,
					(this.fileIds != null) ? List.copyOf(this.fileIds) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

}
