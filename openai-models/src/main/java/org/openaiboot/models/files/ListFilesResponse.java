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
 * The files of the organization, as answered by the list operation. Today's API pages
 * the list ({@code first_id}, {@code last_id}, {@code has_more}); version 2.0.0 did not, so
 * those members are optional here.
 *
 * @param data the files
 * @param object always {@code list}
 * @param firstId the ID of the first file of this page
 * @param lastId the ID of the last file of this page
 * @param hasMore whether more files follow this page
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListFilesResponse(@JsonProperty("data") List<OpenAIFile> data, @JsonProperty("object") String object,
		@JsonProperty("first_id") @Nullable String firstId, @JsonProperty("last_id") @Nullable String lastId,
		@JsonProperty("has_more") @Nullable Boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object} for a list. */
	public static final String OBJECT = "list";

	public ListFilesResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public ListFilesResponse(List<OpenAIFile> data) {
		this(data, OBJECT, Map.of());
	}

	/**
	 * A list without paging members, as in version 2.0.0 of the API.
	 * @param data the files
	 * @param object always {@code list}
	 * @param additionalProperties members this version of the type does not know
	 */
	public ListFilesResponse(List<OpenAIFile> data, String object,
			Map<String, @Nullable Object> additionalProperties) {
		this(data, object, null, null, null, additionalProperties);
	}

}
