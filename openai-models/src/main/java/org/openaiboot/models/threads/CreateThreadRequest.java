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
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * The body of a request that creates a thread, optionally with its first messages. Also
 * the {@code thread} of a {@link CreateThreadAndRunRequest}.
 *
 * @param messages the messages the thread starts with
 * @param metadata the caller's own key-value pairs (at most 16)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateThreadRequest(@JsonProperty("messages") @Nullable List<CreateMessageRequest> messages,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public CreateThreadRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a request for a thread that starts with the given messages.
	 * @param messages the first messages
	 * @return the validated request
	 */
	public static CreateThreadRequest of(CreateMessageRequest... messages) {
		return builder().messages(messages).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().messages(this.messages)
			.metadata(this.metadata)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Check the rules of the API for this request and each of its messages, naming
	 * fields after {@code path} (such as {@code thread.}).
	 * @param path the prefix of field names, empty at the top level
	 */
	void validate(String path) {
		if (this.messages != null) {
			for (int i = 0; i < this.messages.size(); i++) {
				String messagePath = path + "messages[" + i + "]";
				Validate.required(this.messages.get(i), messagePath).validate(messagePath + ".");
			}
		}
		Validate.metadata(this.metadata, path + "metadata");
	}

	/**
	 * Builds a {@link CreateThreadRequest}; {@link #build()} checks every message and
	 * the metadata.
	 */
	public static final class Builder {

		private @Nullable List<CreateMessageRequest> messages;

		private @Nullable Map<String, String> metadata;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder messages(@Nullable List<CreateMessageRequest> messages) {
			this.messages = (messages != null) ? new ArrayList<>(messages) : null;
			return this;
		}

		public Builder messages(CreateMessageRequest... messages) {
			return messages(Arrays.asList(messages));
		}

		public Builder addMessage(CreateMessageRequest message) {
			if (this.messages == null) {
				this.messages = new ArrayList<>();
			}
			this.messages.add(message);
			return this;
		}

		/**
		 * Add a user message with the given text.
		 * @param content the text
		 * @return this builder
		 */
		public Builder addMessage(String content) {
			return addMessage(CreateMessageRequest.of(content));
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

		public CreateThreadRequest build() {
			CreateThreadRequest request = new CreateThreadRequest(
					(this.messages != null) ? Collections.unmodifiableList(new ArrayList<>(this.messages)) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
			request.validate("");
			return request;
		}

	}

}
