package org.openaiboot.models.files;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The files of the organization, as answered by the list operation (not paginated).
 *
 * @param data the files
 * @param object always {@code list}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListFilesResponse(@JsonProperty("data") List<OpenAIFile> data, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a list. */
	public static final String OBJECT = "list";

	public ListFilesResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public ListFilesResponse(List<OpenAIFile> data) {
		this(data, OBJECT, Map.of());
	}

}
