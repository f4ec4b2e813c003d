package org.openaiboot.models.threads;

import java.util.ArrayList;
import java.util.Arrays;
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
 * The body of a request that answers the tool calls a run waits on (those of its
 * {@link RunObject.RequiredAction}), so that the run can go on.
 *
 * @param toolOutputs one output per tool call
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmitToolOutputsRunRequest(@JsonProperty("tool_outputs") List<ToolOutput> toolOutputs,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public SubmitToolOutputsRunRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A request with the given outputs.
	 * @param toolOutputs the outputs
	 * @return the request
	 */
	public static SubmitToolOutputsRunRequest of(ToolOutput... toolOutputs) {
		return builder().toolOutputs(toolOutputs).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().toolOutputs(this.toolOutputs).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link SubmitToolOutputsRunRequest}; {@link #build()} checks that the
	 * outputs are given.
	 */
	public static final class Builder {

		private @Nullable List<ToolOutput> toolOutputs;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder toolOutputs(@Nullable List<ToolOutput> toolOutputs) {
			this.toolOutputs = (toolOutputs != null) ? new ArrayList<>(toolOutputs) : null;
			return this;
		}

		public Builder toolOutputs(ToolOutput... toolOutputs) {
			return toolOutputs(Arrays.asList(toolOutputs));
		}

		public Builder addToolOutput(ToolOutput toolOutput) {
			if (this.toolOutputs == null) {
				this.toolOutputs = new ArrayList<>();
			}
			this.toolOutputs.add(toolOutput);
			return this;
		}

		public Builder addToolOutput(String toolCallId, String output) {
			return addToolOutput(ToolOutput.of(toolCallId, output));
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public SubmitToolOutputsRunRequest build() {
			Validate.required(this.toolOutputs, "tool_outputs");
			return new SubmitToolOutputsRunRequest(List.copyOf(this.toolOutputs), this.additionalProperties);
		}

	}

	/**
	 * The result of one tool call.
	 *
	 * @param toolCallId the id of the call, from {@link RunToolCallObject#id()}
	 * @param output what the tool returned, as text
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolOutput(@JsonProperty("tool_call_id") @Nullable String toolCallId,
			@JsonProperty("output") @Nullable String output,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public ToolOutput {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * The output of the given call.
		 * @param toolCallId the id of the call
		 * @param output what the tool returned
		 * @return the tool output
		 */
		public static ToolOutput of(String toolCallId, String output) {
			return new ToolOutput(toolCallId, output, Map.of());
		}

		public static Builder builder() {
			return new Builder();
		}

		public Builder toBuilder() {
			return new Builder().toolCallId(this.toolCallId)
				.output(this.output)
				.additionalProperties(this.additionalProperties);
		}

		/**
		 * Builds a {@link ToolOutput}.
		 */
		public static final class Builder {

			private @Nullable String toolCallId;

			private @Nullable String output;

			private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			public Builder toolCallId(@Nullable String toolCallId) {
				this.toolCallId = toolCallId;
				return this;
			}

			public Builder output(@Nullable String output) {
				this.output = output;
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

			public ToolOutput build() {
				return new ToolOutput(this.toolCallId, this.output, this.additionalProperties);
			}

		}

	}

}
