package org.openaiboot.models.assistants;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The retrieval tool: lets the assistant search the files attached to it or to a message.
 *
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record AssistantToolsRetrieval(
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AssistantTool {

	/** The discriminator of this tool. */
	public static final String TYPE = "retrieval";

	public AssistantToolsRetrieval {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The retrieval tool, with no further members.
	 * @return the tool
	 */
	public static AssistantToolsRetrieval of() {
		return new AssistantToolsRetrieval(Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds an {@link AssistantToolsRetrieval}.
	 */
	public static final class Builder {

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public AssistantToolsRetrieval build() {
			return new AssistantToolsRetrieval(this.additionalProperties);
		}

	}

}
