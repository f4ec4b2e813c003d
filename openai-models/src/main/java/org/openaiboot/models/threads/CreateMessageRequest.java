package org.openaiboot.models.threads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The body of a request that adds a message to a thread, also used for the first
 * messages of a new thread ({@link CreateThreadRequest#messages()}).
 *
 * @param role who writes the message; only {@link Role#USER} is accepted
 * @param content the text of the message, 1 to 32768 characters
 * @param fileIds files the tools of the assistant may read for this message (at most
 * 10)
 * @param metadata the caller's own key-value pairs (at most 16)
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateMessageRequest(@JsonProperty("role") Role role, @JsonProperty("content") String content,
		@JsonProperty("file_ids") @Nullable List<String> fileIds,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The shortest allowed content. */
	public static final int CONTENT_MIN_LENGTH = 1;

	/** The longest allowed content. */
	public static final int CONTENT_MAX_LENGTH = 32768;

	/** The most files a message may have. */
	public static final int FILE_IDS_MAX_SIZE = 10;

	public CreateMessageRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a user message with the given text.
	 * @param content the text
	 * @return the validated request
	 */
	public static CreateMessageRequest of(String content) {
		return builder().role(Role.USER).content(content).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().role(this.role)
			.content(this.content)
			.fileIds(this.fileIds)
			.metadata(this.metadata)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * Check the rules of the API, naming fields after {@code path} (such as
	 * {@code messages[0].}).
	 * @param path the prefix of field names, empty at the top level
	 */
	void validate(String path) {
		Validate.required(this.role, path + "role");
		String text = Validate.required(this.content, path + "content");
		if (text.length() < CONTENT_MIN_LENGTH) {
			throw new ValidationException(path + "content",
					"must be at least " + CONTENT_MIN_LENGTH + " character long", text);
		}
		Validate.maxLength(text, path + "content", CONTENT_MAX_LENGTH);
		Validate.maxSize(this.fileIds, path + "file_ids", FILE_IDS_MAX_SIZE);
		Validate.metadata(this.metadata, path + "metadata");
	}

	/**
	 * Who writes a message. The API accepts {@code user} only.
	 *
	 * @param value the wire value
	 */
	public record Role(@JsonValue String value) {

		/** A message of the user. */
		public static final Role USER = new Role("user");

		public Role {
			Validate.required(value, "role");
		}

		@JsonCreator
		public static Role of(String value) {
			return new Role(value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Builds a {@link CreateMessageRequest}; {@link #build()} checks the role, the
	 * length of the content, the number of files and the metadata. The role starts as
	 * {@code user}, the only role this API version accepts.
	 */
	public static final class Builder {

		private @Nullable Role role = Role.USER;

		private @Nullable String content;

		private @Nullable List<String> fileIds;

		private @Nullable Map<String, String> metadata;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		public Builder role(String role) {
			return role(Role.of(role));
		}

		public Builder content(@Nullable String content) {
			this.content = content;
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

		public CreateMessageRequest build() {
			CreateMessageRequest request = new CreateMessageRequest(Validate.required(this.role, "role"),
					Validate.required(this.content, "content"),
					(this.fileIds != null) ? List.copyOf(this.fileIds) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
			request.validate("");
			return request;
		}

	}

}
