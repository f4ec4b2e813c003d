package org.openaiboot.models.threads;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * The body of a request that changes the metadata of a message.
 *
 * @param metadata the new key-value pairs of the message (at most 16)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyMessageRequest(@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ModifyMessageRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a request that sets the given metadata.
	 * @param metadata the key-value pairs
	 * @return the validated request
	 */
	public static ModifyMessageRequest of(Map<String, String> metadata) {
		return builder().metadata(metadata).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().metadata(this.metadata).additionalProperties(this.additionalProperties);
	}

	/**
	 * Builds a {@link ModifyMessageRequest}; {@link #build()} checks the metadata.
	 */
	public static final class Builder {

		private @Nullable Map<String, String> metadata;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
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

		public ModifyMessageRequest build() {
			Validate.metadata(this.metadata, "metadata");
			return new ModifyMessageRequest(
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

}
